// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisontablemodel.h"

#include "core/columntitles.h"
#include "core/units.h"
#include "core/workshop.h"
#include "inventory/appliancestore.h"
#include "inventory/householdstore.h"
#include "wattmeterreadingstore.h"

#include <QColor>
#include <QLocale>

#include <cmath>

namespace wattelier {

ComparisonTableModel::ComparisonTableModel(Workshop &workshop, QObject *parent)
    : QAbstractTableModel(parent)
    , mWorkshop(workshop)
{
    connect(&workshop.wattmeterReadings(), &WattmeterReadingStore::changed, this,
            &ComparisonTableModel::reload);
    connect(&workshop.appliances(), &ApplianceStore::changed, this, &ComparisonTableModel::reload);
    connect(&workshop.appliances(), &ApplianceStore::removed, this, &ComparisonTableModel::reload);
    connect(&workshop.appliances(), &ApplianceStore::added, this, &ComparisonTableModel::reload);
    connect(&workshop.households(), &HouseholdStore::changed, this, &ComparisonTableModel::reload);
    connect(&workshop.households(), &HouseholdStore::removed, this, [this](qint64 id) {
        if (id == mHouseholdId)
            mHouseholdId = 0;
        reload();
    });
    connect(&workshop.appliances(), &ApplianceStore::reset, this, [this] {
        if (!mWorkshop.households().get(mHouseholdId))
            mHouseholdId = 0;
        reload();
    });
    reload();
}

void ComparisonTableModel::setHouseholdId(qint64 householdId)
{
    mHouseholdId = householdId;
    reload();
}

void ComparisonTableModel::setShowNames(bool show)
{
    mShowNames = show;
    if (!mRows.isEmpty())
        emit dataChanged(index(0, HouseholdColumn), index(rowCount() - 1, HouseholdColumn));
}

void ComparisonTableModel::reload()
{
    beginResetModel();
    mRows = comparisonRows(mWorkshop, mHouseholdId);
    endResetModel();
}

int ComparisonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mRows.size());
}

int ComparisonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mRows.size())
        return {};
    const ComparisonRow &r = mRows.at(index.row());
    const double measured = r.consumption.measuredKwhPerYear.value_or(0.0);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case HouseholdColumn:
            return mShowNames ? r.householdName : r.pseudonym;
        case ApplianceColumn:
            return r.applianceName;
        case EstimatedColumn:
            return units::kwh(r.consumption.estimatedKwhPerYear);
        case MeasuredColumn:
            return units::kwh(measured);
        case DifferenceColumn:
            return QString((r.differenceKwh() > 0 ? QStringLiteral("+") : QString()) +
                           units::kwh(r.differenceKwh()));
        case RatioColumn:
            return r.ratio() > 0 ? tr("×%1").arg(QLocale().toString(r.ratio(), 'f', 1)) : QString();
        case SourceColumn:
            return label(r.consumption.source);
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case EstimatedColumn:
            return r.consumption.estimatedKwhPerYear;
        case MeasuredColumn:
            return measured;
        case DifferenceColumn:
            return std::abs(r.differenceKwh());
        case RatioColumn:
            return r.ratio();
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        return index.column() >= EstimatedColumn && index.column() <= RatioColumn
                   ? int(Qt::AlignRight | Qt::AlignVCenter)
                   : int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == DifferenceColumn)
            return r.differenceKwh() > 0 ? QColor(0xB0, 0x3A, 0x00) : QColor(0x00, 0x6B, 0x4F);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SourceColumn)
            return r.consumption.source == ConsumptionSource::Measured
                       ? tr("Every term of this figure comes from wattmeter readings")
                       : tr("Part of this figure comes from readings, part from the inventory");
        return {};
    case ApplianceIdRole:
        return r.applianceId;
    default:
        return {};
    }
}

QVariant ComparisonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitle({tr("Household"), tr("Appliance"), tr("Estimated"), tr("Measured"),
                        tr("Difference"), tr("Ratio"), tr("Source")},
                       ColumnCount, section);
}

} // namespace wattelier
