// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "challenge/challengeweeks.h"

#include <optional>

#include <QDate>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace wattelier {

inline bool operator==(const BaselineChoice &a, const BaselineChoice &b)
{
    return a.kind == b.kind && a.weeksBefore == b.weeksBefore && a.annualKwh == b.annualKwh;
}

inline bool operator==(const Quota &a, const Quota &b)
{
    return a.kind == b.kind && a.kwhPerWeek == b.kwhPerWeek;
}

/*!
 * A "défi énergie": weekly meter readings during a few weeks, compared with a
 * baseline. Readings are planned every 7 days from the start date (the
 * group's reading day is the start date's weekday).
 */
struct Challenge
{
    qint64 id = 0;
    QString name;
    QDate start;
    int weeks = 4;
    std::optional<double> goalPercent; //!< reduction the group aims for, e.g. 10 (%)
    Quota quota;
    QString notes;

    QDate end() const { return start.addDays(7 * weeks); }
    bool operator==(const Challenge &other) const = default;
};

/*! A household taking part, with how its baseline is set. */
struct ChallengeParticipant
{
    qint64 challengeId = 0;
    qint64 householdId = 0;
    BaselineChoice baseline;

    bool operator==(const ChallengeParticipant &other) const = default;
};

/*! A household's meter: one register or day and night, with or without injection (PV). */
struct MeterLayout
{
    qint64 householdId = 0;
    bool dayNight = false;
    bool injection = false;

    bool operator==(const MeterLayout &other) const = default;
};

/*! The registers to read on a meter, in reading order. */
QList<MeterRegister> registersOf(const MeterLayout &layout);

/*!
 * The days a household reads its meter: \a weeksBefore weeks before the
 * start (for a baseline of the weeks before), the start, then every 7 days
 * to the end, as on the facilitator's grid.
 */
QList<QDate> plannedReadingDates(const Challenge &challenge, int weeksBefore);
/*! The weeks before the start a participant reads for its baseline (0 for other baselines). */
int baselineWeeksBefore(const ChallengeParticipant &participant);

/*! A stored meter reading: a IndexReading of one household. */
struct StoredIndexReading
{
    qint64 id = 0;
    qint64 householdId = 0;
    IndexReading reading;

    bool operator==(const StoredIndexReading &other) const = default;
};

} // namespace wattelier
