// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "challenge/challenge.h"
#include "core/recordtable.h"

#include <optional>

#include <QList>
#include <QObject>

class QSqlQuery;

namespace wattelier {

class Workshop;

/*!
 * Challenges, their participants, meter layouts and meter readings of a
 * workshop; emits changed() after each write.
 */
class ChallengeStore : public QObject
{
    Q_OBJECT

public:
    explicit ChallengeStore(Workshop &workshop);

    QList<Challenge> challenges() const; //!< newest start first
    std::optional<Challenge> challenge(qint64 id) const;
    qint64 insert(const Challenge &challenge);
    bool replace(const Challenge &challenge);
    bool removeChallenge(qint64 id);

    QList<ChallengeParticipant> participants(qint64 challengeId) const;
    std::optional<ChallengeParticipant> participant(qint64 challengeId, qint64 householdId) const;
    /*! Inserts or replaces the participant (keyed by challenge and household). */
    bool put(const ChallengeParticipant &participant);
    bool removeParticipant(qint64 challengeId, qint64 householdId);

    /*! The household's meter; one register without injection when never set. */
    MeterLayout meterLayout(qint64 householdId) const;
    bool put(const MeterLayout &layout);

    QList<StoredIndexReading> indexReadings(qint64 householdId) const; //!< by date, register
    std::optional<StoredIndexReading> indexReading(qint64 id) const;
    qint64 insert(const StoredIndexReading &reading);
    bool replace(const StoredIndexReading &reading);
    bool removeIndexReading(qint64 id);

signals:
    void changed();

private:
    /*! Emits changed() when \a written; returns \a written. */
    bool changedIf(bool written);
    bool run(QSqlQuery &query);

    Workshop &mWorkshop;
    RecordTable mChallenges;
    RecordTable mReadings;
};

} // namespace wattelier
