// SPDX-License-Identifier: GPL-3.0-or-later
#include "wattmeterreadingstore.h"

#include "core/sqlvalue.h"
#include "core/uid.h"
#include "core/workshop.h"

#include <QSqlQuery>

namespace wattelier {
namespace {

const QStringList columns = {
    QStringLiteral("appliance_id"), QStringLiteral("measured_on"), QStringLiteral("measured_by"),
    QStringLiteral("kind"),         QStringLiteral("value"),       QStringLiteral("duration_h"),
    QStringLiteral("wattmeter_id"), QStringLiteral("notes"),       QStringLiteral("uid")};

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

QVariantList valuesOf(const WattmeterReading &r, const QString &uid)
{
    return {r.applianceId,
            r.measuredOn.toString(Qt::ISODate),
            sqlText(r.measuredBy),
            key(r.kind),
            r.value,
            r.kind == ReadingKind::EnergyOverDuration ? QVariant(r.durationHours)
                                                      : QVariant(QMetaType::fromType<double>()),
            sqlId(r.wattmeterId),
            sqlText(r.notes),
            uid};
}

} // namespace

WattmeterReadingStore::WattmeterReadingStore(Workshop &workshop)
    : mTable(workshop, QStringLiteral("wattmeter_readings"), columns)
{}

QList<WattmeterReading> WattmeterReadingStore::select(const QString &where,
                                                      const QVariant &bound) const
{
    return mTable.rows<WattmeterReading>(
        where + QStringLiteral(" ORDER BY appliance_id, measured_on, id"), bound, fromQuery);
}

QList<WattmeterReading> WattmeterReadingStore::forAppliance(qint64 applianceId) const
{
    return select(QStringLiteral(" WHERE appliance_id = ?"), applianceId);
}

QHash<qint64, QList<WattmeterReading>> WattmeterReadingStore::byAppliance() const
{
    QHash<qint64, QList<WattmeterReading>> grouped;
    for (const WattmeterReading &reading : select({}, {}))
        grouped[reading.applianceId].append(reading);
    return grouped;
}

QHash<qint64, QList<WattmeterReading>> WattmeterReadingStore::byAppliance(qint64 householdId) const
{
    QHash<qint64, QList<WattmeterReading>> grouped;
    const auto readings = select(
        QStringLiteral(" WHERE appliance_id IN (SELECT id FROM appliances WHERE household_id = ?)"),
        householdId);
    for (const WattmeterReading &reading : readings)
        grouped[reading.applianceId].append(reading);
    return grouped;
}

std::optional<WattmeterReading> WattmeterReadingStore::get(qint64 id) const
{
    return mTable.row<WattmeterReading>(id, fromQuery);
}

qint64 WattmeterReadingStore::insert(const WattmeterReading &r)
{
    const qint64 id = mTable.insert(r.id, valuesOf(r, uidOrNew(r.uid)));
    if (id > 0)
        emit changed(r.applianceId);
    return id;
}

bool WattmeterReadingStore::replace(const WattmeterReading &r)
{
    // A reading keeps its uid (the household file's link to it) when replaced.
    QString uid = r.uid;
    if (uid.isEmpty())
        if (const auto stored = get(r.id))
            uid = stored->uid;
    if (!mTable.replace(r.id, valuesOf(r, uidOrNew(uid))))
        return false;
    emit changed(r.applianceId);
    return true;
}

bool WattmeterReadingStore::remove(qint64 id)
{
    const auto reading = get(id);
    if (!mTable.remove(id))
        return false;
    if (reading)
        emit changed(reading->applianceId);
    return true;
}

} // namespace wattelier
