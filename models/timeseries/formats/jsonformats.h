// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/seriesformat.h"

namespace wattelier {

/*!
 * The JSON exports read by name, each recognised from its first kilobytes:
 * - solaredge: SolarEdge monitoring API "energy" or "energyDetails" JSON: quarter-hour or hourly
 *   Wh per wall-clock label in the site's local time, null for a gap; on the spring DST day a
 *   label for the hour that does not exist (dropped and reported), on the autumn day the
 *   repeated hour only once.
 * - flukso: Flukso API JSON: [[unix_ts, value], …] where the timestamp ends the interval and the
 *   value is the mean power in W over it; "nan" is a gap.
 * - flukso-tmpo: Flukso tmpo block (gzip JSON): a header with the first [ts, value] of a
 *   cumulative Wh counter, then delta-encoded times "t" and values "v".
 */
std::vector<SeriesFormat> jsonFormats();

} // namespace wattelier
