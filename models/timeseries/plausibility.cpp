// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/plausibility.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace wattelier {
namespace {

QString number(double value)
{
    return QLocale().toString(value, 'g', 4);
}

} // namespace

PlausibilityBounds boundsFor(bool household)
{
    PlausibilityBounds bounds;
    if (household)
        bounds.maxMeanKw = 100.0;
    return bounds;
}

QString implausibility(const ParsedSeries &series, const PlausibilityBounds &bounds)
{
    const SeriesStats stats = statsOf(series.data);
    if (stats.values == 0)
        return {};
    double largest = 0;
    for (float v : series.data.kwh)
        if (!std::isnan(v))
            largest = std::max(largest, double(v));
    const double hours = double(stats.values) * series.data.intervalS / 3600.0;
    const double meanKw = hours > 0 ? stats.totalKwh / hours : 0;
    const QString wattsHint = QCoreApplication::translate(
        "Plausibility",
        "the values may be watts or watt-hours read as kilowatts or kilowatt-hours, or "
        "another column (an identifier, an index) read as energy");
    if (stats.totalKwh < -0.001)
        return QCoreApplication::translate("Plausibility",
                                           "its total is negative (%1 kWh): it may be a balance "
                                           "(offtake minus injection) or count the other way")
            .arg(number(stats.totalKwh));
    if (stats.totalKwh > bounds.maxTotalKwh)
        return QCoreApplication::translate("Plausibility", "its total, %1 kWh, is more than %2 "
                                                           "kWh: %3")
            .arg(number(stats.totalKwh), number(bounds.maxTotalKwh), wattsHint);
    if (largest > bounds.maxIntervalKwh)
        return QCoreApplication::translate("Plausibility",
                                           "one interval holds %1 kWh, more than %2 kWh: %3")
            .arg(number(largest), number(bounds.maxIntervalKwh), wattsHint);
    if (meanKw > bounds.maxMeanKw)
        return QCoreApplication::translate("Plausibility",
                                           "its mean power is %1 kW, more than %2 kW: %3")
            .arg(number(meanKw), number(bounds.maxMeanKw), wattsHint);
    return {};
}

std::optional<ImportProblem> plausibilityProblem(const ParseResult &parsed,
                                                 const PlausibilityBounds &bounds,
                                                 const QString &fileName)
{
    for (const ParsedSeries &series : parsed.series) {
        const QString why = implausibility(series, bounds);
        if (!why.isEmpty())
            return ImportProblem{
                fileName, 0, 0,
                QCoreApplication::translate("Plausibility", "the series “%1” is not plausible: %2")
                    .arg(series.name, why)};
    }
    return std::nullopt;
}

} // namespace wattelier
