// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/parseresult.h"

#include <optional>

namespace wattelier {

/*!
 * The physical bounds a series read from a file must respect before anything
 * is written (#18): an identifier read as a value, watts read as kWh or a
 * balance read as energy give figures no home, street or roof can make.
 * A household's series: mean power at most 100 kW; any series: at most
 * 1 MW mean power, 1 MWh in one interval, 10⁷ kWh in all, and no negative
 * total.
 */
struct PlausibilityBounds
{
    double maxMeanKw = 1000.0;
    double maxIntervalKwh = 1000.0;
    double maxTotalKwh = 1e7;
};

/*! The bounds for a series owned by a household (\a household) or by the group. */
PlausibilityBounds boundsFor(bool household);

/*! Why \a series is implausible, with its likely cause; empty when it is plausible. */
QString implausibility(const ParsedSeries &series, const PlausibilityBounds &bounds);

/*!
 * The first implausible series of \a parsed, as a problem that names it, says
 * why and proposes the likely cause; nullopt when every series is plausible.
 */
std::optional<ImportProblem> plausibilityProblem(const ParseResult &parsed,
                                                 const PlausibilityBounds &bounds,
                                                 const QString &fileName);

} // namespace wattelier
