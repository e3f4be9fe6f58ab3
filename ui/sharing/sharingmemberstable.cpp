// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharingmemberstable.h"

#include "core/units.h"

#include <QHeaderView>
#include <QLocale>
#include <QMap>
#include <QSignalBlocker>

namespace wattelier::ui {
namespace {

QTableWidgetItem *numberItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

/*! The number typed in \a item (in the user's locale), none when empty; false when not a number. */
bool typedNumber(const QTableWidgetItem *item, std::optional<double> &number)
{
    const QString typed = item ? item->text().trimmed() : QString();
    number.reset();
    if (typed.isEmpty())
        return true;
    bool isNumber = false;
    const double value = QLocale().toDouble(typed, &isNumber);
    if (isNumber)
        number = value;
    return isNumber;
}

} // namespace

SharingMembersTable::SharingMembersTable(QWidget *parent)
    : QTableWidget(parent)
{
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels(
        {tr("Member"), tr("Share, %"), tr("Level"), tr("Solidarity"), tr("€/kWh"), tr("Role")});
    horizontalHeaderItem(LocalPriceColumn)
        ->setToolTip(tr("The member's own local price; empty: the key's"));
    horizontalHeaderItem(LevelColumn)
        ->setToolTip(tr("Served first: 1, then 2…; members with the same number share a level; "
                        "empty: served last"));
    setAccessibleName(tr("Each member's part in the key"));
    // The name takes the room the figures and ticks leave.
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    verticalHeader()->hide();
    setToolTip(tr("Share: empty for equal shares; shares count in proportion to their total. "
                  "Local price: empty for the key's price; 0 gives the energy for free."));
}

void SharingMembersTable::fill(const QList<Household> &households,
                               const std::optional<SharingScenario> &scenario, bool showNames)
{
    const QSignalBlocker blocker(this);
    setRowCount(int(households.size()));
    const bool cascade = scenario && scenario->method == SharingMethod::Cascade;
    const bool shares = scenario && (scenario->method == SharingMethod::Fixed ||
                                     scenario->method == SharingMethod::Hybrid ||
                                     (cascade && scenario->levelSplit == SharingMethod::Fixed));
    setColumnHidden(ShareColumn, !shares);
    setColumnHidden(LevelColumn, !cascade);
    const auto typed = [&scenario](const QMap<qint64, double> SharingScenario::*field, qint64 id,
                                   int decimals) {
        if (!scenario)
            return QString();
        const auto it = ((*scenario).*field).constFind(id);
        return it != ((*scenario).*field).cend() ? units::number(*it, decimals) : QString();
    };
    for (int row = 0; row < households.size(); ++row) {
        const Household &h = households.at(row);
        auto *name = new QTableWidgetItem(shownName(h, showNames));
        name->setData(Qt::UserRole, h.id);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        setItem(row, NameColumn, name);
        setItem(row, ShareColumn, numberItem(typed(&SharingScenario::sharePercent, h.id, 6)));
        const int level = scenario ? priorityLevelOf(*scenario, h.id) : 0;
        setItem(row, LevelColumn, numberItem(level > 0 ? QString::number(level) : QString()));
        auto *solidarity = new QTableWidgetItem;
        solidarity->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        solidarity->setCheckState(scenario && scenario->solidarity.contains(h.id) ? Qt::Checked
                                                                                  : Qt::Unchecked);
        setItem(row, SolidarityColumn, solidarity);
        setItem(row, LocalPriceColumn, numberItem(typed(&SharingScenario::localPrices, h.id, 4)));
        auto *role = new QTableWidgetItem;
        role->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        setItem(row, RoleColumn, role);
    }
    showRoles();
}

QString SharingMembersTable::readInto(SharingScenario &scenario) const
{
    SharingScenario read = scenario;
    read.sharePercent.clear();
    read.priority.clear();
    read.solidarity.clear();
    read.localPrices.clear();
    QMap<int, QList<qint64>> levels; // by number: 1 first; within one, the table's order
    for (int row = 0; row < rowCount(); ++row) {
        const qint64 id = item(row, NameColumn)->data(Qt::UserRole).toLongLong();
        std::optional<double> share, price;
        if (!typedNumber(item(row, ShareColumn), share))
            return tr("“%1” is not a share in percent.").arg(item(row, ShareColumn)->text());
        if (!typedNumber(item(row, LocalPriceColumn), price))
            return tr("“%1” is not a price in € per kWh.").arg(item(row, LocalPriceColumn)->text());
        if (share)
            read.sharePercent.insert(id, *share);
        if (price)
            read.localPrices.insert(id, *price);
        const QString levelText = item(row, LevelColumn)->text().trimmed();
        if (!levelText.isEmpty()) {
            bool isNumber = false;
            const int level = QLocale().toInt(levelText, &isNumber);
            if (!isNumber || level < 1 || level > 999)
                return tr("“%1” is not a level: type 1 for the first served, 2 for the next…")
                    .arg(levelText);
            levels[level].append(id);
        }
        if (item(row, SolidarityColumn)->checkState() == Qt::Checked)
            read.solidarity.append(id);
    }
    read.priority = levels.values();
    scenario = read;
    return {};
}

void SharingMembersTable::setRoles(const QHash<qint64, MemberRole> &roles)
{
    mRoles = roles;
    showRoles();
}

void SharingMembersTable::showRoles()
{
    const QSignalBlocker blocker(this);
    for (int row = 0; row < rowCount(); ++row) {
        const qint64 id = item(row, NameColumn)->data(Qt::UserRole).toLongLong();
        const auto role = mRoles.constFind(id);
        item(row, RoleColumn)->setText(role != mRoles.cend() ? label(*role) : QString());
    }
}

} // namespace wattelier::ui
