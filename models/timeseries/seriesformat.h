// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/parseresult.h"

#include <vector>

#include <QByteArray>
#include <QString>

namespace wattelier {

/*!
 * One export format Wattelier recognises from a file's content: a stable
 * name, a translated title and two functions. Parsers read the whole file in
 * memory (a year of minutes is about 20 MB) and hand back the series they
 * found; nothing touches the workshop. Each format file lists its formats
 * (csvFormats(), jsonFormats(), fluviusFormat(), ...).
 */
class SeriesFormat
{
public:
    //! 0 (not this format) to 100 (certain), from the first kilobytes of UTF-8 text.
    using Recogniser = int (*)(const QByteArray &head);
    using Parser = ParseResult (*)(const QByteArray &utf8, const ParseContext &context);
    struct Title
    {
        const char *context; //!< the translation context, kept from when formats were classes
        const char *source;  //!< marked with QT_TRANSLATE_NOOP where the format is defined
    };

    SeriesFormat(const char *name, Title title, Recogniser recogniser, Parser parser)
        : mName(name)
        , mTitle(title)
        , mRecogniser(recogniser)
        , mParser(parser)
    {}

    /*! Stable name for --format and the file ("fluvius", "sma", ...). */
    QString name() const { return QLatin1String(mName); }
    /*! What users call it, translated ("Fluvius quarter-hour export"). */
    QString title() const;
    int recognise(const QByteArray &head) const { return mRecogniser(head); }
    //! The parser's result, its format named (refusals too).
    ParseResult parse(const QByteArray &utf8, const ParseContext &context) const;

private:
    const char *mName;
    Title mTitle;
    Recogniser mRecogniser;
    Parser mParser;
};

/*! Every format, most specific first, the generic table last. */
const std::vector<SeriesFormat> &knownFormats();

/*! The format named \a name, or nullptr. */
const SeriesFormat *formatNamed(const QString &name);

/*! The format that recognises \a utf8 best, or nullptr when none does. */
const SeriesFormat *recogniseFormat(const QByteArray &utf8);

/*! The names of all formats, for usage messages. */
QStringList formatNames();

} // namespace wattelier
