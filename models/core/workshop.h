// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workshoperror.h"

#include <functional>
#include <memory>

#include <QObject>
#include <QSqlDatabase>
#include <QString>

class QSqlQuery;
class QUndoCommand;
class QUndoStack;

namespace wattelier {

class HouseholdStore;
class ApplianceStore;
class WattmeterReadingStore;
class WattmeterStore;
class ChallengeStore;
class SeriesStore;
class ScenarioStore;
class SharingScenarioStore;
class SlideStore;
class WriteTransaction;

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
    WattmeterReadingStore &wattmeterReadings() const { return *mReadings; }
    WattmeterStore &wattmeters() const { return *mWattmeters; }
    ChallengeStore &challenges() const { return *mChallenges; }
    SeriesStore &series() const { return *mSeries; }
    ScenarioStore &scenarios() const { return *mScenarios; }
    SlideStore &slides() const { return *mSlides; }
    SharingScenarioStore &sharingScenarios() const { return *mSharingScenarios; }

    /*!
     * The one way to make an edit (#19): pushes \a command onto the undo stack
     * as one step, in one transaction. Returns whether it was applied. When a
     * write fails, every write of the step is rolled back, the command leaves
     * the stack, reverted() tells the models to read the file again and one
     * writeFailed() message says why. Inside runStep(), the command joins that
     * step. A command that merges with the previous one (typing in a field)
     * must refuse to merge once it is obsolete, as its failed redo makes it.
     */
    bool push(QUndoCommand *command);
    /*!
     * Runs \a body, which pushes commands with push(), as one undo step named
     * \a text and one transaction: all of it or none of it. Returns whether
     * every write succeeded. A step begun inside \a body joins this one.
     */
    bool runStep(const QString &text, const std::function<void()> &body);
    /*!
     * Runs \a body, writes that are not undoable (settings saved as they are
     * made, the exchange base), in one transaction; \a body returns false to
     * abandon them. Failures are reported as for push().
     */
    bool runWrites(const std::function<bool()> &body);
    /*!
     * Undo and redo of the last step, in one transaction. If a write fails the
     * file and the models stay as they were before, and the undo history is
     * cleared (it no longer matches the file); the message says so.
     */
    bool undo();
    bool redo();
    /*! True while a step, undo or redo runs (writes are then reported once, at its end). */
    bool inStep() const { return mStepDepth > 0; }
    /*!
     * Called inside a step that finds it cannot go on (invalid input met half
     * way): the whole step is rolled back at its end, without a write-error
     * message (the caller says why).
     */
    void abandonStep() { mStepAbandoned = true; }
    /*! The message of the last write or step that failed (also sent as writeFailed()). */
    QString lastWriteError() const { return mLastWriteError; }

    /*!
     * Whether households' real names are shown, on every page, slide and
     * document of this workshop (#19). Off whenever a workshop is opened and
     * never stored: pseudonyms unless the facilitator turns names on now.
     */
    bool showNames() const { return mShowNames; }
    void setShowNames(bool show);

    /*! Reports a write that failed (disk full, file removed) so the window can tell the user. */
    void reportWriteError(const QString &sqlError);

    /*! Runs a prepared write; reports a failure and returns false. */
    bool write(QSqlQuery &query);
    /*! Runs a prepared INSERT; returns the new row's id, or 0 (reported) on failure. */
    qint64 insert(QSqlQuery &query);

signals:
    void infoChanged();
    void writeFailed(const QString &message);
    /*!
     * A step failed and was rolled back: the file holds what it held before the
     * step. Every model and page that shows the workshop reads it again.
     */
    void reverted();
    void showNamesChanged(bool shown);

private:
    friend class WriteTransaction;
    explicit Workshop(const QString &path, const QString &connectionName);

    /*! Runs \a body inside a transaction as the outermost step; see push(). */
    bool runOutermostStep(const std::function<void()> &body);
    bool replay(bool backwards);
    /*! Takes a failed step's command (or macro) off the top of the undo stack without undoing it.
     */
    void dropFailedStep(int indexBefore);
    void reportFailedStep(const QString &problem, bool historyCleared);
    int enterTransaction() { return ++mTransactionDepth; }
    void leaveTransaction() { --mTransactionDepth; }
    int transactionDepth() const { return mTransactionDepth; }

    QString mPath;
    QString mConnectionName;
    QUndoStack *mUndoStack = nullptr;
    std::unique_ptr<HouseholdStore> mHouseholds;
    std::unique_ptr<ApplianceStore> mAppliances;
    std::unique_ptr<WattmeterReadingStore> mReadings;
    std::unique_ptr<WattmeterStore> mWattmeters;
    std::unique_ptr<ChallengeStore> mChallenges;
    std::unique_ptr<SeriesStore> mSeries;
    std::unique_ptr<ScenarioStore> mScenarios;
    std::unique_ptr<SlideStore> mSlides;
    std::unique_ptr<SharingScenarioStore> mSharingScenarios;
    int mTransactionDepth = 0; //!< open WriteTransactions (SAVEPOINTs)
    int mStepDepth = 0;        //!< steps, undos and redos running
    int mStepFailures = 0;     //!< writes that failed in the running step
    QString mStepError;        //!< the first of them, for the message
    bool mStepAbandoned = false;
    bool mShowNames = false;
    QString mLastWriteError;
};

} // namespace wattelier
