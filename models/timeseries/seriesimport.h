// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outcome.h"
#include "timeseries/parseresult.h"
#include "timeseries/seriesread.h"

namespace wattelier {

class Workshop;

/*! Where imported series go and what they are called. */
struct ImportTarget
{
    qint64 householdId = 0; //!< 0: the group
    QString namePrefix;     //!< "PV roof" gives "PV roof production"
    QString sourceFile;     //!< file name shown in the data page
};

/*! The SeriesInfo rows an import will write (names made unique in \a workshop). */
QList<SeriesInfo> plannedSeries(const Workshop &workshop, const ParseResult &parsed,
                                const ImportTarget &target);

/*!
 * Writes \a parsed into \a workshop in one transaction: every series or none.
 * Returns the written series (with their ids), or why none was written.
 */
Outcome<QList<SeriesInfo>> storeSeries(Workshop &workshop, const ParseResult &parsed,
                                       const ImportTarget &target);

} // namespace wattelier
