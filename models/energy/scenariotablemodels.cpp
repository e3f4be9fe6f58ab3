// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariotablemodels.h"

#include "core/columntitles.h"
#include "core/enumkeys.h"
#include "core/units.h"

namespace wattelier {
namespace {

QString energyText(double kwh)
{
    return units::kwh(kwh, kwh < 100 ? 1 : 0);
}

} // namespace

void ScenarioComparisonModel::setResults(const EnergyBalance &today, const GroupPeak &todayPeak,
                                         const QList<QPair<QString, ScenarioResult>> &scenarios)
{
    beginResetModel();
    mColumns = {{tr("Today"), today}};
    mPeaks = {todayPeak};
    mErrors = {QString()};
    for (const auto &[name, result] : scenarios) {
        mColumns.append({name, result.scenario});
        mPeaks.append(result.scenarioPeak);
        mErrors.append(result.error);
    }
    endResetModel();
}

int ScenarioComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

int ScenarioComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mColumns.size());
}

QVariant ScenarioComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= mColumns.size())
        return {};
    const EnergyBalance &b = mColumns.at(index.column()).second;
    const GroupPeak &peak = mPeaks.at(index.column());
    const QString &error = mErrors.at(index.column());
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && !error.isEmpty())
        return error;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool raw = role == Qt::EditRole;
    if (!error.isEmpty())
        return raw ? QVariant() : QVariant(tr("not computed"));
    switch (Row(index.row())) {
    case ProductionRow:
        return raw ? QVariant(b.productionKwh) : QVariant(energyText(b.productionKwh));
    case ConsumptionRow:
        return raw ? QVariant(b.consumptionKwh) : QVariant(energyText(b.consumptionKwh));
    case SelfConsumedRow:
        return raw ? QVariant(b.selfConsumedKwh) : QVariant(energyText(b.selfConsumedKwh));
    case InjectedRow:
        return raw ? QVariant(b.injectedKwh) : QVariant(energyText(b.injectedKwh));
    case OfftakeRow:
        return raw ? QVariant(b.offtakeKwh) : QVariant(energyText(b.offtakeKwh));
    case SelfConsumptionRow:
        return raw ? QVariant(b.selfConsumptionRate().value_or(0.0))
                   : QVariant(units::rate(b.selfConsumptionRate()));
    case SelfSufficiencyRow:
        return raw ? QVariant(b.selfSufficiencyRate().value_or(0.0))
                   : QVariant(units::rate(b.selfSufficiencyRate()));
    case PeakRow:
        if (!peak.peakAtUtc)
            return raw ? QVariant() : QVariant(units::noValue());
        return raw ? QVariant(peak.peakKw) : QVariant(units::kw(peak.peakKw));
    case AboveThresholdRow:
        if (!peak.quarterHoursAboveThreshold)
            return raw ? QVariant() : QVariant(tr("cabin not described"));
        return raw ? QVariant(*peak.quarterHoursAboveThreshold)
                   : QVariant(
                         tr("%1 × ¼ h").arg(units::number(*peak.quarterHoursAboveThreshold, 0)));
    case RowCount:
        break;
    }
    return {};
}

QVariant ScenarioComparisonModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section < mColumns.size() ? QVariant(mColumns.at(section).first) : QVariant();
    switch (Row(section)) {
    case ProductionRow:
        return tr("Production");
    case ConsumptionRow:
        return tr("Consumption");
    case SelfConsumedRow:
        return tr("Used on the spot");
    case InjectedRow:
        return tr("Sent to the grid");
    case OfftakeRow:
        return tr("Taken from the grid");
    case SelfConsumptionRow:
        return tr("Self-consumption");
    case SelfSufficiencyRow:
        return tr("Self-sufficiency");
    case PeakRow:
        return tr("Peak of the group");
    case AboveThresholdRow:
        return tr("Above the cabin");
    case RowCount:
        break;
    }
    return {};
}

void ShiftedApplianceModel::setResult(const ScenarioResult &result,
                                      const QHash<qint64, QString> &householdNames)
{
    beginResetModel();
    mRows = result.appliances;
    mHouseholds = householdNames;
    mConsumptionKwh = result.scenario.consumptionKwh;
    endResetModel();
}

int ShiftedApplianceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mRows.size());
}

int ShiftedApplianceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShiftedApplianceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || std::size_t(index.row()) >= mRows.size())
        return {};
    const ShiftedAppliance &a = mRows[std::size_t(index.row())];
    const double pointsGained =
        mConsumptionKwh > 0 ? a.selfConsumedGainKwh / mConsumptionKwh * 100.0 : 0.0;
    if (role == Qt::TextAlignmentRole && index.column() >= KwhPerYearColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::EditRole) {
        switch (Column(index.column())) {
        case KwhPerYearColumn:
            return a.kwhPerYear;
        case MovedColumn:
            return a.movedKwh;
        case GainColumn:
            return a.selfConsumedGainKwh;
        case SufficiencyGainColumn:
            return pointsGained;
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn:
        return a.name;
    case HouseholdColumn:
        return mHouseholds.value(a.householdId);
    case FlexibilityColumn:
        return label(a.flexibility);
    case KwhPerYearColumn:
        return energyText(a.kwhPerYear);
    case MovedColumn:
        return energyText(a.movedKwh);
    case GainColumn:
        return energyText(a.selfConsumedGainKwh);
    case SufficiencyGainColumn:
        //: Percentage points of self-sufficiency gained, e.g. "+1.4 pt"
        return tr("+%1 pt").arg(units::number(pointsGained, 1));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ShiftedApplianceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return columnTitle({tr("Appliance"), tr("Household"), tr("Flexibility"), tr("kWh/year"),
                        tr("Moved"), tr("Used on the spot, gained"), tr("Self-sufficiency gained")},
                       ColumnCount, section);
}

} // namespace wattelier
