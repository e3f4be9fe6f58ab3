// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "comparison.h"

#include <QAbstractTableModel>

namespace wattelier {

class Workshop;

/*!
 * Estimated against measured kWh/year of the measured appliances of one
 * household or of the group, biggest surprises first. Households appear as
 * pseudonyms unless names are shown.
 */
class ComparisonTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        HouseholdColumn,
        ApplianceColumn,
        EstimatedColumn,
        MeasuredColumn,
        DifferenceColumn,
        RatioColumn,
        SourceColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        ApplianceIdRole
    };

    explicit ComparisonTableModel(Workshop &workshop, QObject *parent = nullptr);

    /*! 0 for the whole group. */
    void setHouseholdId(qint64 householdId);
    void setShowNames(bool show);
    const QList<ComparisonRow> &rows() const { return mRows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public slots:
    void reload();

private:
    Workshop &mWorkshop;
    qint64 mHouseholdId = 0;
    bool mShowNames = false;
    QList<ComparisonRow> mRows;
};

} // namespace wattelier
