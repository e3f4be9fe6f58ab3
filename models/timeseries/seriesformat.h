// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/parseresult.h"

#include <memory>
#include <vector>

#include <QByteArray>
#include <QString>

namespace wattelier {

/*!
 * One export format Wattelier recognises from a file's content. Parsers
 * read the whole file in memory (a year of minutes is about 20 MB) and hand
 * back the series they found; nothing touches the workshop.
 */
class SeriesFormat
{
public:
    virtual ~SeriesFormat() = default;

    /*! Stable name for --format and the file ("fluvius", "sma", ...). */
    virtual QString name() const = 0;
    /*! What users call it, translated ("Fluvius quarter-hour export"). */
    virtual QString title() const = 0;
    /*! 0 (not this format) to 100 (certain), from the first kilobytes of UTF-8 text. */
    virtual int recognise(const QByteArray &head) const = 0;
    virtual ParseResult parse(const QByteArray &utf8, const ParseContext &context) const = 0;
};

/*! Every format with a recogniser, most specific first (the generic one excluded). */
const std::vector<std::unique_ptr<SeriesFormat>> &knownFormats();

/*! The format named \a name, or nullptr. */
const SeriesFormat *formatNamed(const QString &name);

/*! The format that recognises \a utf8 best, or nullptr when none does. */
const SeriesFormat *recogniseFormat(const QByteArray &utf8);

/*! The names of all formats, for usage messages. */
QStringList formatNames();

} // namespace wattelier
