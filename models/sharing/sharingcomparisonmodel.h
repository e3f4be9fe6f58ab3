// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sharing/workshopsharing.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace wattelier {

/*!
 * The key scenarios side by side on the same data (#22): one column each,
 * one row per figure of the group (shared, sent to the grid, self-consumption
 * and self-sufficiency) and of the spread of benefits between members (Gini
 * of kWh and €, P10, median and P90 of the € gains, members without gain,
 * the share that reaches solidarity members). With fewer than five members
 * the spread rows are left out: they would point at each member.
 */
class SharingComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Row
    {
        SharedRow,
        InjectedRow,
        SelfConsumptionRow,
        SelfSufficiencyRow,
        GiniKwhRow,
        GiniGainRow,
        P10GainRow,
        MedianGainRow,
        P90GainRow,
        WithoutGainRow,
        SolidarityRow,
        RowCount
    };
    static constexpr int fewestForSpread = 5;

    using QAbstractTableModel::QAbstractTableModel;

    /*! One column per (name, result); \a members counts the workshop's members. */
    void setResults(const QList<QPair<QString, SharingResult>> &results, int members);
    bool showsSpread() const { return mMembers >= fewestForSpread; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<QPair<QString, SharingResult>> mResults;
    int mMembers = 0;
};

} // namespace wattelier
