// SPDX-License-Identifier: GPL-3.0-or-later
#include "peakfigures.h"

#include "energy/localperiods.h"

#include <algorithm>
#include <cmath>

namespace wattelier {
namespace {

/*! The value of \a series for the interval starting at \a instant, or NaN. */
float valueAt(const RegularSeries &series, qint64 instant)
{
    if (series.intervalS <= 0 || instant < series.startUtc)
        return std::nanf("");
    const qint64 offset = instant - series.startUtc;
    if (offset % series.intervalS != 0)
        return std::nanf("");
    const auto index = std::size_t(offset / series.intervalS);
    return index < series.kwh.size() ? series.kwh[index] : std::nanf("");
}

/*! The Brussels month (0–11) of \a year that \a instant falls in, or -1 outside the year. */
class MonthFinder
{
public:
    explicit MonthFinder(int year)
    {
        for (int m = 0; m <= 12; ++m)
            mStarts[std::size_t(m)] = brusselsMidnightUtc(QDate(year, 1, 1).addMonths(m));
    }
    int monthOf(qint64 instant) const
    {
        const auto after = std::upper_bound(mStarts.begin(), mStarts.end(), instant);
        const auto month = int(after - mStarts.begin()) - 1;
        return month >= 0 && month < 12 ? month : -1;
    }

private:
    std::array<qint64, 13> mStarts{};
};

HouseholdPeak householdPeak(const RegularSeries &net, const PeakFigures &group,
                            const MonthFinder &months, double toKw)
{
    HouseholdPeak peak;
    for (qint64 t = group.fromUtc; t < group.toUtc; t += group.intervalS) {
        const float kwh = valueAt(net, t);
        if (std::isnan(kwh))
            continue;
        // What the household draws: sending back is not a peak it pays for.
        const double kw = std::max(0.0, double(kwh) * toKw);
        if (!peak.peakAtUtc || kw > peak.peakKw) {
            peak.peakKw = kw;
            peak.peakAtUtc = t;
        }
        const int month = months.monthOf(t);
        if (month >= 0) {
            auto &monthly = peak.monthlyPeakKw[std::size_t(month)];
            monthly = std::max(monthly.value_or(0.0), kw);
        }
    }
    if (group.peakAtUtc) {
        const float atPeak = valueAt(net, *group.peakAtUtc);
        if (!std::isnan(atPeak))
            peak.atGroupPeakKw = double(atPeak) * toKw;
    }
    return peak;
}

std::vector<double> durationCurve(std::vector<double> powers)
{
    std::vector<double> curve;
    if (powers.empty())
        return curve;
    std::sort(powers.begin(), powers.end(), std::greater<>());
    curve.reserve(100);
    for (std::size_t i = 0; i < 100; ++i)
        curve.push_back(powers[i * powers.size() / 100]);
    return curve;
}

} // namespace

PeakFigures peakFigures(const RegularSeries &groupNet,
                        const std::vector<RegularSeries> &householdNets, const PeakOptions &options)
{
    PeakFigures figures;
    figures.intervalS = groupNet.intervalS;
    figures.thresholdKw = options.thresholdKw;
    if (groupNet.intervalS <= 0)
        return figures;
    // The period, on the group's grid.
    const qint64 step = groupNet.intervalS;
    const auto onGrid = [&](qint64 instant) {
        const qint64 offset = instant - groupNet.startUtc;
        return groupNet.startUtc +
               (offset >= 0 ? (offset + step - 1) / step : offset / step) * step;
    };
    figures.fromUtc = onGrid(std::max(options.fromUtc, groupNet.startUtc));
    figures.toUtc = std::max(figures.fromUtc, onGrid(std::min(options.toUtc, groupNet.endUtc())));
    figures.intervals = (figures.toUtc - figures.fromUtc) / step;
    const double toKw = 3600.0 / step;

    const MonthFinder months(options.year);
    std::vector<double> powers;
    powers.reserve(std::size_t(figures.intervals));
    double sumKw = 0;
    for (qint64 t = figures.fromUtc; t < figures.toUtc; t += step) {
        const float kwh = valueAt(groupNet, t);
        if (std::isnan(kwh))
            continue;
        const double kw = double(kwh) * toKw;
        powers.push_back(kw);
        sumKw += kw;
        if (!figures.peakAtUtc || kw > figures.peakKw) {
            figures.peakKw = kw;
            figures.peakAtUtc = t;
        }
        if (const int month = months.monthOf(t); month >= 0) {
            auto &monthly = figures.monthlyPeakKw[std::size_t(month)];
            monthly = std::max(monthly.value_or(0.0), kw);
        }
        if (-kw > figures.reversePeakKw) {
            figures.reversePeakKw = -kw;
            figures.reversePeakAtUtc = t;
        }
        if (options.thresholdKw) {
            if (kw > *options.thresholdKw)
                ++figures.intervalsAboveThreshold;
            else if (-kw > *options.thresholdKw)
                ++figures.intervalsReverseAboveThreshold;
        }
    }
    figures.intervalsWithData = qint64(powers.size());
    if (figures.intervalsWithData > 0) {
        figures.averageKw = sumKw / double(figures.intervalsWithData);
        if (figures.peakKw > 0 && figures.averageKw > 0) {
            figures.loadFactor = figures.averageKw / figures.peakKw;
            figures.peakToAverage = figures.peakKw / figures.averageKw;
        }
        if (options.thresholdKw) {
            const qint64 above =
                figures.intervalsAboveThreshold + figures.intervalsReverseAboveThreshold;
            figures.quarterHoursAboveThreshold = double(above) * double(step) / 900.0;
            figures.shareAboveThreshold = double(above) / double(figures.intervalsWithData);
        }
    }
    figures.durationCurveKw = durationCurve(std::move(powers));

    figures.households.reserve(householdNets.size());
    for (const RegularSeries &net : householdNets) {
        figures.households.push_back(householdPeak(net, figures, months, toKw));
        figures.sumIndividualPeaksKw += figures.households.back().peakKw;
    }
    if (figures.sumIndividualPeaksKw > 0 && figures.peakKw > 0)
        figures.coincidenceFactor = figures.peakKw / figures.sumIndividualPeaksKw;
    return figures;
}

} // namespace wattelier
