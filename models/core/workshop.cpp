// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshop.h"

#include "challenge/challengestore.h"
#include "energy/scenariostore.h"
#include "inventory/appliancestore.h"
#include "inventory/householdstore.h"
#include "presentation/slidestore.h"
#include "schema.h"
#include "sharing/sharingscenariostore.h"
#include "timeseries/seriesstore.h"
#include "wattmeter/wattmeterreadingstore.h"
#include "wattmeter/wattmeterstore.h"
#include "workshopfilecheck.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUndoStack>
#include <QUuid>

namespace wattelier {
namespace {

QString newConnectionName()
{
    return QStringLiteral("workshop-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QSqlDatabase openConnection(const QString &path, const QString &connection)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path);
    // A facilitator's laptop may be unplugged at any moment: rollback journal
    // and full sync make each committed edit survive a power cut.
    if (db.open()) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        // Up to 64 MiB of pages kept between reads: the curves of 250 households
        // read a 40 MB file at each rebuild, and reading it again page by page
        // from the system took 160 of their 210 ms (#23, bench_cabin).
        q.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    }
    return db;
}

} // namespace

Workshop::Workshop(const QString &path, const QString &connectionName)
    : mPath(path)
    , mConnectionName(connectionName)
    , mUndoStack(new QUndoStack(this))
    , mHouseholds(std::make_unique<HouseholdStore>(*this))
    , mAppliances(std::make_unique<ApplianceStore>(*this))
    , mReadings(std::make_unique<WattmeterReadingStore>(*this))
    , mWattmeters(std::make_unique<WattmeterStore>(*this))
    , mChallenges(std::make_unique<ChallengeStore>(*this))
    , mSeries(std::make_unique<SeriesStore>(*this))
    , mScenarios(std::make_unique<ScenarioStore>(*this))
    , mSlides(std::make_unique<SlideStore>(*this))
    , mSharingScenarios(std::make_unique<SharingScenarioStore>(*this))
{
    // After a failed step is rolled back, everything shown is read again.
    connect(this, &Workshop::reverted, mHouseholds.get(), &HouseholdStore::reset);
    connect(this, &Workshop::reverted, mAppliances.get(), &ApplianceStore::reset);
    connect(this, &Workshop::reverted, mReadings.get(), &WattmeterReadingStore::reset);
    connect(this, &Workshop::reverted, mWattmeters.get(), &WattmeterStore::changed);
    connect(this, &Workshop::reverted, mChallenges.get(), &ChallengeStore::changed);
    connect(this, &Workshop::reverted, mSeries.get(), &SeriesStore::changed);
    connect(this, &Workshop::reverted, mScenarios.get(), &ScenarioStore::changed);
    connect(this, &Workshop::reverted, mSlides.get(), &SlideStore::changed);
    connect(this, &Workshop::reverted, mSharingScenarios.get(), &SharingScenarioStore::changed);
    connect(this, &Workshop::reverted, this, &Workshop::infoChanged);
}

Workshop::~Workshop()
{
    mUndoStack->clear();
    {
        QSqlDatabase db = QSqlDatabase::database(mConnectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(mConnectionName);
}

std::unique_ptr<Workshop> Workshop::open(const QString &path, WorkshopError *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const WorkshopError problem = checkWorkshopFile(absolute);
    if (problem.isError()) {
        if (error)
            *error = problem;
        return nullptr;
    }
    const QString connection = newConnectionName();
    std::unique_ptr<Workshop> workshop(new Workshop(absolute, connection));
    QSqlDatabase db = openConnection(absolute, connection);
    const QString migrationError = db.isOpen() ? schema::migrate(db) : db.lastError().text();
    if (!migrationError.isEmpty()) {
        if (error)
            *error = {WorkshopError::Kind::CannotWrite, absolute,
                      QCoreApplication::translate(
                          "WorkshopFile", "“%1” could not be updated to this version's format: %2. "
                                          "Each update step is all or nothing: the file keeps "
                                          "its last complete format.")
                          .arg(QDir::toNativeSeparators(absolute), migrationError)};
        return nullptr;
    }
    return workshop;
}

std::unique_ptr<Workshop> Workshop::create(const QString &path, const QString &name,
                                           WorkshopError *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString nativeName = QDir::toNativeSeparators(absolute);
    if (QFileInfo::exists(absolute)) {
        if (error)
            *error = {
                WorkshopError::Kind::AlreadyExists, absolute,
                QCoreApplication::translate(
                    "WorkshopFile", "“%1” already exists; Wattelier does not overwrite files.")
                    .arg(nativeName)};
        return nullptr;
    }
    const QString connection = newConnectionName();
    std::unique_ptr<Workshop> workshop(new Workshop(absolute, connection));
    QSqlDatabase db = openConnection(absolute, connection);
    QString failure = db.isOpen() ? schema::migrate(db) : db.lastError().text();
    if (failure.isEmpty()) {
        if (!workshop->setInfo(QStringLiteral("name"), name) ||
            !workshop->setInfo(QStringLiteral("created_utc"),
                               QDateTime::currentDateTimeUtc().toString(Qt::ISODate)) ||
            !workshop->setInfo(QStringLiteral("created_by"),
                               QStringLiteral("Wattelier ") + QLatin1String(WATTELIER_VERSION)))
            failure = db.lastError().text();
    }
    if (!failure.isEmpty()) {
        workshop.reset();
        QFile::remove(absolute);
        if (error)
            *error = {WorkshopError::Kind::CannotWrite, absolute,
                      QCoreApplication::translate("WorkshopFile", "“%1” could not be created: %2")
                          .arg(nativeName, failure)};
        return nullptr;
    }
    return workshop;
}

QSqlDatabase Workshop::database() const
{
    return QSqlDatabase::database(mConnectionName, false);
}

QString Workshop::info(const QString &key) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT value FROM workshop_info WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool Workshop::setInfo(const QString &key, const QString &value)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO workshop_info (key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    // The column is NOT NULL: a null QString (an unset date's text) is stored as "".
    q.addBindValue(value.isNull() ? QString(QLatin1String("")) : value);
    if (!q.exec()) {
        reportWriteError(q.lastError().text());
        return false;
    }
    emit infoChanged();
    return true;
}

QString Workshop::name() const
{
    const QString stored = info(QStringLiteral("name"));
    return stored.isEmpty() ? QFileInfo(mPath).completeBaseName() : stored;
}

bool Workshop::setName(const QString &name)
{
    return setInfo(QStringLiteral("name"), name);
}

bool Workshop::saveCopyAs(const QString &path, WorkshopError *error) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString nativeName = QDir::toNativeSeparators(absolute);
    if (absolute == mPath || QFileInfo::exists(absolute)) {
        if (error)
            *error = {WorkshopError::Kind::AlreadyExists, absolute,
                      QCoreApplication::translate(
                          "WorkshopFile", "“%1” already exists; choose another name for the copy.")
                          .arg(nativeName)};
        return false;
    }
    QSqlQuery q(database());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(absolute);
    if (!q.exec()) {
        if (error)
            *error = {WorkshopError::Kind::CannotWrite, absolute,
                      QCoreApplication::translate("WorkshopFile",
                                                  "The copy “%1” could not be written: %2")
                          .arg(nativeName, q.lastError().text())};
        QFile::remove(absolute);
        return false;
    }
    return true;
}

bool Workshop::write(QSqlQuery &query)
{
    if (query.exec())
        return true;
    reportWriteError(query.lastError().text());
    return false;
}

qint64 Workshop::insert(QSqlQuery &query)
{
    return write(query) ? query.lastInsertId().toLongLong() : 0;
}

void Workshop::setShowNames(bool show)
{
    if (mShowNames == show)
        return;
    mShowNames = show;
    emit showNamesChanged(show);
}

void Workshop::reportWriteError(const QString &sqlError)
{
    if (mStepDepth > 0) {
        // The step reports once, at its end, after rolling back.
        if (mStepFailures++ == 0)
            mStepError = sqlError;
        return;
    }
    mLastWriteError =
        QCoreApplication::translate("WorkshopFile", "The change could not be written to “%1”: %2")
            .arg(QDir::toNativeSeparators(mPath), sqlError);
    emit writeFailed(mLastWriteError);
}

} // namespace wattelier
