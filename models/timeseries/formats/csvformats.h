// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/seriesformat.h"

namespace wattelier {

/*!
 * The CSV exports read by name, each recognised from its first kilobytes:
 * - sma: SMA Sunny Portal / WebUI "CSV3" and Sunny Explorer "CSV1" exports: a header block (sep=
 *   line, version line with delimiter and decimal point, device, channel and unit rows), then
 *   local-time rows; the total yield counter (Metering.TotWhOut [Wh], or "Total yield" [kWh]) is
 *   the series; "NaN" is a gap.
 * - enphase: Enphase Enlighten report: "Date/Time" in US order (MM/DD/YYYY HH:MM) in the site's
 *   local time, hourly or quarter-hour energy in Wh per column (produced, consumed, exported,
 *   imported); thousands may be grouped.
 * - shelly: Shelly EM / 3EM data download: "Date/time UTC", then per channel "Active energy Wh
 *   (n)" and "Returned energy Wh (n)" for each interval; rows may come unsorted and repeated.
 * - homeassistant: Home Assistant history export (entity_id,state,last_changed): the states of
 *   cumulative energy sensors in kWh at irregular UTC instants. Each entity becomes a quarter-
 *   hour series; "unavailable" and "unknown" are skipped and a counter going back to zero is a
 *   reset.
 */
std::vector<SeriesFormat> csvFormats();

} // namespace wattelier
