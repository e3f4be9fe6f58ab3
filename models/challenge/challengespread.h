// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "challenge/challengereport.h"

#include <optional>
#include <vector>

namespace wattelier {

/*!
 * The largest group whose households are each shown (with names on) on a
 * slide or in a summary; a larger one sees how their changes are spread.
 */
inline constexpr int largestListedGroup = 20;

/*!
 * How the households' changes against their own baselines are spread, in
 * percent: what a group of 194 sees instead of 194 lines (#23). Quantiles
 * interpolate linearly between the sorted changes (the value at position
 * q × (n − 1), counted from 0), so the median of an even count is the mean
 * of the middle two.
 */
struct ChangeSpread
{
    int households = 0; //!< with a change counted
    int below = 0;      //!< used less than their usual weeks (change < 0)
    std::optional<double> minimum;
    std::optional<double> p10;
    std::optional<double> p25;
    std::optional<double> median;
    std::optional<double> p75;
    std::optional<double> p90;
    std::optional<double> maximum;
};

/*! The spread of \a changes (percent; any order). */
ChangeSpread spreadOf(std::vector<double> changes);

/*!
 * A household's change over the finished weeks of the challenge: the energy
 * of its weeks with a figure against as many of its usual weeks, in percent;
 * none without a baseline or a finished week with a figure.
 */
std::optional<double> overallChangePercent(const HouseholdChallenge &household,
                                           const QList<GroupChallengeWeek> &groupWeeks);

/*! The spread of the households' overall changes. */
ChangeSpread overallSpread(const ChallengeReport &report);

/*! Week by week (as report.groupWeeks), the spread of the households' changes that week. */
std::vector<ChangeSpread> weeklySpreads(const ChallengeReport &report);

} // namespace wattelier
