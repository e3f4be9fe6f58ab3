#include "inventorytotals.h"

#include "estimate.h"

namespace wattelier {

InventoryTotals inventoryTotals(const QList<Appliance> &appliances)
{
    InventoryTotals totals;
    for (const Priority priority : allPriorities())
        totals.byPriority.insert(priority, 0.0);
    for (const Category category : allCategories())
        totals.byCategory.insert(category, 0.0);
    for (const Appliance &appliance : appliances) {
        const double kwh = estimatedKwhPerYear(appliance);
        totals.kwhPerYear += kwh;
        totals.byPriority[appliance.priority] += kwh;
        totals.byCategory[appliance.category] += kwh;
        ++totals.applianceCount;
    }
    return totals;
}

double percentOf(double part, double whole)
{
    return whole > 0.0 ? 100.0 * part / whole : 0.0;
}

} // namespace wattelier
