// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventorytotals.h"

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

} // namespace wattelier
