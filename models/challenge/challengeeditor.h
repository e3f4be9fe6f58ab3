// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "challenge/challenge.h"
#include "core/outcome.h"

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

namespace wattelier {

class Workshop;

/*! One index to write, as typed in the grid or pasted from a spreadsheet. */
struct MeterIndexEntry
{
    qint64 householdId = 0;
    QDate date;
    MeterRegister reg = MeterRegister::Single;
    std::optional<double> index; //!< empty: remove the reading
    bool meterReplaced = false;
    std::optional<double> oldMeterFinalIndex;
};

/*!
 * Undoable edits of challenges, participants, meter layouts and meter
 * readings, written at once. Readings are checked against their neighbours of
 * the same register (an index never goes down except on a new meter).
 */
class ChallengeEditor
{
public:
    explicit ChallengeEditor(Workshop &workshop);

    /*! Creates a challenge with its participants (each with \a baseline); its id, or why not. */
    Outcome<qint64> createChallenge(const Challenge &challenge, const QList<qint64> &householdIds,
                                    const BaselineChoice &baseline);
    QString editChallenge(const Challenge &challenge);
    /*! Removes a challenge and its participants; meter readings stay with the households. */
    bool removeChallenge(qint64 challengeId);

    QString setParticipant(const ChallengeParticipant &participant);
    bool removeParticipant(qint64 challengeId, qint64 householdId);
    void setMeterLayout(const MeterLayout &layout);

    /*! Writes, changes or (empty index) removes one index. Returns an error message or empty. */
    QString setMeterIndex(const MeterIndexEntry &entry);
    /*!
     * Writes several indexes as one undoable step, all or nothing: the first
     * refused one is reported (with its position in \a entries, or its text in
     * \a whereEach, e.g. "readings.csv, line 5") and nothing is written.
     */
    QString setMeterIndexes(const QList<MeterIndexEntry> &entries,
                            const QStringList &whereEach = {});
    /*! Moves a reading to the day it was really read. */
    QString moveIndexReading(qint64 readingId, const QDate &date);

    /*! Checks challenge settings; a translated message, or empty when valid. */
    static QString validateChallenge(const Challenge &challenge);
    /*!
     * A warning when any of \a entries (written) is dated after \a today: a
     * typo in the date, or a week typed ahead. Written anyway, since it may be
     * right; the figures leave the unfinished week out until it ends. Empty
     * when all are dated today or before.
     */
    static QString futureReadingWarning(const QList<MeterIndexEntry> &entries,
                                        const QDate &today = QDate::currentDate());

private:
    QString checkAgainstNeighbours(const QList<StoredIndexReading> &readings,
                                   const StoredIndexReading &candidate) const;
    void push(const std::optional<StoredIndexReading> &before,
              const std::optional<StoredIndexReading> &after);

    Workshop &mWorkshop;
};

} // namespace wattelier
