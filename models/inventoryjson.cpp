#include "inventoryjson.h"

#include "appliancestore.h"
#include "enumkeys.h"
#include "estimate.h"
#include "householdstore.h"
#include "inventorytotals.h"
#include "schema.h"
#include "workshop.h"

#include <QHash>
#include <QJsonArray>

namespace wattelier {
namespace {

QJsonObject applianceJson(const Appliance &a)
{
    return QJsonObject{
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
        {QStringLiteral("estimated_kwh_per_year"), estimatedKwhPerYear(a)},
        {QStringLiteral("catalogue_key"), a.catalogueKey},
        {QStringLiteral("notes"), a.notes},
    };
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

QJsonObject inventoryJson(const Workshop &workshop)
{
    QHash<qint64, QList<Appliance>> appliancesByHousehold;
    const QList<Appliance> all = workshop.appliances().all();
    for (const Appliance &appliance : all)
        appliancesByHousehold[appliance.householdId].append(appliance);

    QJsonArray households;
    for (const Household &household : workshop.households().all()) {
        const QList<Appliance> &appliances = appliancesByHousehold[household.id];
        const InventoryTotals totals = inventoryTotals(appliances);
        QJsonArray applianceArray;
        for (const Appliance &appliance : appliances)
            applianceArray.append(applianceJson(appliance));
        households.append(QJsonObject{
            {QStringLiteral("id"), household.id},
            {QStringLiteral("name"), household.name},
            {QStringLiteral("pseudonym"), pseudonym(household)},
            {QStringLiteral("pseudonym_code"), household.pseudonymCode},
            {QStringLiteral("occupants"), household.occupants},
            {QStringLiteral("notes"), household.notes},
            {QStringLiteral("kwh_per_year"), totals.kwhPerYear},
            {QStringLiteral("by_priority"), byPriorityJson(totals)},
            {QStringLiteral("by_category"), byCategoryJson(totals)},
            {QStringLiteral("appliances"), applianceArray},
        });
    }

    const InventoryTotals group = inventoryTotals(all);
    return QJsonObject{
        {QStringLiteral("workshop"),
         QJsonObject{{QStringLiteral("name"), workshop.name()},
                     {QStringLiteral("file"), workshop.filePath()},
                     {QStringLiteral("schema_version"), schema::currentVersion}}},
        {QStringLiteral("households"), households},
        {QStringLiteral("totals"),
         QJsonObject{{QStringLiteral("group_kwh_per_year"), group.kwhPerYear},
                     {QStringLiteral("household_count"), int(households.size())},
                     {QStringLiteral("appliance_count"), group.applianceCount},
                     {QStringLiteral("by_priority"), byPriorityJson(group)},
                     {QStringLiteral("by_category"), byCategoryJson(group)}}},
    };
}

} // namespace wattelier
