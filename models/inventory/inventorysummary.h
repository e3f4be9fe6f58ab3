// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventorytotals.h"

#include <QObject>

namespace wattelier {

class Workshop;

/*!
 * Keeps the totals of one household and of the whole group current as the
 * inventory changes, for the summary panel (and later the projection).
 */
class InventorySummary : public QObject
{
    Q_OBJECT

public:
    explicit InventorySummary(Workshop &workshop, QObject *parent = nullptr);

    void setHouseholdId(qint64 householdId);
    qint64 householdId() const { return mHouseholdId; }

    const InventoryTotals &householdTotals() const { return mHousehold; }
    const InventoryTotals &groupTotals() const { return mGroup; }
    /*! The homes' count, occupants and averages (other participants left out). */
    const HomesAverage &homes() const { return mHomes; }
    int householdCount() const { return mHomes.homes; }
    int occupantCount() const { return mHomes.people; }
    /*! The homes' estimate per household and per person; 0 when there is none. */
    double kwhPerHousehold() const { return mHomes.kwhPerHome(); }
    double kwhPerOccupant() const { return mHomes.kwhPerPerson(); }

signals:
    void changed();

private:
    void recompute();

    Workshop &mWorkshop;
    qint64 mHouseholdId = 0;
    InventoryTotals mHousehold;
    InventoryTotals mGroup;
    HomesAverage mHomes;
};

} // namespace wattelier
