#pragma once

#include "appliance.h"

#include <QList>
#include <QMap>

namespace wattelier {

/*! Estimated kWh/year of a set of appliances, split by priority and by category. */
struct InventoryTotals
{
    double kwhPerYear = 0.0;
    int applianceCount = 0;
    QMap<Priority, double> byPriority; //!< Every priority present, zero when unused.
    QMap<Category, double> byCategory; //!< Every category present, zero when unused.
};

/*! Sums estimatedKwhPerYear() over \a appliances. */
InventoryTotals inventoryTotals(const QList<Appliance> &appliances);

/*! Share of \a part in \a whole, in percent; 0 when the whole is 0. */
double percentOf(double part, double whole);

} // namespace wattelier
