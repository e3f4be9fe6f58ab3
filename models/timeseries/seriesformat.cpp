// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/seriesformat.h"

#include "timeseries/formats/csvformats.h"
#include "timeseries/formats/fluviusformat.h"
#include "timeseries/formats/genericformat.h"
#include "timeseries/formats/jsonformats.h"

#include <QCoreApplication>

namespace wattelier {

QString SeriesFormat::title() const
{
    return QCoreApplication::translate(mTitle.context, mTitle.source);
}

ParseResult SeriesFormat::parse(const QByteArray &utf8, const ParseContext &context) const
{
    ParseResult result = mParser(utf8, context);
    result.format = name();
    return result;
}

const std::vector<SeriesFormat> &knownFormats()
{
    static const std::vector<SeriesFormat> formats = [] {
        std::vector<SeriesFormat> list{fluviusFormat(), fluviusOpenDataFormat()};
        for (const auto &group : {csvFormats(), jsonFormats()})
            list.insert(list.end(), group.begin(), group.end());
        list.push_back(genericFormat()); // last resort: it recognises any table of numbers
        return list;
    }();
    return formats;
}

const SeriesFormat *formatNamed(const QString &name)
{
    for (const auto &format : knownFormats()) {
        if (format.name() == name)
            return &format;
    }
    return nullptr;
}

const SeriesFormat *recogniseFormat(const QByteArray &utf8)
{
    // The first kilobytes tell: headers and a few dozen rows.
    const QByteArray head = utf8.left(16 * 1024);
    const SeriesFormat *best = nullptr;
    int bestScore = 0;
    for (const auto &format : knownFormats()) {
        const int score = format.recognise(head);
        if (score > bestScore) {
            best = &format;
            bestScore = score;
        }
    }
    return best;
}

QStringList formatNames()
{
    QStringList names;
    for (const auto &format : knownFormats())
        names.append(format.name());
    return names;
}

} // namespace wattelier
