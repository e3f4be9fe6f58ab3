// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison.h"

#include "core/workshop.h"
#include "inventory/appliancestore.h"
#include "inventory/householdstore.h"
#include "wattmeterreadingstore.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace wattelier {

double ComparisonRow::differenceKwh() const
{
    return consumption.measuredKwhPerYear.value_or(consumption.estimatedKwhPerYear) -
           consumption.estimatedKwhPerYear;
}

double ComparisonRow::ratio() const
{
    return consumption.estimatedKwhPerYear > 0.0
               ? consumption.measuredKwhPerYear.value_or(0.0) / consumption.estimatedKwhPerYear
               : 0.0;
}

QList<ComparisonRow> comparisonRows(const Workshop &workshop, qint64 householdId)
{
    QHash<qint64, Household> households;
    for (const Household &household : workshop.households().all())
        households.insert(household.id, household);
    const ReadingsByAppliance readings = workshop.wattmeterReadings().byAppliance();
    const QList<Appliance> appliances = householdId > 0
                                            ? workshop.appliances().forHousehold(householdId)
                                            : workshop.appliances().all();
    QList<ComparisonRow> rows;
    for (const Appliance &appliance : appliances) {
        const auto found = readings.constFind(appliance.id);
        if (found == readings.cend())
            continue;
        ComparisonRow row;
        row.consumption = applianceConsumption(appliance, *found);
        if (!row.consumption.measuredKwhPerYear)
            continue; // readings that do not fit the usage
        const Household household = households.value(appliance.householdId);
        row.householdId = household.id;
        row.householdName = household.name;
        row.pseudonym = pseudonym(household);
        row.applianceId = appliance.id;
        row.applianceName = appliance.name;
        row.category = appliance.category;
        rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const ComparisonRow &a, const ComparisonRow &b) {
        return std::abs(a.differenceKwh()) > std::abs(b.differenceKwh());
    });
    return rows;
}

StandbyTotals standbyTotals(const QList<Appliance> &appliances, const ReadingsByAppliance &readings,
                            double priceEurPerKwh)
{
    StandbyTotals totals;
    totals.priceEurPerKwh = priceEurPerKwh;
    for (const Appliance &appliance : appliances) {
        const double kwh = standbyKwhPerYear(appliance, readings.value(appliance.id));
        if (kwh <= 0.0)
            continue;
        totals.kwhPerYear += kwh;
        ++totals.appliancesWithStandby;
    }
    totals.costEur = totals.kwhPerYear * priceEurPerKwh;
    return totals;
}

} // namespace wattelier
