// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "challenge/challenge.h"

#include <optional>

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

ChallengeReport challengeReport(const Workshop &workshop, qint64 challengeId);

/*! The `wattelier challenge` JSON of a report. */
QJsonObject challengeJson(const ChallengeReport &report);

} // namespace wattelier
