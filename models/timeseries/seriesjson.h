// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/parseresult.h"

#include <QJsonArray>
#include <QJsonObject>

namespace wattelier {

class Workshop;

/*!
 * A series as the command line prints it: name, kind, unit, interval_s,
 * first and last (start of the first and last interval with data, ISO 8601
 * UTC), values, missing, total_kwh, and its owner ("group" or the
 * household's pseudonym: names stay off the command line's output too).
 */
QJsonObject seriesJson(const SeriesInfo &info, const Workshop &workshop);

/*! Corrections and remarks of an import, counted and listed. */
QJsonObject warningsJson(const ImportWarnings &warnings);

} // namespace wattelier
