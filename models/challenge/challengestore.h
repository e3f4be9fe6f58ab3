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
class ChallengeStore : public RecordStore
{
    Q_OBJECT

public:
    explicit ChallengeStore(Workshop &workshop);

    QList<Challenge> challenges() const; //!< newest start first
    std::optional<Challenge> challenge(qint64 id) const { return mChallenges.get(id); }
    qint64 insert(const Challenge &challenge) { return changedIf(mChallenges.insert(challenge)); }
    bool replace(const Challenge &challenge) { return changedIf(mChallenges.replace(challenge)); }
    bool removeChallenge(qint64 id) { return changedIf(mChallenges.remove(id)); }

    QList<ChallengeParticipant> participants(qint64 challengeId) const;
    std::optional<ChallengeParticipant> participant(qint64 challengeId, qint64 householdId) const;
    /*! Inserts or replaces the participant (keyed by challenge and household). */
    bool put(const ChallengeParticipant &participant);
    bool removeParticipant(qint64 challengeId, qint64 householdId);

    /*! The household's meter; one register without injection when never set. */
    MeterLayout meterLayout(qint64 householdId) const;
    bool put(const MeterLayout &layout);

    QList<StoredIndexReading> indexReadings(qint64 householdId) const; //!< by date, register
    std::optional<StoredIndexReading> indexReading(qint64 id) const { return mReadings.get(id); }
    qint64 insert(const StoredIndexReading &reading)
    {
        return changedIf(mReadings.insert(reading));
    }
    bool replace(const StoredIndexReading &reading)
    {
        return changedIf(mReadings.replace(reading));
    }
    bool removeIndexReading(qint64 id) { return changedIf(mReadings.remove(id)); }

private:
    bool run(QSqlQuery &query);

    Workshop &mWorkshop;
    Records<Challenge> mChallenges;
    Records<StoredIndexReading> mReadings;
};

} // namespace wattelier
