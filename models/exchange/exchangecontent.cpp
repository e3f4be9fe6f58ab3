// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangecontent.h"

#include "challenge/challengestore.h"
#include "core/workshop.h"
#include "inventory/appliancestore.h"
#include "wattmeter/wattmeterreadingstore.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace wattelier::exchange {

/*!
 * The appliance fields that travel: all but the facilitator's notes, which
 * the household's window does not show and which may name other people.
 */
QList<ApplianceField> exchangedFields()
{
    QList<ApplianceField> fields = allApplianceFields();
    fields.removeAll(ApplianceField::Notes);
    return fields;
}

QString householdKey(const QString &householdUid)
{
    return QStringLiteral("household:") + householdUid;
}

QString applianceKey(const QString &applianceUid)
{
    return QStringLiteral("appliance:") + applianceUid;
}

QString readingKey(const QString &readingUid)
{
    return QStringLiteral("reading:") + readingUid;
}

QString meterKey(const QString &householdUid, const StoredIndexReading &reading)
{
    return QStringLiteral("meter:%1:%2:%3")
        .arg(householdUid, reading.reading.date.toString(Qt::ISODate), key(reading.reading.reg));
}

QJsonObject contentOf(const Household &household)
{
    return {{QStringLiteral("occupants"), household.occupants}};
}

QJsonObject contentOf(const Appliance &appliance)
{
    QJsonObject content;
    for (ApplianceField field : exchangedFields())
        content.insert(fieldKey(field), QJsonValue::fromVariant(fieldValue(appliance, field)));
    return content;
}

QJsonObject contentOf(const WattmeterReading &reading, const QString &applianceUid)
{
    return {
        {QStringLiteral("appliance_uid"), applianceUid},
        {QStringLiteral("measured_on"), reading.measuredOn.toString(Qt::ISODate)},
        {QStringLiteral("measured_by"), reading.measuredBy},
        {QStringLiteral("kind"), key(reading.kind)},
        {QStringLiteral("value"), reading.value},
        {QStringLiteral("duration_h"), reading.kind == ReadingKind::EnergyOverDuration
                                           ? QJsonValue(reading.durationHours)
                                           : QJsonValue()},
    };
}

QJsonObject contentOf(const IndexReading &reading)
{
    return {
        {QStringLiteral("index"), reading.index},
        {QStringLiteral("meter_replaced"), reading.meterReplaced},
        {QStringLiteral("old_meter_final"),
         reading.oldMeterFinalIndex ? QJsonValue(*reading.oldMeterFinalIndex) : QJsonValue()},
    };
}

bool applianceFromContent(const QJsonObject &content, Appliance *appliance)
{
    for (ApplianceField field : exchangedFields()) {
        const QJsonValue value = content.value(fieldKey(field));
        if (value.isUndefined() || !setFieldValue(*appliance, field, value.toVariant()))
            return false;
    }
    return true;
}

bool readingFromContent(const QJsonObject &content, WattmeterReading *reading)
{
    const auto kind = readingKindFromKey(content.value(QStringLiteral("kind")).toString());
    const QDate date =
        QDate::fromString(content.value(QStringLiteral("measured_on")).toString(), Qt::ISODate);
    if (!kind || !date.isValid() || !content.value(QStringLiteral("value")).isDouble())
        return false;
    reading->kind = *kind;
    reading->measuredOn = date;
    reading->measuredBy = content.value(QStringLiteral("measured_by")).toString();
    reading->value = content.value(QStringLiteral("value")).toDouble();
    reading->durationHours = content.value(QStringLiteral("duration_h")).toDouble();
    return true;
}

HouseholdRecords recordsOf(const Workshop &workshop, const Household &household)
{
    HouseholdRecords records;
    records.household = household;
    records.content.insert(householdKey(household.uid), contentOf(household));
    QHash<qint64, QString> applianceUids;
    for (const Appliance &appliance : workshop.appliances().forHousehold(household.id)) {
        const QString key = applianceKey(appliance.uid);
        records.appliances.insert(key, appliance);
        records.content.insert(key, contentOf(appliance));
        records.applianceNames.insert(appliance.uid, appliance.name);
        applianceUids.insert(appliance.id, appliance.uid);
    }
    const auto readings = workshop.wattmeterReadings().byAppliance(household.id);
    for (auto it = readings.cbegin(); it != readings.cend(); ++it) {
        for (const WattmeterReading &reading : it.value()) {
            const QString key = readingKey(reading.uid);
            records.readings.insert(key, reading);
            records.content.insert(key, contentOf(reading, applianceUids.value(it.key())));
        }
    }
    for (const StoredIndexReading &stored : workshop.challenges().indexReadings(household.id)) {
        const QString key = meterKey(household.uid, stored);
        records.indexReadings.insert(key, stored);
        records.content.insert(key, contentOf(stored.reading));
    }
    return records;
}

QHash<QString, QJsonObject> loadBase(const Workshop &workshop, const QString &householdUid)
{
    QHash<QString, QJsonObject> base;
    QSqlQuery q(workshop.database());
    q.prepare(QStringLiteral("SELECT record, content FROM exchange_base WHERE household_uid = ?"));
    q.addBindValue(householdUid);
    if (q.exec())
        while (q.next())
            base.insert(q.value(0).toString(),
                        QJsonDocument::fromJson(q.value(1).toByteArray()).object());
    return base;
}

bool storeBase(Workshop &workshop, const QString &householdUid,
               const QHash<QString, QJsonObject> &base)
{
    QSqlQuery q(workshop.database());
    q.prepare(QStringLiteral("DELETE FROM exchange_base WHERE household_uid = ?"));
    q.addBindValue(householdUid);
    if (!workshop.write(q))
        return false;
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO exchange_base (record, household_uid, content) VALUES (?, ?, ?)"));
    for (auto it = base.cbegin(); it != base.cend(); ++it) {
        q.addBindValue(it.key());
        q.addBindValue(householdUid);
        q.addBindValue(QString::fromUtf8(QJsonDocument(it.value()).toJson(QJsonDocument::Compact)));
        if (!workshop.write(q))
            return false;
    }
    return true;
}

} // namespace wattelier::exchange
