// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/seriesformat.h"

namespace wattelier {

/*!
 * "Mijn Fluvius" quarter-hour export (kwartiertotalen / 15 minute totals),
 * Dutch or English: ';', decimal comma, UTF-8 BOM, one row per register and
 * quarter hour in Brussels wall-clock time (the autumn hour written twice),
 * only the active day or night register written, an empty Volume when the
 * meter sent nothing. Day and night are summed into one offtake and one
 * injection series.
 */
SeriesFormat fluviusFormat();

/*!
 * Fluvius open data quarter-hour layout (EAN_ID, Datum, Datum_Startuur,
 * Volume_Afname_KWh, Volume_Injectie_KWh, …). Datum_Startuur ends in "Z" but
 * holds Brussels wall-clock time, as the publisher's legend says and the
 * autumn day's 100 quarters show; it is read as such. One offtake and one
 * injection series per EAN_ID.
 */
SeriesFormat fluviusOpenDataFormat();

} // namespace wattelier
