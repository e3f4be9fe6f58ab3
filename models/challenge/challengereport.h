// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "challenge/challenge.h"

#include <optional>

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace wattelier {

class Workshop;

/*! One household's week in a challenge, with what the group discusses about it. */
struct HouseholdWeek
{
    WeekFigure figure;
    std::optional<double> changePercent; //!< against the household's baseline
    std::optional<double> quotaUsePercent;
    std::optional<double> kwhPerPerson;
    std::optional<double> injectionKwh; //!< PV households: energy sent to the grid
    bool unusual = false; //!< far outside the household's usual range: check the reading
};

struct HouseholdChallenge
{
    qint64 householdId = 0;
    QString name;
    QString pseudonym;
    int occupants = 1;
    MeterLayout meter;
    BaselineChoice baselineChoice;
    std::optional<double> baselineKwhPerWeek;
    std::optional<double> quotaKwhPerWeek;
    QList<HouseholdWeek> weeks;
};

struct GroupChallengeWeek
{
    GroupWeek figure;
    std::optional<double> baselineKwh; //!< sum of the baselines of the households counted
    std::optional<double> changePercent;
    std::optional<double> goalKwh; //!< baseline less the goal's reduction
    /*!
     * The week has ended (its last day is before the report's day). A week
     * still running, or a reading typed with a future date, is not a result
     * yet: the headline, charts and documents count finished weeks only (#20).
     */
    bool finished = false;

    /*! A figure the group can be shown: finished and with households counted. */
    bool counts() const { return finished && figure.households > 0; }
};

/*!
 * Everything the challenge views, the command line and reports show, built in
 * one place from the stored readings (households in pseudonym order, never ranked).
 */
struct ChallengeReport
{
    Challenge challenge;
    QList<HouseholdChallenge> households;
    std::optional<double> groupBaselineKwhPerWeek;
    QList<GroupChallengeWeek> groupWeeks;
};

/*! The report as of \a today (weeks ending after it are not finished). */
ChallengeReport challengeReport(const Workshop &workshop, qint64 challengeId,
                                const QDate &today = QDate::currentDate());

/*! The `wattelier challenge` JSON of a report. */
QJsonObject challengeJson(const ChallengeReport &report);

} // namespace wattelier
