// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/seriesformat.h"

#include "timeseries/formats/genericformat.h"
#include "timeseries/formats/namedformats.h"

namespace wattelier {

const std::vector<std::unique_ptr<SeriesFormat>> &knownFormats()
{
    static const std::vector<std::unique_ptr<SeriesFormat>> formats = [] {
        std::vector<std::unique_ptr<SeriesFormat>> list = namedFormats();
        list.push_back(std::make_unique<GenericFormat>());
        return list;
    }();
    return formats;
}

const SeriesFormat *formatNamed(const QString &name)
{
    for (const auto &format : knownFormats()) {
        if (format->name() == name)
            return format.get();
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
        const int score = format->recognise(head);
        if (score > bestScore) {
            best = format.get();
            bestScore = score;
        }
    }
    return best;
}

QStringList formatNames()
{
    QStringList names;
    for (const auto &format : knownFormats())
        names.append(format->name());
    return names;
}

} // namespace wattelier
