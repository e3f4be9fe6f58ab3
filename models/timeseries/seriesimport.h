// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/delimitedlayout.h"
#include "timeseries/parseresult.h"

#include <optional>

namespace wattelier {

class Workshop;

/*! How to read a data file: recognised from its content unless told. */
struct ReadOptions
{
    QString format;                        //!< empty: recognise
    std::optional<DelimitedLayout> layout; //!< the generic reader's choices
};

/*!
 * Reads a data file into memory: decodes it, recognises (or takes) its
 * format and parses it. Touches no workshop, so it can run in a worker
 * thread; \a context carries progress and the cancel flag.
 */
ParseResult readSeriesFile(const QString &path, const ReadOptions &options,
                           const ParseContext &context);
/*! The same for bytes already in memory (tests, fuzzing, drag and drop of text). */
ParseResult readSeriesData(const QByteArray &raw, const QString &fileName,
                           const ReadOptions &options, const ParseContext &context);

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
 * Returns the written series (with their ids), or an empty list with
 * \a error set.
 */
QList<SeriesInfo> storeSeries(Workshop &workshop, const ParseResult &parsed,
                              const ImportTarget &target, QString *error);

} // namespace wattelier
