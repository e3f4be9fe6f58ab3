// SPDX-License-Identifier: GPL-3.0-or-later
#include "appliancestore.h"

#include "core/enumkeys.h"
#include "core/sqlvalue.h"
#include "core/uid.h"
#include "core/workshop.h"

#include <QSqlQuery>

namespace wattelier {
namespace {

const QStringList columns = {QStringLiteral("household_id"),
                             QStringLiteral("name"),
                             QStringLiteral("category"),
                             QStringLiteral("priority"),
                             QStringLiteral("flexibility"),
                             QStringLiteral("quantity"),
                             QStringLiteral("power_w"),
                             QStringLiteral("standby_w"),
                             QStringLiteral("usage_mode"),
                             QStringLiteral("hours_per_day"),
                             QStringLiteral("days_per_week"),
                             QStringLiteral("cycles_per_week"),
                             QStringLiteral("kwh_per_cycle"),
                             QStringLiteral("notes"),
                             QStringLiteral("catalogue_key"),
                             QStringLiteral("position"),
                             QStringLiteral("uid")};

Appliance fromQuery(const QSqlQuery &q)
{
    Appliance a;
    a.id = q.value(0).toLongLong();
    a.householdId = q.value(1).toLongLong();
    a.name = q.value(2).toString();
    // A key this build does not know (written by hand) falls back to a neutral value.
    a.category = categoryFromKey(q.value(3).toString()).value_or(Category::Other);
    a.priority = priorityFromKey(q.value(4).toString()).value_or(Priority::Useful);
    a.flexibility = flexibilityFromKey(q.value(5).toString()).value_or(Flexibility::None);
    a.quantity = q.value(6).toInt();
    a.powerW = q.value(7).toDouble();
    a.standbyW = q.value(8).isNull() ? std::nullopt : std::optional<double>(q.value(8).toDouble());
    a.usageMode = usageModeFromKey(q.value(9).toString()).value_or(UsageMode::Hours);
    a.hoursPerDay = q.value(10).toDouble();
    a.daysPerWeek = q.value(11).toDouble();
    a.cyclesPerWeek = q.value(12).toDouble();
    a.kwhPerCycle = q.value(13).toDouble();
    a.notes = q.value(14).toString();
    a.catalogueKey = q.value(15).toString();
    a.position = q.value(16).toInt();
    a.uid = q.value(17).toString();
    return a;
}

} // namespace

ApplianceStore::ApplianceStore(Workshop &workshop)
    : mWorkshop(workshop)
    , mTable(workshop, QStringLiteral("appliances"), columns)
{}

QList<Appliance> ApplianceStore::select(const QString &where, const QVariant &bound) const
{
    return mTable.rows<Appliance>(where + QStringLiteral(" ORDER BY household_id, position, id"),
                                  bound, fromQuery);
}

QList<Appliance> ApplianceStore::forHousehold(qint64 householdId) const
{
    return select(QStringLiteral(" WHERE household_id = ?"), householdId);
}

QList<Appliance> ApplianceStore::all() const
{
    return select({}, {});
}

std::optional<Appliance> ApplianceStore::get(qint64 id) const
{
    return mTable.row<Appliance>(id, fromQuery);
}

qint64 ApplianceStore::householdOf(qint64 id) const
{
    QSqlQuery q(mWorkshop.database());
    q.prepare(QStringLiteral("SELECT household_id FROM appliances WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 ApplianceStore::insert(const Appliance &a)
{
    const qint64 id = mTable.insert(
        a.id, {a.householdId, sqlText(a.name), key(a.category), key(a.priority), key(a.flexibility),
               a.quantity, a.powerW, sqlDouble(a.standbyW), key(a.usageMode), a.hoursPerDay,
               a.daysPerWeek, a.cyclesPerWeek, a.kwhPerCycle, sqlText(a.notes),
               sqlText(a.catalogueKey), a.position, uidOrNew(a.uid)});
    if (id > 0)
        emit added(a.householdId, id);
    return id;
}

bool ApplianceStore::update(qint64 id, ApplianceField field, const QVariant &value)
{
    const QVariant stored = field == ApplianceField::StandbyW && value.isNull()
                                ? QVariant(QMetaType::fromType<double>())
                                : sqlValue(value);
    if (!mTable.set(id, fieldKey(field), stored))
        return false;
    emit changed(householdOf(id), id);
    return true;
}

bool ApplianceStore::remove(qint64 id)
{
    const qint64 householdId = householdOf(id);
    if (!mTable.remove(id))
        return false;
    emit removed(householdId, id);
    return true;
}

int ApplianceStore::nextPosition(qint64 householdId) const
{
    return mTable.nextPosition(QStringLiteral(" WHERE household_id = ?"), householdId);
}

} // namespace wattelier
