// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "challenge/challenge.h"
#include "inventory/appliance.h"
#include "inventory/household.h"
#include "wattmeter/wattmeterreading.h"

#include <optional>

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace wattelier {

class Workshop;

/*!
 * What a household's file and the workshop exchange, record by record, in a
 * form both sides compare: a key that names the record in either file (its
 * uid, never its row id, which differs between files) and its content as a
 * JSON object without ids. Meter readings are named by date and register,
 * which are unique per household.
 */
namespace exchange {

QString householdKey(const QString &householdUid);
QString applianceKey(const QString &applianceUid);
QString readingKey(const QString &readingUid);
QString meterKey(const QString &householdUid, const StoredIndexReading &reading);

/*! The household's values a household may change itself: its number of occupants. */
QJsonObject contentOf(const Household &household);
/*! The appliance fields that travel (all but notes). */
QList<ApplianceField> exchangedFields();
/*! Every exchanged appliance field, by fieldKey(). */
QJsonObject contentOf(const Appliance &appliance);
/*! A reading without its ids and notes, naming its appliance by uid; the wattmeter lent stays out.
 */
QJsonObject contentOf(const WattmeterReading &reading, const QString &applianceUid);
QJsonObject contentOf(const IndexReading &reading);

/*! An appliance from contentOf(); false when a field is missing or invalid. */
bool applianceFromContent(const QJsonObject &content, Appliance *appliance);
/*! A reading from contentOf() (applianceId left to the caller). */
bool readingFromContent(const QJsonObject &content, WattmeterReading *reading);

/*! Everything of one household that is exchanged, by key. */
struct HouseholdRecords
{
    Household household;
    QHash<QString, QJsonObject> content; //!< by key, every record below and the household
    QHash<QString, Appliance> appliances;
    QHash<QString, WattmeterReading> readings;
    QHash<QString, StoredIndexReading> indexReadings;
    QHash<QString, QString> applianceNames; //!< appliance uid → name, for labels
};
HouseholdRecords recordsOf(const Workshop &workshop, const Household &household);

/*! The exchange base of a household: each record as last sent or received (schema v8). */
QHash<QString, QJsonObject> loadBase(const Workshop &workshop, const QString &householdUid);
/*! Replaces the whole base of a household; false on a write error (reported). */
bool storeBase(Workshop &workshop, const QString &householdUid,
               const QHash<QString, QJsonObject> &base);

} // namespace exchange
} // namespace wattelier
