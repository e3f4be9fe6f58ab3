// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/delimitedlayout.h"
#include "timeseries/seriesformat.h"

namespace wattelier {

/*!
 * Any delimited file with a date column and number columns, read with a
 * DelimitedLayout: guessed (see guessLayout) unless one is given by the
 * wizard or the command line.
 */
SeriesFormat genericFormat();

/*! Reads \a utf8 with the layout the wizard or the command line gave. */
ParseResult parseWithLayout(const QByteArray &utf8, const DelimitedLayout &layout,
                            const ParseContext &context);

} // namespace wattelier
