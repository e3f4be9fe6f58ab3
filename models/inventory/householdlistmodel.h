// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "household.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace wattelier {

class Workshop;

/*!
 * The households of the workshop with their occupants and estimated kWh/year.
 * Names can be hidden (pseudonyms only), for a screen others can see.
 */
class HouseholdListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        PseudonymColumn,
        OccupantsColumn,
        KwhColumn,
        ColumnCount
    };
    enum Role
    {
        HouseholdIdRole = Qt::UserRole + 1,
        SortRole
    };

    explicit HouseholdListModel(Workshop &workshop, QObject *parent = nullptr);

    void setShowNames(bool show);
    bool showNames() const { return mShowNames; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    int rowOf(qint64 householdId) const;
    qint64 householdIdAt(int row) const;

signals:
    void editRejected(const QString &message);

private:
    void reload();
    void onAdded(qint64 id);
    void onChanged(qint64 id);
    void onRemoved(qint64 id);
    void refreshKwh(qint64 householdId);
    double kwhPerYearOf(qint64 householdId) const;

    Workshop &mWorkshop;
    QList<Household> mHouseholds;
    QHash<qint64, double> mKwhPerYear;
    bool mShowNames = false;
};

} // namespace wattelier
