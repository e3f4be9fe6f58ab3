// SPDX-License-Identifier: GPL-3.0-or-later
#include "wattmetersdialog.h"

#include "core/units.h"
#include "core/workshop.h"
#include "inventory/householdstore.h"
#include "numberinput.h"
#include "wattmeter/wattmeterreadingeditor.h"
#include "wattmeter/wattmeterstore.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wattelier::ui {
namespace {

/*! Asks for a wattmeter's name, model and resolution; false when cancelled. */
bool editWattmeterFields(QWidget *parent, const QString &title, Wattmeter *wattmeter)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *label = new QLineEdit(wattmeter->label, &dialog);
    auto *model = new QLineEdit(wattmeter->model, &dialog);
    auto *resolution = new QLineEdit(
        wattmeter->resolutionW ? QLocale().toString(*wattmeter->resolutionW) : QString(), &dialog);
    resolution->setPlaceholderText(
        QCoreApplication::translate("WattmetersDialog", "e.g. 0.1 W (optional)"));
    auto *form = new QFormLayout;
    form->addRow(QCoreApplication::translate("WattmetersDialog", "&Name:"), label);
    form->addRow(QCoreApplication::translate("WattmetersDialog", "&Model:"), model);
    form->addRow(QCoreApplication::translate("WattmetersDialog", "&Resolution (W):"), resolution);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    wattmeter->label = label->text().trimmed();
    wattmeter->model = model->text().trimmed();
    wattmeter->resolutionW = parseLocaleNumber(resolution->text());
    return true;
}

} // namespace

WattmetersDialog::WattmetersDialog(Workshop &workshop, bool showNames, QWidget *parent)
    : QDialog(parent)
    , mWorkshop(workshop)
    , mShowNames(showNames)
    , mTable(new QTableWidget(this))
    , mHistory(new QTableWidget(this))
    , mEdit(new QPushButton(tr("&Change…"), this))
    , mRemove(new QPushButton(tr("&Delete"), this))
    , mLend(new QPushButton(tr("&Lend to a household…"), this))
    , mReturn(new QPushButton(tr("&Returned"), this))
{
    setWindowTitle(tr("The group's wattmeters"));
    mTable->setColumnCount(4);
    mTable->setHorizontalHeaderLabels({tr("Wattmeter"), tr("Resolution"), tr("With"), tr("Since")});
    mHistory->setColumnCount(3);
    mHistory->setHorizontalHeaderLabels({tr("Household"), tr("From"), tr("Until")});
    for (QTableWidget *table : {mTable, mHistory}) {
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    }
    mTable->setAccessibleName(tr("Wattmeters"));
    mHistory->setAccessibleName(tr("Loans of the chosen wattmeter"));

    auto *add = new QPushButton(tr("&Add…"), this);
    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {add, mEdit, mRemove, mLend, mReturn})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(mTable, 1);
    top->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Where is each wattmeter? Lend one to a household when it leaves "
                      "the meeting; mark it returned when it comes back."),
                   this));
    layout->addLayout(top, 2);
    layout->addWidget(new QLabel(tr("History of the chosen wattmeter:"), this));
    layout->addWidget(mHistory, 1);
    layout->addWidget(close);

    connect(add, &QPushButton::clicked, this, &WattmetersDialog::addWattmeter);
    connect(mEdit, &QPushButton::clicked, this, &WattmetersDialog::editWattmeter);
    connect(mRemove, &QPushButton::clicked, this, &WattmetersDialog::removeWattmeter);
    connect(mLend, &QPushButton::clicked, this, &WattmetersDialog::lend);
    connect(mReturn, &QPushButton::clicked, this, &WattmetersDialog::giveBack);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mTable, &QTableWidget::itemSelectionChanged, this, &WattmetersDialog::refreshHistory);
    connect(&workshop.wattmeters(), &WattmeterStore::changed, this, &WattmetersDialog::refresh);
    resize(640, 480);
    refresh();
}

QString WattmetersDialog::householdLabel(qint64 householdId) const
{
    const auto household = mWorkshop.households().get(householdId);
    if (!household)
        return {};
    return mShowNames ? household->name : pseudonym(*household);
}

qint64 WattmetersDialog::selectedId() const
{
    const auto rows = mTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0
                          : mTable->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
}

void WattmetersDialog::refresh()
{
    const qint64 selected = selectedId();
    const auto wattmeters = mWorkshop.wattmeters().wattmeters();
    mTable->setRowCount(int(wattmeters.size()));
    int selectRow = wattmeters.isEmpty() ? -1 : 0;
    for (int row = 0; row < wattmeters.size(); ++row) {
        const Wattmeter &w = wattmeters.at(row);
        const auto loan = mWorkshop.wattmeters().openLoan(w.id);
        auto *name = new QTableWidgetItem(w.model.isEmpty() ? w.label
                                                            : w.label + QStringLiteral(" (") +
                                                                  w.model + QLatin1Char(')'));
        name->setData(Qt::UserRole, w.id);
        mTable->setItem(row, 0, name);
        mTable->setItem(
            row, 1, new QTableWidgetItem(w.resolutionW ? units::watts(*w.resolutionW) : QString()));
        mTable->setItem(row, 2,
                        new QTableWidgetItem(loan ? householdLabel(loan->householdId)
                                                  : tr("With the facilitator")));
        mTable->setItem(row, 3, new QTableWidgetItem(loan ? units::date(loan->since) : QString()));
        if (w.id == selected)
            selectRow = row;
    }
    if (selectRow >= 0)
        mTable->selectRow(selectRow);
    refreshHistory();
}

void WattmetersDialog::refreshHistory()
{
    const qint64 id = selectedId();
    const auto open = id > 0 ? mWorkshop.wattmeters().openLoan(id) : std::nullopt;
    mEdit->setEnabled(id > 0);
    mRemove->setEnabled(id > 0);
    mLend->setEnabled(id > 0);
    mReturn->setEnabled(open.has_value());
    const auto loans = id > 0 ? mWorkshop.wattmeters().loans(id) : QList<WattmeterLoan>{};
    mHistory->setRowCount(int(loans.size()));
    for (int row = 0; row < loans.size(); ++row) {
        const WattmeterLoan &l = loans.at(row);
        mHistory->setItem(row, 0, new QTableWidgetItem(householdLabel(l.householdId)));
        mHistory->setItem(row, 1,
                          new QTableWidgetItem(QLocale().toString(l.since, QLocale::ShortFormat)));
        mHistory->setItem(row, 2,
                          new QTableWidgetItem(
                              l.returnedOn ? QLocale().toString(*l.returnedOn, QLocale::ShortFormat)
                                           : tr("still there")));
    }
}

void WattmetersDialog::addWattmeter()
{
    Wattmeter wattmeter;
    wattmeter.label = tr("Wattmeter %1").arg(mTable->rowCount() + 1);
    if (editWattmeterFields(this, tr("New wattmeter"), &wattmeter))
        WattmeterReadingEditor(mWorkshop).addWattmeter(wattmeter);
}

void WattmetersDialog::editWattmeter()
{
    auto wattmeter = mWorkshop.wattmeters().wattmeter(selectedId());
    if (!wattmeter || !editWattmeterFields(this, tr("Change wattmeter"), &*wattmeter))
        return;
    const QString error = WattmeterReadingEditor(mWorkshop).editWattmeter(*wattmeter);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Change wattmeter"), error);
}

void WattmetersDialog::removeWattmeter()
{
    const auto wattmeter = mWorkshop.wattmeters().wattmeter(selectedId());
    if (!wattmeter)
        return;
    if (QMessageBox::question(this, tr("Delete wattmeter"),
                              tr("Delete “%1” and its loan history? Readings made with it are "
                                 "kept. You can undo this with Ctrl+Z.")
                                  .arg(wattmeter->label),
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) == QMessageBox::Yes)
        WattmeterReadingEditor(mWorkshop).removeWattmeter(wattmeter->id);
}

void WattmetersDialog::lend()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Lend a wattmeter"));
    auto *household = new QComboBox(&dialog);
    for (const Household &h : mWorkshop.households().all())
        household->addItem(mShowNames ? h.name : pseudonym(h), h.id);
    auto *since = new QDateEdit(QDate::currentDate(), &dialog);
    since->setCalendarPopup(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Household:"), household);
    form->addRow(tr("&From:"), since);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted || household->currentIndex() < 0)
        return;
    const QString error = WattmeterReadingEditor(mWorkshop).lendWattmeter(
        id, household->currentData().toLongLong(), since->date());
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Lend a wattmeter"), error);
}

void WattmetersDialog::giveBack()
{
    const QString error =
        WattmeterReadingEditor(mWorkshop).returnWattmeter(selectedId(), QDate::currentDate());
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Returned"), error);
}

} // namespace wattelier::ui
