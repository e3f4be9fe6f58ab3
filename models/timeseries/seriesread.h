// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading a data file into series, without a workshop: part of the parsers'
// library (Qt Core only), which the fuzzer links alone.

#include "timeseries/delimitedlayout.h"
#include "timeseries/parseresult.h"

#include <optional>

namespace wattelier {

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

} // namespace wattelier
