// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target (#5): any bytes given to the import, recognised
// automatically and forced through every format, must end in series or in a
// refusal with a message, never in a crash, a hang or undefined behaviour.
// Run by tests/fuzz/run-fuzz.sh, seeded with the fixtures.

#include "timeseries/seriesformat.h"
#include "timeseries/seriesread.h"

#include <cstddef>
#include <cstdint>

#include <QCoreApplication>

using namespace wattelier;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString name = QStringLiteral("fuzz.csv");
    const ParseResult recognised = readSeriesData(bytes, name, ReadOptions{}, ParseContext{});
    if (recognised.ok() && recognised.series.isEmpty())
        __builtin_trap(); // "ok" must mean at least one series
    for (const auto &format : knownFormats()) {
        ReadOptions forced;
        forced.format = format.name();
        const ParseResult result = readSeriesData(bytes, name, forced, ParseContext{});
        if (!result.ok() && !result.problem)
            __builtin_trap(); // a refusal always says why
        for (const ParsedSeries &s : result.series) {
            if (s.data.intervalS <= 0 || s.data.kwh.empty())
                __builtin_trap(); // a series has a grid and at least one value
        }
    }
    return 0;
}
