// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace wattelier::schema {

/*! SQLite application_id of Wattelier files: "WATT" in ASCII. */
inline constexpr int applicationId = 0x57415454;

/*! Schema version written by this build; older files are migrated up to it. */
inline constexpr int currentVersion = 13;

/*!
 * Brings a database from its PRAGMA user_version up to currentVersion, one
 * numbered step at a time, each step in its own transaction (a failed step
 * leaves the file at the previous version). An empty database is initialised.
 * Returns an empty string on success, or the SQL error.
 */
QString migrate(QSqlDatabase &db);

/*! Runs only the steps up to \a targetVersion; for tests that build old fixtures. */
QString migrateTo(QSqlDatabase &db, int targetVersion);

int userVersion(QSqlDatabase &db, bool *ok = nullptr);
int applicationIdOf(QSqlDatabase &db, bool *ok = nullptr);

} // namespace wattelier::schema
