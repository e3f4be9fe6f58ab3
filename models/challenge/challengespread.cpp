// SPDX-License-Identifier: GPL-3.0-or-later
#include "challengespread.h"

#include <algorithm>
#include <cmath>

namespace wattelier {
namespace {

/*! The value at position q × (n − 1) of \a sorted, between its neighbours. */
double quantile(const std::vector<double> &sorted, double q)
{
    const double position = q * double(sorted.size() - 1);
    const std::size_t below = std::size_t(std::floor(position));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    return sorted[below] + (position - double(below)) * (sorted[above] - sorted[below]);
}

} // namespace

ChangeSpread spreadOf(std::vector<double> changes)
{
    ChangeSpread spread;
    changes.erase(
        std::remove_if(changes.begin(), changes.end(), [](double v) { return !std::isfinite(v); }),
        changes.end());
    if (changes.empty())
        return spread;
    std::sort(changes.begin(), changes.end());
    spread.households = int(changes.size());
    spread.below =
        int(std::count_if(changes.begin(), changes.end(), [](double v) { return v < 0; }));
    spread.minimum = changes.front();
    spread.p10 = quantile(changes, 0.10);
    spread.p25 = quantile(changes, 0.25);
    spread.median = quantile(changes, 0.50);
    spread.p75 = quantile(changes, 0.75);
    spread.p90 = quantile(changes, 0.90);
    spread.maximum = changes.back();
    return spread;
}

std::optional<double> overallChangePercent(const HouseholdChallenge &household,
                                           const QList<GroupChallengeWeek> &groupWeeks)
{
    if (!household.baselineKwhPerWeek || *household.baselineKwhPerWeek <= 0)
        return std::nullopt;
    double used = 0;
    int weeks = 0;
    for (qsizetype w = 0; w < household.weeks.size() && w < groupWeeks.size(); ++w) {
        const std::optional<double> &kwh = household.weeks.at(w).figure.kwh;
        if (groupWeeks.at(w).finished && kwh) {
            used += *kwh;
            ++weeks;
        }
    }
    if (weeks == 0)
        return std::nullopt;
    return (used / (*household.baselineKwhPerWeek * weeks) - 1.0) * 100.0;
}

ChangeSpread overallSpread(const ChallengeReport &report)
{
    std::vector<double> changes;
    for (const HouseholdChallenge &h : report.households)
        if (const auto change = overallChangePercent(h, report.groupWeeks))
            changes.push_back(*change);
    return spreadOf(std::move(changes));
}

std::vector<ChangeSpread> weeklySpreads(const ChallengeReport &report)
{
    std::vector<ChangeSpread> spreads;
    for (qsizetype w = 0; w < report.groupWeeks.size(); ++w) {
        std::vector<double> changes;
        if (report.groupWeeks.at(w).finished)
            for (const HouseholdChallenge &h : report.households)
                if (w < h.weeks.size() && h.weeks.at(w).changePercent)
                    changes.push_back(*h.weeks.at(w).changePercent);
        spreads.push_back(spreadOf(std::move(changes)));
    }
    return spreads;
}

} // namespace wattelier
