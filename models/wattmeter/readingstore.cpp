// SPDX-License-Identifier: GPL-3.0-or-later
#include "readingstore.h"

#include "core/sqlvalue.h"
#include "core/uid.h"
#include "core/workshop.h"

#include <QSqlError>
#include <QSqlQuery>

namespace wattelier {
namespace {

const QString selectColumns =
    QStringLiteral("SELECT id, appliance_id, measured_on, measured_by, kind, value, duration_h, "
                   "wattmeter_id, notes, uid FROM wattmeter_readings");

WattmeterReading fromQuery(const QSqlQuery &q)
{
    WattmeterReading r;
    r.id = q.value(0).toLongLong();
    r.applianceId = q.value(1).toLongLong();
    r.measuredOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    r.measuredBy = q.value(3).toString();
    r.kind = readingKindFromKey(q.value(4).toString()).value_or(ReadingKind::PowerOn);
    r.value = q.value(5).toDouble();
    r.durationHours = q.value(6).toDouble();
    r.wattmeterId = q.value(7).toLongLong();
    r.notes = q.value(8).toString();
    r.uid = q.value(9).toString();
    return r;
}

void bindFields(QSqlQuery &q, const WattmeterReading &r)
{
    q.addBindValue(r.applianceId);
    q.addBindValue(r.measuredOn.toString(Qt::ISODate));
    q.addBindValue(sqlText(r.measuredBy));
    q.addBindValue(key(r.kind));
    q.addBindValue(r.value);
    q.addBindValue(r.kind == ReadingKind::EnergyOverDuration
                       ? QVariant(r.durationHours)
                       : QVariant(QMetaType::fromType<double>()));
    q.addBindValue(r.wattmeterId > 0 ? QVariant(r.wattmeterId)
                                     : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(sqlText(r.notes));
}

} // namespace

ReadingStore::ReadingStore(Workshop &workshop)
    : mWorkshop(workshop)
{}

QList<WattmeterReading> ReadingStore::select(const QString &where, const QVariant &bound) const
{
    return selectRows<WattmeterReading>(
        mWorkshop.database(),
        selectColumns + where + QStringLiteral(" ORDER BY appliance_id, measured_on, id"), bound,
        fromQuery);
}

QList<WattmeterReading> ReadingStore::forAppliance(qint64 applianceId) const
{
    return select(QStringLiteral(" WHERE appliance_id = ?"), applianceId);
}

QHash<qint64, QList<WattmeterReading>> ReadingStore::byAppliance() const
{
    QHash<qint64, QList<WattmeterReading>> grouped;
    for (const WattmeterReading &reading : select({}, {}))
        grouped[reading.applianceId].append(reading);
    return grouped;
}

QHash<qint64, QList<WattmeterReading>> ReadingStore::byAppliance(qint64 householdId) const
{
    QHash<qint64, QList<WattmeterReading>> grouped;
    const auto readings = select(
        QStringLiteral(" WHERE appliance_id IN (SELECT id FROM appliances WHERE household_id = ?)"),
        householdId);
    for (const WattmeterReading &reading : readings)
        grouped[reading.applianceId].append(reading);
    return grouped;
}

std::optional<WattmeterReading> ReadingStore::get(qint64 id) const
{
    const auto found = select(QStringLiteral(" WHERE id = ?"), id);
    return found.isEmpty() ? std::nullopt : std::optional<WattmeterReading>(found.first());
}

qint64 ReadingStore::insert(const WattmeterReading &r)
{
    QSqlQuery q(mWorkshop.database());
    q.prepare(QStringLiteral("INSERT INTO wattmeter_readings (id, appliance_id, measured_on, "
                             "measured_by, kind, value, duration_h, wattmeter_id, notes, uid) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(r.id > 0 ? QVariant(r.id) : QVariant(QMetaType::fromType<qint64>()));
    bindFields(q, r);
    q.addBindValue(uidOrNew(r.uid));
    if (!q.exec()) {
        mWorkshop.reportWriteError(q.lastError().text());
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    emit changed(r.applianceId);
    return id;
}

bool ReadingStore::replace(const WattmeterReading &r)
{
    QSqlQuery q(mWorkshop.database());
    q.prepare(QStringLiteral("UPDATE wattmeter_readings SET appliance_id = ?, measured_on = ?, "
                             "measured_by = ?, kind = ?, value = ?, duration_h = ?, "
                             "wattmeter_id = ?, notes = ? WHERE id = ?"));
    bindFields(q, r);
    q.addBindValue(r.id);
    if (!q.exec()) {
        mWorkshop.reportWriteError(q.lastError().text());
        return false;
    }
    emit changed(r.applianceId);
    return true;
}

bool ReadingStore::remove(qint64 id)
{
    const auto reading = get(id);
    QSqlQuery q(mWorkshop.database());
    q.prepare(QStringLiteral("DELETE FROM wattmeter_readings WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        mWorkshop.reportWriteError(q.lastError().text());
        return false;
    }
    if (reading)
        emit changed(reading->applianceId);
    return true;
}

} // namespace wattelier
