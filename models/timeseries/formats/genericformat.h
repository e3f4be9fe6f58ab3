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
class GenericFormat : public SeriesFormat
{
    Q_DECLARE_TR_FUNCTIONS(GenericFormat)

public:
    QString name() const override { return QStringLiteral("generic"); }
    QString title() const override;
    int recognise(const QByteArray &head) const override;
    ParseResult parse(const QByteArray &utf8, const ParseContext &context) const override;
    static ParseResult parse(const QByteArray &utf8, const DelimitedLayout &layout,
                             const ParseContext &context);
};

} // namespace wattelier
