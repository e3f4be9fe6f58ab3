// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/seriestablemodel.h"

#include "core/columntitles.h"
#include "core/units.h"
#include "core/workshop.h"
#include "inventory/household.h"
#include "inventory/householdstore.h"
#include "seriescommands.h"
#include "timeseries/seriesstore.h"

#include <QHash>
#include <QLocale>
#include <QTimeZone>
#include <QUndoStack>

namespace wattelier {

SeriesTableModel::SeriesTableModel(Workshop &workshop, QObject *parent)
    : QAbstractTableModel(parent)
    , mWorkshop(workshop)
{
    reload();
    connect(&workshop.series(), &SeriesStore::changed, this, &SeriesTableModel::reload);
    connect(&workshop.households(), &HouseholdStore::changed, this, &SeriesTableModel::reload);
}

void SeriesTableModel::reload()
{
    QList<SeriesInfo> fresh = mWorkshop.series().all();
    // A rename or a new owner keeps the rows where they are and updates them in
    // place: a reset would tear down the editor that is committing the rename.
    QHash<qint64, SeriesInfo> byId;
    for (const SeriesInfo &s : std::as_const(fresh))
        byId.insert(s.id, s);
    bool sameSeries = byId.size() == mRows.size();
    for (int i = 0; sameSeries && i < mRows.size(); ++i)
        sameSeries = byId.contains(mRows.at(i).id);
    if (sameSeries && !mRows.isEmpty()) {
        for (SeriesInfo &row : mRows)
            row = byId.value(row.id);
        emit dataChanged(index(0, 0), index(int(mRows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    mRows = std::move(fresh);
    endResetModel();
}

int SeriesTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mRows.size());
}

int SeriesTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SeriesTableModel::intervalText(int seconds)
{
    if (seconds % 3600 == 0)
        return tr("%1 h").arg(seconds / 3600);
    if (seconds % 60 == 0)
        return tr("%1 min").arg(seconds / 60);
    return tr("%1 s").arg(seconds);
}

QVariant SeriesTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mRows.size())
        return {};
    const SeriesInfo &s = mRows.at(index.row());
    if (role == SeriesIdRole)
        return s.id;
    if (role == Qt::TextAlignmentRole && index.column() >= ValuesColumn &&
        index.column() <= EstimatedColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    const auto local = [&locale](std::optional<qint64> utc) {
        if (!utc)
            return QString();
        const QDateTime t =
            QDateTime::fromSecsSinceEpoch(*utc, QTimeZone(QByteArrayLiteral("Europe/Brussels")));
        return locale.toString(t, QLocale::ShortFormat);
    };
    switch (index.column()) {
    case NameColumn:
        return s.name;
    case KindColumn:
        return label(s.kind);
    case OwnerColumn:
        if (s.householdId > 0) {
            if (const auto h = mWorkshop.households().get(s.householdId))
                return pseudonym(*h);
        }
        return tr("The group");
    case IntervalColumn:
        return intervalText(s.intervalS);
    case FromColumn:
        return local(s.stats.firstUtc);
    case ToColumn:
        // The end of the last interval, the way people say "until".
        return local(s.stats.lastUtc ? std::optional<qint64>(*s.stats.lastUtc + s.intervalS)
                                     : std::nullopt);
    case ValuesColumn:
        return locale.toString(s.stats.values);
    case GapsColumn:
        return locale.toString(s.stats.missing);
    case TotalColumn:
        return units::kwh(s.stats.totalKwh, s.stats.totalKwh < 100 ? 1 : 0);
    case EstimatedColumn:
        if (s.stats.estimatedValues == 0)
            return role == Qt::ToolTipRole ? tr("Every value was measured") : units::noValue();
        if (role == Qt::ToolTipRole)
            return tr("%n interval(s) without readings: the meter's rise across them was spread "
                      "evenly; counted in the total",
                      nullptr, int(s.stats.estimatedValues));
        return units::kwh(s.stats.estimatedKwh, s.stats.estimatedKwh < 100 ? 1 : 0);
    case SourceColumn:
        return s.sourceFile;
    default:
        return {};
    }
}

QVariant SeriesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitle({tr("Name"), tr("Kind"), tr("Belongs to"), tr("Interval"), tr("From"),
                        tr("Until"), tr("Values"), tr("Gaps"), tr("Total"), tr("Estimated"),
                        tr("Source file")},
                       ColumnCount, section);
}

bool SeriesTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != NameColumn || index.row() >= mRows.size())
        return false;
    const QString name = value.toString().trimmed();
    if (name.isEmpty() || name == mRows.at(index.row()).name)
        return false;
    mWorkshop.push(new RenameSeriesCommand(mWorkshop, mRows.at(index.row()).id, name));
    return true;
}

Qt::ItemFlags SeriesTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == NameColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

qint64 SeriesTableModel::seriesIdAt(int row) const
{
    return row >= 0 && row < mRows.size() ? mRows.at(row).id : 0;
}

int SeriesTableModel::rowOf(qint64 seriesId) const
{
    for (int i = 0; i < mRows.size(); ++i) {
        if (mRows.at(i).id == seriesId)
            return i;
    }
    return -1;
}

} // namespace wattelier
