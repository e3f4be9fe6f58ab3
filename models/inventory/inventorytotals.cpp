// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventorytotals.h"

#include <QSet>

#include "wattmeter/measuredconsumption.h"

namespace wattelier {

InventoryTotals inventoryTotals(const QList<Appliance> &appliances,
                                const ReadingsByAppliance *readings)
{
    InventoryTotals totals;
    for (const Priority priority : allPriorities())
        totals.byPriority.insert(priority, 0.0);
    for (const Category category : allCategories())
        totals.byCategory.insert(category, 0.0);
    for (const Appliance &appliance : appliances) {
        const ApplianceConsumption consumption = applianceConsumption(
            appliance, readings ? readings->value(appliance.id) : QList<WattmeterReading>{});
        const double kwh = consumption.kwhPerYear;
        totals.kwhPerYear += kwh;
        totals.byPriority[appliance.priority] += kwh;
        totals.byCategory[appliance.category] += kwh;
        ++totals.applianceCount;
        if (consumption.measuredKwhPerYear)
            ++totals.measuredCount;
    }
    return totals;
}

double percentOf(double part, double whole)
{
    return whole > 0.0 ? 100.0 * part / whole : 0.0;
}

HomesAverage homesAverage(const QList<Household> &households, const QList<Appliance> &appliances,
                          const ReadingsByAppliance *readings)
{
    HomesAverage average;
    QSet<qint64> homes;
    for (const Household &h : households) {
        if (!h.isHome()) {
            ++average.otherParticipants;
            continue;
        }
        homes.insert(h.id);
        ++average.homes;
        average.people += h.occupants;
    }
    QList<Appliance> ofHomes;
    for (const Appliance &appliance : appliances)
        if (homes.contains(appliance.householdId))
            ofHomes.append(appliance);
    average.kwhPerYear = inventoryTotals(ofHomes, readings).kwhPerYear;
    return average;
}

} // namespace wattelier
