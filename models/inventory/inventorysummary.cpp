// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventorysummary.h"

#include "appliancestore.h"
#include "core/workshop.h"
#include "householdstore.h"
#include "wattmeter/wattmeterreadingstore.h"

namespace wattelier {

InventorySummary::InventorySummary(Workshop &workshop, QObject *parent)
    : QObject(parent)
    , mWorkshop(workshop)
{
    const auto update = [this] { recompute(); };
    connect(&workshop.appliances(), &ApplianceStore::added, this, update);
    connect(&workshop.appliances(), &ApplianceStore::changed, this, update);
    connect(&workshop.appliances(), &ApplianceStore::removed, this, update);
    connect(&workshop.households(), &HouseholdStore::added, this, update);
    connect(&workshop.households(), &HouseholdStore::removed, this, update);
    connect(&workshop.households(), &HouseholdStore::changed, this, update);
    connect(&workshop.wattmeterReadings(), &WattmeterReadingStore::changed, this, update);
    connect(&workshop.appliances(), &ApplianceStore::reset, this, update);
    recompute();
}

void InventorySummary::setHouseholdId(qint64 householdId)
{
    mHouseholdId = householdId;
    recompute();
}

void InventorySummary::recompute()
{
    const QList<Appliance> all = mWorkshop.appliances().all();
    QList<Appliance> ofHousehold;
    for (const Appliance &appliance : all) {
        if (appliance.householdId == mHouseholdId)
            ofHousehold.append(appliance);
    }
    const ReadingsByAppliance readings = mWorkshop.wattmeterReadings().byAppliance();
    mGroup = inventoryTotals(all, &readings);
    mHousehold = inventoryTotals(ofHousehold, &readings);
    mHomes = homesAverage(mWorkshop.households().all(), all, &readings);
    emit changed();
}

} // namespace wattelier
