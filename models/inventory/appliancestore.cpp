// SPDX-License-Identifier: GPL-3.0-or-later
#include "appliancestore.h"

#include "core/enumkeys.h"
#include "core/sqlvalue.h"
#include "core/uid.h"
#include "core/workshop.h"

#include <QSqlError>
#include <QSqlQuery>

namespace wattelier {
namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, household_id, name, category, priority, flexibility, quantity, power_w, "
    "standby_w, usage_mode, hours_per_day, days_per_week, cycles_per_week, kwh_per_cycle, notes, "
    "catalogue_key, position, uid FROM appliances");

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
{}

QList<Appliance> ApplianceStore::select(const QString &where, const QVariant &bound) const
{
    return selectRows<Appliance>(mWorkshop.database(),
                                 selectColumns + where +
                                     QStringLiteral(" ORDER BY household_id, position, id"),
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
    const auto found = select(QStringLiteral(" WHERE id = ?"), id);
    return found.isEmpty() ? std::nullopt : std::optional<Appliance>(found.first());
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
    QSqlQuery q(mWorkshop.database());
    q.prepare(QStringLiteral(
        "INSERT INTO appliances (id, household_id, name, category, priority, flexibility, "
        "quantity, power_w, standby_w, usage_mode, hours_per_day, days_per_week, cycles_per_week, "
        "kwh_per_cycle, notes, catalogue_key, position, uid) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(a.id > 0 ? QVariant(a.id) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(a.householdId);
    q.addBindValue(sqlText(a.name));
    q.addBindValue(key(a.category));
    q.addBindValue(key(a.priority));
    q.addBindValue(key(a.flexibility));
    q.addBindValue(a.quantity);
    q.addBindValue(a.powerW);
    q.addBindValue(a.standbyW ? QVariant(*a.standbyW) : QVariant(QMetaType::fromType<double>()));
    q.addBindValue(key(a.usageMode));
    q.addBindValue(a.hoursPerDay);
    q.addBindValue(a.daysPerWeek);
    q.addBindValue(a.cyclesPerWeek);
    q.addBindValue(a.kwhPerCycle);
    q.addBindValue(sqlText(a.notes));
    q.addBindValue(sqlText(a.catalogueKey));
    q.addBindValue(a.position);
    q.addBindValue(uidOrNew(a.uid));
    if (!q.exec()) {
        mWorkshop.reportWriteError(q.lastError().text());
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    emit added(a.householdId, id);
    return id;
}

bool ApplianceStore::update(qint64 id, ApplianceField field, const QVariant &value)
{
    QSqlQuery q(mWorkshop.database());
    q.prepare(QStringLiteral("UPDATE appliances SET %1 = ? WHERE id = ?").arg(fieldKey(field)));
    q.addBindValue(field == ApplianceField::StandbyW && value.isNull()
                       ? QVariant(QMetaType::fromType<double>())
                       : sqlValue(value));
    q.addBindValue(id);
    if (!q.exec()) {
        mWorkshop.reportWriteError(q.lastError().text());
        return false;
    }
    emit changed(householdOf(id), id);
    return true;
}

bool ApplianceStore::remove(qint64 id)
{
    const qint64 householdId = householdOf(id);
    QSqlQuery q(mWorkshop.database());
    q.prepare(QStringLiteral("DELETE FROM appliances WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        mWorkshop.reportWriteError(q.lastError().text());
        return false;
    }
    emit removed(householdId, id);
    return true;
}

int ApplianceStore::nextPosition(qint64 householdId) const
{
    QSqlQuery q(mWorkshop.database());
    q.prepare(QStringLiteral(
        "SELECT COALESCE(MAX(position), -1) + 1 FROM appliances WHERE household_id = ?"));
    q.addBindValue(householdId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace wattelier
