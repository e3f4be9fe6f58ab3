// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshopfilecheck.h"

#include "schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace wattelier {
namespace {

/*! "damaged" with SQLite's reason, or without an empty "()" when it gives none (#20). */
QString damagedMessage(const QString &name, const QString &detail)
{
    if (detail.trimmed().isEmpty())
        return QCoreApplication::translate(
                   "WorkshopFile",
                   "“%1” is damaged and cannot be opened. The file was not changed.")
            .arg(name);
    return QCoreApplication::translate(
               "WorkshopFile",
               "“%1” is damaged and cannot be opened (%2). The file was not changed.")
        .arg(name, detail.trimmed());
}

WorkshopError makeError(WorkshopError::Kind kind, const QString &path, const QString &message)
{
    return {kind, path, message};
}

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

/*!
 * A journal beside the file means a write was interrupted (power cut, crash,
 * killed import). SQLite rolls it back on the first read-write access,
 * restoring the last committed state; a read-only connection cannot, and
 * would report the file as damaged. Only a writable file is recovered; a
 * read-only one is refused later anyway.
 */
void recoverInterruptedWrite(const QString &path)
{
    const QFileInfo journal(path + QStringLiteral("-journal"));
    const QFileInfo info(path);
    if (!journal.exists() || journal.size() == 0 || !info.isWritable() ||
        !(info.permissions() & QFileDevice::WriteOwner))
        return;
    const QString connection = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA schema_version")); // any read rolls the journal back
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
}

WorkshopError inspectDatabase(const QString &path)
{
    recoverInterruptedWrite(path);
    const QString connection = QUuid::createUuid().toString();
    WorkshopError result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        const QString name = QDir::toNativeSeparators(path);
        if (!db.open()) {
            result =
                makeError(WorkshopError::Kind::Corrupted, path,
                          QCoreApplication::translate("WorkshopFile", "“%1” could not be read: %2")
                              .arg(name, db.lastError().text()));
        } else {
            bool okId = false;
            bool okVersion = false;
            const int appId = schema::applicationIdOf(db, &okId);
            const int version = schema::userVersion(db, &okVersion);
            if (!okId || !okVersion) {
                result = makeError(WorkshopError::Kind::Corrupted, path,
                                   damagedMessage(name, db.lastError().text()));
            } else if (appId != schema::applicationId) {
                result = makeError(
                    WorkshopError::Kind::NotAWorkshop, path,
                    QCoreApplication::translate("WorkshopFile",
                                                "“%1” is a database, but not a Wattelier workshop. "
                                                "The file was not changed.")
                        .arg(name));
            } else if (version > schema::currentVersion) {
                result = makeError(
                    WorkshopError::Kind::NewerVersion, path,
                    QCoreApplication::translate("WorkshopFile",
                                                "“%1” was written by a newer version of Wattelier "
                                                "(file format %2; this version reads up to %3). "
                                                "Please update Wattelier to open it. "
                                                "The file was not changed.")
                        .arg(name)
                        .arg(version)
                        .arg(schema::currentVersion));
            } else {
                QSqlQuery check(db);
                // quick_check verifies every page's structure without the
                // slower index cross-checks of integrity_check.
                if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next() ||
                    check.value(0).toString() != QLatin1String("ok")) {
                    const QString detail = check.lastError().isValid() ? check.lastError().text()
                                                                       : check.value(0).toString();
                    result = makeError(WorkshopError::Kind::Corrupted, path,
                                       damagedMessage(name, detail));
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

} // namespace

WorkshopError checkWorkshopFile(const QString &path)
{
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!info.exists())
        return makeError(
            WorkshopError::Kind::NotFound, path,
            QCoreApplication::translate("WorkshopFile", "“%1” does not exist.").arg(name));
    if (!info.isFile() || !info.isReadable())
        return makeError(WorkshopError::Kind::NotFound, path,
                         QCoreApplication::translate(
                             "WorkshopFile",
                             "“%1” cannot be read: check that it is a file and that you may "
                             "read it.")
                             .arg(name));
    if (info.size() == 0 || !hasSqliteHeader(path))
        return makeError(
            WorkshopError::Kind::NotAWorkshop, path,
            QCoreApplication::translate(
                "WorkshopFile", "“%1” is not a Wattelier workshop file. The file was not changed.")
                .arg(name));
    const WorkshopError databaseError = inspectDatabase(path);
    if (databaseError.isError())
        return databaseError;
    // SQLite writes a journal beside the file, so the folder must be writable too.
    // The owner's write bit is checked as well: a file marked read-only stays
    // read-only even for an administrator, who may write anything.
    if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable() ||
        !(info.permissions() & QFileDevice::WriteOwner))
        return makeError(WorkshopError::Kind::ReadOnly, path,
                         QCoreApplication::translate(
                             "WorkshopFile",
                             "“%1” is read-only, and Wattelier writes every change at once. "
                             "Copy it to a folder where you may write (or change its "
                             "permissions), then open the copy. The file was not changed.")
                             .arg(name));
    return {};
}

} // namespace wattelier
