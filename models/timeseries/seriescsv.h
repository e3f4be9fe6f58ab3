// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/series.h"

class QIODevice;

namespace wattelier {

/*!
 * Writes a series as CSV: one row per interval, its start instant (ISO 8601,
 * UTC with Z, or Brussels local time with its offset when \a localTime) and
 * its energy in kWh, written with the fewest digits that read back as the
 * same stored value. Gaps are empty cells. Re-importing the file gives the
 * same values: the offset makes the autumn hour unambiguous.
 */
bool writeSeriesCsv(const RegularSeries &series, SeriesKind kind, bool localTime,
                    QIODevice &device);

} // namespace wattelier
