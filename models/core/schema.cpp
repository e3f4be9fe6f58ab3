// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace wattelier::schema {
namespace {

// Version 1: the first released layout. Enumerations are stored as their
// stable English keys so that the file reads the same in every language.
const QStringList step1 = {
    QStringLiteral("CREATE TABLE workshop_info ("
                   " key TEXT PRIMARY KEY,"
                   " value TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE households ("
                   " id INTEGER PRIMARY KEY,"
                   " name TEXT NOT NULL,"
                   " pseudonym_code TEXT NOT NULL UNIQUE,"
                   " occupants INTEGER NOT NULL DEFAULT 1,"
                   " notes TEXT NOT NULL DEFAULT '',"
                   " position INTEGER NOT NULL DEFAULT 0)"),
    QStringLiteral("CREATE TABLE appliances ("
                   " id INTEGER PRIMARY KEY,"
                   " household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,"
                   " name TEXT NOT NULL,"
                   " category TEXT NOT NULL,"
                   " priority TEXT NOT NULL,"
                   " flexibility TEXT NOT NULL,"
                   " quantity INTEGER NOT NULL DEFAULT 1,"
                   " power_w REAL NOT NULL DEFAULT 0,"
                   " standby_w REAL,"
                   " usage_mode TEXT NOT NULL DEFAULT 'hours',"
                   " hours_per_day REAL NOT NULL DEFAULT 0,"
                   " days_per_week REAL NOT NULL DEFAULT 7,"
                   " cycles_per_week REAL NOT NULL DEFAULT 0,"
                   " kwh_per_cycle REAL NOT NULL DEFAULT 0,"
                   " notes TEXT NOT NULL DEFAULT '',"
                   " position INTEGER NOT NULL DEFAULT 0)"),
};

// Version 2: remember which catalogue entry pre-filled an appliance (so that
// later versions can show its picture and source), and index appliances by
// household, which every screen filters on.
const QStringList step2 = {
    QStringLiteral("ALTER TABLE appliances ADD COLUMN catalogue_key TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("CREATE INDEX appliances_by_household ON appliances(household_id, position)"),
};

// Version 3: plug-in wattmeter readings attached to appliances, and the
// group's wattmeters with their loans to households.
const QStringList step3 = {
    QStringLiteral("CREATE TABLE wattmeters ("
                   " id INTEGER PRIMARY KEY,"
                   " label TEXT NOT NULL,"
                   " model TEXT NOT NULL DEFAULT '',"
                   " resolution_w REAL,"
                   " notes TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE TABLE wattmeter_loans ("
                   " id INTEGER PRIMARY KEY,"
                   " wattmeter_id INTEGER NOT NULL REFERENCES wattmeters(id) ON DELETE CASCADE,"
                   " household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,"
                   " since TEXT NOT NULL,"
                   " returned_on TEXT)"),
    QStringLiteral("CREATE TABLE wattmeter_readings ("
                   " id INTEGER PRIMARY KEY,"
                   " appliance_id INTEGER NOT NULL REFERENCES appliances(id) ON DELETE CASCADE,"
                   " measured_on TEXT NOT NULL,"
                   " measured_by TEXT NOT NULL DEFAULT '',"
                   " kind TEXT NOT NULL,"
                   " value REAL NOT NULL,"
                   " duration_h REAL,"
                   " wattmeter_id INTEGER REFERENCES wattmeters(id) ON DELETE SET NULL,"
                   " notes TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE INDEX readings_by_appliance ON wattmeter_readings(appliance_id)"),
    QStringLiteral("CREATE INDEX loans_by_wattmeter ON wattmeter_loans(wattmeter_id, since)"),
};

// Version 4: the "défi énergie": challenges with their participating households
// and baselines, each household's meter layout, and its meter index readings.
const QStringList step4 = {
    QStringLiteral("CREATE TABLE challenges ("
                   " id INTEGER PRIMARY KEY,"
                   " name TEXT NOT NULL,"
                   " start_date TEXT NOT NULL,"
                   " weeks INTEGER NOT NULL,"
                   " goal_pct REAL,"
                   " quota_kind TEXT NOT NULL DEFAULT 'none',"
                   " quota_kwh REAL NOT NULL DEFAULT 0,"
                   " notes TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE TABLE challenge_households ("
                   " challenge_id INTEGER NOT NULL REFERENCES challenges(id) ON DELETE CASCADE,"
                   " household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,"
                   " baseline_kind TEXT NOT NULL DEFAULT 'weeks_before',"
                   " baseline_weeks INTEGER NOT NULL DEFAULT 2,"
                   " annual_kwh REAL,"
                   " PRIMARY KEY (challenge_id, household_id))"),
    QStringLiteral("CREATE TABLE household_meters ("
                   " household_id INTEGER PRIMARY KEY REFERENCES households(id) ON DELETE CASCADE,"
                   " day_night INTEGER NOT NULL DEFAULT 0,"
                   " injection INTEGER NOT NULL DEFAULT 0)"),
    QStringLiteral("CREATE TABLE meter_readings ("
                   " id INTEGER PRIMARY KEY,"
                   " household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,"
                   " read_on TEXT NOT NULL,"
                   " register TEXT NOT NULL,"
                   " index_kwh REAL NOT NULL,"
                   " meter_replaced INTEGER NOT NULL DEFAULT 0,"
                   " old_meter_final REAL,"
                   " new_meter_start REAL NOT NULL DEFAULT 0,"
                   " UNIQUE (household_id, read_on, register))"),
};

// Version 5: time series (PV production, smart-meter quarter hours, Flukso
// minutes) as energy per interval on a regular UTC grid. Values are 4-byte
// floats packed in blocks of a few kilobytes, so that a year of one-minute data
// is a few hundred rows and a month reads back with one small query.
const QStringList step5 = {
    QStringLiteral("CREATE TABLE series ("
                   " id INTEGER PRIMARY KEY,"
                   " name TEXT NOT NULL,"
                   " kind TEXT NOT NULL,"
                   " household_id INTEGER REFERENCES households(id) ON DELETE CASCADE,"
                   " unit TEXT NOT NULL DEFAULT 'kWh',"
                   " interval_s INTEGER NOT NULL,"
                   " start_utc INTEGER NOT NULL,"
                   " value_count INTEGER NOT NULL,"
                   " values_present INTEGER NOT NULL DEFAULT 0,"
                   " total_kwh REAL NOT NULL DEFAULT 0,"
                   " format TEXT NOT NULL DEFAULT '',"
                   " source_file TEXT NOT NULL DEFAULT '',"
                   " imported_at TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE TABLE series_blocks ("
                   " series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,"
                   " block INTEGER NOT NULL,"
                   " data BLOB NOT NULL,"
                   " UNIQUE (series_id, block))"),
};

// Version 6: "what if" scenarios (#6). The PV installation's settings live in
// workshop_info (pv_kwp, pv_tilt, pv_azimuth, pv_yield): one per workshop.
const QStringList step6 = {
    QStringLiteral("CREATE TABLE scenarios ("
                   " id INTEGER PRIMARY KEY,"
                   " name TEXT NOT NULL,"
                   " target_kwp REAL,"
                   " shift_within_day INTEGER NOT NULL DEFAULT 1,"
                   " shift_across_days INTEGER NOT NULL DEFAULT 1,"
                   " position INTEGER NOT NULL DEFAULT 0)"),
};

// Version 7: the projection's slides (#7), in the facilitator's order. A
// slide's scenario_id is kept when its scenario is deleted: the slide then
// says the scenario is gone.
const QStringList step7 = {
    QStringLiteral("CREATE TABLE slides ("
                   " id INTEGER PRIMARY KEY,"
                   " kind TEXT NOT NULL,"
                   " period TEXT,"
                   " day TEXT,"
                   " scenario_id INTEGER,"
                   " notes TEXT NOT NULL DEFAULT '',"
                   " position INTEGER NOT NULL DEFAULT 0)"),
};

// Version 8: households fill in their own lists (#9). Households, appliances
// and wattmeter readings get ids that survive the trip to a household's file
// and back (row ids differ between files); the workshop gets its own id, so a
// household file for another workshop is recognised. exchange_base keeps each
// exchanged record as it was last sent or received: a value changed on both
// sides since then is a conflict, not silently overwritten.
const QStringList step8 = {
    QStringLiteral("ALTER TABLE households ADD COLUMN uid TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("UPDATE households SET uid = lower(hex(randomblob(16)))"),
    QStringLiteral("CREATE UNIQUE INDEX households_by_uid ON households(uid)"),
    QStringLiteral("ALTER TABLE appliances ADD COLUMN uid TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("UPDATE appliances SET uid = lower(hex(randomblob(16)))"),
    QStringLiteral("CREATE UNIQUE INDEX appliances_by_uid ON appliances(uid)"),
    QStringLiteral("ALTER TABLE wattmeter_readings ADD COLUMN uid TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("UPDATE wattmeter_readings SET uid = lower(hex(randomblob(16)))"),
    QStringLiteral("CREATE UNIQUE INDEX readings_by_uid ON wattmeter_readings(uid)"),
    QStringLiteral("INSERT OR IGNORE INTO workshop_info (key, value)"
                   " VALUES ('workshop_uid', lower(hex(randomblob(16))))"),
    QStringLiteral("CREATE TABLE exchange_base ("
                   " record TEXT PRIMARY KEY,"
                   " household_uid TEXT NOT NULL,"
                   " content TEXT NOT NULL)"),
};

// Version 9: estimated intervals (#18). An index that rose across missing
// readings has that energy spread evenly over the intervals it spans: those
// stretches are kept per series, with their count and energy, so that every
// page can show them apart and the balance count them apart.
const QStringList step9 = {
    QStringLiteral("ALTER TABLE series ADD COLUMN estimated_values INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("ALTER TABLE series ADD COLUMN estimated_kwh REAL NOT NULL DEFAULT 0"),
    QStringLiteral("CREATE TABLE series_estimated ("
                   " series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,"
                   " from_utc INTEGER NOT NULL,"
                   " to_utc INTEGER NOT NULL)"),
    QStringLiteral("CREATE INDEX series_estimated_by_series ON series_estimated(series_id)"),
};

// Version 10: a household's EAN (#23), the 18-digit code of its electricity
// access point, as a household list from a spreadsheet gives it.
const QStringList step10 = {
    QStringLiteral("ALTER TABLE households ADD COLUMN ean TEXT NOT NULL DEFAULT ''"),
};

// Version 11: what a "what if" shift aims at (#23): the sunniest hours
// ('production', what every earlier scenario did) or away from the group's peak ('peak').
const QStringList step11 = {
    QStringLiteral("ALTER TABLE scenarios ADD COLUMN shift_objective TEXT NOT NULL "
                   "DEFAULT 'production'"),
};

// Version 12: key scenarios for sharing the sun (#22): how a community splits
// what its producers send out, and the money. Households by id, as JSON.
const QStringList step12 = {
    QStringLiteral("CREATE TABLE sharing_keys ("
                   " id INTEGER PRIMARY KEY,"
                   " name TEXT NOT NULL,"
                   " method TEXT NOT NULL DEFAULT 'prorata',"
                   " rounds INTEGER NOT NULL DEFAULT 1,"
                   " shares TEXT NOT NULL DEFAULT '{}',"
                   " priority TEXT NOT NULL DEFAULT '[]',"
                   " solidarity TEXT NOT NULL DEFAULT '[]',"
                   " local_price REAL NOT NULL DEFAULT 0.15,"
                   " network_reduction REAL NOT NULL DEFAULT 0,"
                   " yearly_fee REAL NOT NULL DEFAULT 0,"
                   " margin REAL NOT NULL DEFAULT 0,"
                   " perimeter TEXT NOT NULL DEFAULT 'B',"
                   " position INTEGER NOT NULL DEFAULT 0)"),
};

// Version 13: members that are not households (#22): a household row may be
// another participant of the energy community (an association, a caterer, a
// shared laundry); a key's local price per member ({"household id": €/kWh},
// the key's own price for the others); and priority levels of several
// households (sharing_keys.priority: each element an id, a level of one as
// before, or an array of ids), split within a level pro rata or by shares.
const QStringList step13 = {
    QStringLiteral("ALTER TABLE households ADD COLUMN kind TEXT NOT NULL DEFAULT 'household'"),
    QStringLiteral("ALTER TABLE sharing_keys ADD COLUMN local_prices TEXT NOT NULL DEFAULT '{}'"),
    QStringLiteral("ALTER TABLE sharing_keys ADD COLUMN level_split TEXT NOT NULL "
                   "DEFAULT 'prorata'"),
};

const QStringList &stepTo(int version)
{
    static const QStringList none;
    switch (version) {
    case 1:
        return step1;
    case 2:
        return step2;
    case 3:
        return step3;
    case 4:
        return step4;
    case 5:
        return step5;
    case 6:
        return step6;
    case 7:
        return step7;
    case 8:
        return step8;
    case 9:
        return step9;
    case 10:
        return step10;
    case 11:
        return step11;
    case 12:
        return step12;
    case 13:
        return step13;
    default:
        return none;
    }
}

int pragmaInt(QSqlDatabase &db, const char *pragma, bool *ok)
{
    QSqlQuery query(db);
    const bool success =
        query.exec(QLatin1String("PRAGMA ") + QLatin1String(pragma)) && query.next();
    if (ok)
        *ok = success;
    return success ? query.value(0).toInt() : 0;
}

QString runStep(QSqlDatabase &db, int version)
{
    if (!db.transaction())
        return db.lastError().text();
    QSqlQuery query(db);
    for (const QString &statement : stepTo(version)) {
        if (!query.exec(statement)) {
            const QString error = query.lastError().text();
            db.rollback();
            return error;
        }
    }
    if (version == 1 &&
        !query.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId))) {
        const QString error = query.lastError().text();
        db.rollback();
        return error;
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))) {
        const QString error = query.lastError().text();
        db.rollback();
        return error;
    }
    if (!db.commit()) {
        const QString error = db.lastError().text();
        db.rollback();
        return error;
    }
    return {};
}

} // namespace

int userVersion(QSqlDatabase &db, bool *ok)
{
    return pragmaInt(db, "user_version", ok);
}
int applicationIdOf(QSqlDatabase &db, bool *ok)
{
    return pragmaInt(db, "application_id", ok);
}

QString migrateTo(QSqlDatabase &db, int targetVersion)
{
    bool ok = false;
    int version = userVersion(db, &ok);
    if (!ok)
        return db.lastError().text();
    while (version < targetVersion) {
        const QString error = runStep(db, version + 1);
        if (!error.isEmpty())
            return error;
        ++version;
    }
    return {};
}

QString migrate(QSqlDatabase &db)
{
    return migrateTo(db, currentVersion);
}

} // namespace wattelier::schema
