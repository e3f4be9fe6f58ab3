// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventoryjson.h"

#include "appliancestore.h"
#include "core/enumkeys.h"
#include "core/schema.h"
#include "core/workshop.h"
#include "estimate.h"
#include "householdstore.h"
#include "inventorytotals.h"
#include "wattmeter/comparison.h"
#include "wattmeter/wattmeterreadingstore.h"

#include <QHash>
#include <QJsonArray>

namespace wattelier {
namespace {

QJsonObject readingJson(const WattmeterReading &r)
{
    QJsonObject json{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("date"), r.measuredOn.toString(Qt::ISODate)},
        {QStringLiteral("kind"), key(r.kind)},
        {QStringLiteral("value"), r.value},
        {QStringLiteral("unit"), unitOf(r.kind)},
        {QStringLiteral("measured_by"), r.measuredBy},
        {QStringLiteral("notes"), r.notes},
    };
    if (r.kind == ReadingKind::EnergyOverDuration)
        json.insert(QStringLiteral("duration_h"), r.durationHours);
    if (r.wattmeterId > 0)
        json.insert(QStringLiteral("wattmeter_id"), r.wattmeterId);
    return json;
}

QJsonObject applianceJson(const Appliance &a, const QList<WattmeterReading> &readings)
{
    const ApplianceConsumption consumption = applianceConsumption(a, readings);
    QJsonArray readingArray;
    for (const WattmeterReading &reading : readings)
        readingArray.append(readingJson(reading));
    QJsonObject json{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("name"), a.name},
        {QStringLiteral("category"), key(a.category)},
        {QStringLiteral("priority"), key(a.priority)},
        {QStringLiteral("flexibility"), key(a.flexibility)},
        {QStringLiteral("quantity"), a.quantity},
        {QStringLiteral("power_w"), a.powerW},
        {QStringLiteral("standby_w"), a.standbyW ? QJsonValue(*a.standbyW) : QJsonValue()},
        {QStringLiteral("usage_mode"), key(a.usageMode)},
        {QStringLiteral("hours_per_day"), a.hoursPerDay},
        {QStringLiteral("days_per_week"), a.daysPerWeek},
        {QStringLiteral("cycles_per_week"), a.cyclesPerWeek},
        {QStringLiteral("kwh_per_cycle"), a.kwhPerCycle},
        {QStringLiteral("estimated_kwh_per_year"), consumption.estimatedKwhPerYear},
        {QStringLiteral("kwh_per_year"), consumption.kwhPerYear},
        {QStringLiteral("kwh_per_year_source"), key(consumption.source)},
        {QStringLiteral("readings"), readingArray},
        {QStringLiteral("catalogue_key"), a.catalogueKey},
        {QStringLiteral("notes"), a.notes},
    };
    if (consumption.measuredKwhPerYear)
        json.insert(QStringLiteral("measured_kwh_per_year"), *consumption.measuredKwhPerYear);
    return json;
}

QJsonObject byPriorityJson(const InventoryTotals &totals)
{
    QJsonObject result;
    for (auto it = totals.byPriority.begin(); it != totals.byPriority.end(); ++it)
        result.insert(key(it.key()), it.value());
    return result;
}

QJsonObject byCategoryJson(const InventoryTotals &totals)
{
    QJsonObject result;
    for (auto it = totals.byCategory.begin(); it != totals.byCategory.end(); ++it)
        result.insert(key(it.key()), it.value());
    return result;
}

} // namespace

QJsonObject inventoryJson(const Workshop &workshop, double priceEurPerKwh)
{
    const ReadingsByAppliance readings = workshop.wattmeterReadings().byAppliance();
    QHash<qint64, QList<Appliance>> appliancesByHousehold;
    const QList<Appliance> all = workshop.appliances().all();
    for (const Appliance &appliance : all)
        appliancesByHousehold[appliance.householdId].append(appliance);

    QJsonArray households;
    for (const Household &household : workshop.households().all()) {
        const QList<Appliance> &appliances = appliancesByHousehold[household.id];
        const InventoryTotals totals = inventoryTotals(appliances, &readings);
        const InventoryTotals estimates = inventoryTotals(appliances);
        QJsonArray applianceArray;
        for (const Appliance &appliance : appliances)
            applianceArray.append(applianceJson(appliance, readings.value(appliance.id)));
        households.append(QJsonObject{
            {QStringLiteral("id"), household.id},
            {QStringLiteral("name"), household.name},
            {QStringLiteral("pseudonym"), pseudonym(household)},
            {QStringLiteral("pseudonym_code"), household.pseudonymCode},
            {QStringLiteral("occupants"), household.occupants},
            {QStringLiteral("kind"), key(household.kind)},
            {QStringLiteral("notes"), household.notes},
            {QStringLiteral("kwh_per_year"), totals.kwhPerYear},
            {QStringLiteral("estimated_kwh_per_year"), estimates.kwhPerYear},
            {QStringLiteral("by_priority"), byPriorityJson(totals)},
            {QStringLiteral("by_category"), byCategoryJson(totals)},
            {QStringLiteral("appliances"), applianceArray},
        });
    }

    const InventoryTotals group = inventoryTotals(all, &readings);
    const InventoryTotals groupEstimates = inventoryTotals(all);
    const StandbyTotals standby = standbyTotals(all, readings, priceEurPerKwh);
    return QJsonObject{
        {QStringLiteral("workshop"),
         QJsonObject{{QStringLiteral("name"), workshop.name()},
                     {QStringLiteral("file"), workshop.filePath()},
                     {QStringLiteral("schema_version"), schema::currentVersion}}},
        {QStringLiteral("households"), households},
        {QStringLiteral("totals"),
         QJsonObject{{QStringLiteral("group_kwh_per_year"), group.kwhPerYear},
                     {QStringLiteral("group_estimated_kwh_per_year"), groupEstimates.kwhPerYear},
                     {QStringLiteral("measured_appliance_count"), group.measuredCount},
                     {QStringLiteral("standby"),
                      QJsonObject{{QStringLiteral("kwh_per_year"), standby.kwhPerYear},
                                  {QStringLiteral("cost_eur"), standby.costEur},
                                  {QStringLiteral("price_eur_per_kwh"), standby.priceEurPerKwh}}},
                     {QStringLiteral("household_count"), int(households.size())},
                     {QStringLiteral("appliance_count"), group.applianceCount},
                     {QStringLiteral("by_priority"), byPriorityJson(group)},
                     {QStringLiteral("by_category"), byCategoryJson(group)}}},
    };
}

} // namespace wattelier
