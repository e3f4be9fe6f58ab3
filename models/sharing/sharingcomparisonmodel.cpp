// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharingcomparisonmodel.h"

#include "core/units.h"

#include <QCoreApplication>
#include <QLocale>

namespace wattelier {
namespace {

QString euros(const std::optional<double> &value)
{
    return value ? QCoreApplication::translate("SharingComparisonModel", "%1 €")
                       .arg(QLocale().toString(*value, 'f', 0))
                 : units::noValue();
}

QString index(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'f', 2) : units::noValue();
}

} // namespace

void SharingComparisonModel::setResults(const QList<QPair<QString, SharingResult>> &results,
                                        int members)
{
    beginResetModel();
    mResults = results;
    mMembers = members;
    endResetModel();
}

int SharingComparisonModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return showsSpread() ? RowCount : GiniKwhRow;
}

int SharingComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mResults.size());
}

QVariant SharingComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= mResults.size() || index.row() >= rowCount())
        return {};
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    const SharingResult &r = mResults.at(index.column()).second;
    const SharingFairness &f = r.fairness;
    if (role == Qt::ToolTipRole && index.row() == GiniGainRow && !f.giniGainEur &&
        f.minimumGainEur && *f.minimumGainEur < 0)
        return tr("Some members lose money with this key: the Gini index only measures how "
                  "a gain is spread");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (role == Qt::EditRole) {
        switch (Row(index.row())) {
        case SharedRow:
            return r.sharedWh / 1000.0;
        case InjectedRow:
            return r.injectedWh / 1000.0;
        case SelfConsumptionRow:
            return r.selfConsumptionRate() ? QVariant(*r.selfConsumptionRate()) : QVariant();
        case SelfSufficiencyRow:
            return r.selfSufficiencyRate() ? QVariant(*r.selfSufficiencyRate()) : QVariant();
        case GiniKwhRow:
            return f.giniSharedKwh ? QVariant(*f.giniSharedKwh) : QVariant();
        case GiniGainRow:
            return f.giniGainEur ? QVariant(*f.giniGainEur) : QVariant();
        case P10GainRow:
            return f.p10GainEur ? QVariant(*f.p10GainEur) : QVariant();
        case MedianGainRow:
            return f.medianGainEur ? QVariant(*f.medianGainEur) : QVariant();
        case P90GainRow:
            return f.p90GainEur ? QVariant(*f.p90GainEur) : QVariant();
        case WithoutGainRow:
            return f.membersWithoutGain;
        case SolidarityRow:
            return f.solidarityShare ? QVariant(*f.solidarityShare) : QVariant();
        case RowCount:
            break;
        }
        return {};
    }
    switch (Row(index.row())) {
    case SharedRow:
        return units::kwh(r.sharedWh / 1000.0);
    case InjectedRow:
        return units::kwh(r.injectedWh / 1000.0);
    case SelfConsumptionRow:
        return units::rate(r.selfConsumptionRate());
    case SelfSufficiencyRow:
        return units::rate(r.selfSufficiencyRate());
    case GiniKwhRow:
        return wattelier::index(f.giniSharedKwh);
    case GiniGainRow:
        return wattelier::index(f.giniGainEur);
    case P10GainRow:
        return euros(f.p10GainEur);
    case MedianGainRow:
        return euros(f.medianGainEur);
    case P90GainRow:
        return euros(f.p90GainEur);
    case WithoutGainRow:
        return QLocale().toString(f.membersWithoutGain);
    case SolidarityRow:
        return units::rate(f.solidarityShare);
    case RowCount:
        break;
    }
    return {};
}

QVariant SharingComparisonModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (role == Qt::ToolTipRole && orientation == Qt::Vertical) {
        switch (Row(section)) {
        case GiniKwhRow:
        case GiniGainRow:
            return tr("0: every member the same; 1: one member takes it all");
        case P10GainRow:
        case P90GainRow:
            return tr(
                "A tenth of the members gain less than the 10th percentile, a tenth more than "
                "the 90th");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section < mResults.size() ? QVariant(mResults.at(section).first) : QVariant();
    switch (Row(section)) {
    case SharedRow:
        return tr("Shared between members");
    case InjectedRow:
        return tr("Sent to the grid");
    case SelfConsumptionRow:
        return tr("Collective self-consumption");
    case SelfSufficiencyRow:
        return tr("Collective self-sufficiency");
    case GiniKwhRow:
        return tr("Spread of the kWh shared (Gini)");
    case GiniGainRow:
        return tr("Spread of the € gained (Gini)");
    case P10GainRow:
        return tr("Gain, 10th percentile");
    case MedianGainRow:
        return tr("Gain, median member");
    case P90GainRow:
        return tr("Gain, 90th percentile");
    case WithoutGainRow:
        return tr("Members without gain");
    case SolidarityRow:
        return tr("Share reaching solidarity members");
    case RowCount:
        break;
    }
    return {};
}

} // namespace wattelier
