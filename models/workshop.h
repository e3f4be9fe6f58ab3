// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workshoperror.h"

#include <memory>

#include <QObject>
#include <QSqlDatabase>
#include <QString>

class QSqlQuery;
class QUndoStack;

namespace wattelier {

class HouseholdStore;
class ApplianceStore;
class ReadingStore;
class WattmeterStore;
class ChallengeStore;
class SeriesStore;
class ScenarioStore;
class SlideStore;

/*!
 * An open workshop file (*.wattelier): one SQLite database, owned here.
 *
 * Every edit is written to the file when it is made: there is no Save.
 * Opening never modifies a file that is refused (foreign, newer, read-only,
 * corrupted). One QUndoStack per workshop holds the edits of this session.
 */
class Workshop : public QObject
{
    Q_OBJECT

public:
    ~Workshop() override;

    /*! Opens an existing file, migrating it to the current schema when older. */
    static std::unique_ptr<Workshop> open(const QString &path, WorkshopError *error);

    /*! Creates a new, empty workshop file; refuses to overwrite an existing file. */
    static std::unique_ptr<Workshop> create(const QString &path, const QString &name,
                                            WorkshopError *error);

    QString filePath() const { return mPath; }
    QString name() const;
    bool setName(const QString &name);
    QString info(const QString &key) const;
    bool setInfo(const QString &key, const QString &value);

    /*! Writes a consistent copy of the open workshop to \a path (VACUUM INTO). */
    bool saveCopyAs(const QString &path, WorkshopError *error) const;

    QSqlDatabase database() const;
    QUndoStack *undoStack() const { return mUndoStack; }
    HouseholdStore &households() const { return *mHouseholds; }
    ApplianceStore &appliances() const { return *mAppliances; }
    ReadingStore &readings() const { return *mReadings; }
    WattmeterStore &wattmeters() const { return *mWattmeters; }
    ChallengeStore &challenges() const { return *mChallenges; }
    SeriesStore &series() const { return *mSeries; }
    ScenarioStore &scenarios() const { return *mScenarios; }
    SlideStore &slides() const { return *mSlides; }

    /*! Reports a write that failed (disk full, file removed) so the window can tell the user. */
    void reportWriteError(const QString &sqlError);

    /*! Runs a prepared write; reports a failure and returns false. */
    bool write(QSqlQuery &query);
    /*! Runs a prepared INSERT; returns the new row's id, or 0 (reported) on failure. */
    qint64 insert(QSqlQuery &query);

signals:
    void infoChanged();
    void writeFailed(const QString &message);

private:
    explicit Workshop(const QString &path, const QString &connectionName);

    QString mPath;
    QString mConnectionName;
    QUndoStack *mUndoStack = nullptr;
    std::unique_ptr<HouseholdStore> mHouseholds;
    std::unique_ptr<ApplianceStore> mAppliances;
    std::unique_ptr<ReadingStore> mReadings;
    std::unique_ptr<WattmeterStore> mWattmeters;
    std::unique_ptr<ChallengeStore> mChallenges;
    std::unique_ptr<SeriesStore> mSeries;
    std::unique_ptr<ScenarioStore> mScenarios;
    std::unique_ptr<SlideStore> mSlides;
};

} // namespace wattelier
