// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "energy/scenarioevaluation.h"

#include <QAbstractTableModel>
#include <QHash>

namespace wattelier {

/*!
 * Today and each scenario side by side: one column each, one row per figure
 * (production, consumption, used on the spot, sent to and taken from the
 * grid, self-consumption, self-sufficiency, the group's peak and the
 * quarter hours above the cabin).
 */
class ScenarioComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Row
    {
        ProductionRow,
        ConsumptionRow,
        SelfConsumedRow,
        InjectedRow,
        OfftakeRow,
        SelfConsumptionRow,
        SelfSufficiencyRow,
        PeakRow,           //!< the group's highest net load drawn (kW)
        AboveThresholdRow, //!< quarter hours above the cabin's threshold
        RowCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    /*! Column 0 is today; then one column per scenario, named. */
    void setResults(const EnergyBalance &today, const GroupPeak &todayPeak,
                    const QList<QPair<QString, ScenarioResult>> &scenarios);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<QPair<QString, EnergyBalance>> mColumns;
    QList<GroupPeak> mPeaks; //!< per column
    QStringList mErrors;     //!< per column, empty when computed
};

/*! The appliances a scenario moved, with what each one gained. */
class ShiftedApplianceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        HouseholdColumn,
        FlexibilityColumn,
        KwhPerYearColumn,
        MovedColumn,
        GainColumn,
        SufficiencyGainColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    /*! \a householdNames maps household ids to what may be shown (pseudonyms by default). */
    void setResult(const ScenarioResult &result, const QHash<qint64, QString> &householdNames);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<ShiftedAppliance> mRows;
    QHash<qint64, QString> mHouseholds;
    double mConsumptionKwh = 0;
};

} // namespace wattelier
