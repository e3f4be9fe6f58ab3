// SPDX-License-Identifier: GPL-3.0-or-later
#include "energybalance.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <utility>

namespace wattelier {
namespace {

constexpr float gap = std::numeric_limits<float>::quiet_NaN();

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

qint64 ceilDiv(qint64 a, qint64 b)
{
    return -floorDiv(-a, b);
}

qint64 floorToGrid(qint64 t, qint64 origin, int interval)
{
    return origin + floorDiv(t - origin, interval) * interval;
}

qint64 ceilToGrid(qint64 t, qint64 origin, int interval)
{
    return origin + ceilDiv(t - origin, interval) * interval;
}

/*! \a series on the grid [from, to) of \a interval, gaps outside it; \a from on that grid. */
std::vector<float> onGrid(const RegularSeries &series, int interval, qint64 from, qint64 to)
{
    const std::size_t count = std::size_t(std::max<qint64>(0, (to - from) / interval));
    std::vector<float> values(count, gap);
    if (series.kwh.empty())
        return values;
    if (series.intervalS == interval && (series.startUtc - from) % interval == 0) {
        // Already on the grid (a year of quarter hours usually is): copy the
        // overlap instead of a resampled copy of the whole series.
        const qint64 offset = (series.startUtc - from) / interval;
        const qint64 first = std::max<qint64>(0, -offset);
        const qint64 last = std::min<qint64>(qint64(series.kwh.size()), qint64(count) - offset);
        if (first < last)
            std::copy(series.kwh.begin() + first, series.kwh.begin() + last,
                      values.begin() + (offset + first));
        return values;
    }
    const RegularSeries coarse = resampleTo(series, interval, from);
    const qint64 offset = (coarse.startUtc - from) / interval;
    for (std::size_t i = 0; i < coarse.kwh.size(); ++i) {
        const qint64 k = offset + qint64(i);
        if (k >= 0 && k < qint64(count))
            values[std::size_t(k)] = coarse.kwh[i];
    }
    return values;
}

struct Span
{
    qint64 from = std::numeric_limits<qint64>::max();
    qint64 to = std::numeric_limits<qint64>::min();
    void include(const RegularSeries &s)
    {
        if (s.kwh.empty())
            return;
        from = std::min(from, s.startUtc);
        to = std::max(to, s.endUtc());
    }
    bool isEmpty() const { return from >= to; }
};

} // namespace

std::optional<double> EnergyBalance::selfConsumptionRate() const
{
    if (productionKwh <= 0)
        return std::nullopt;
    return selfConsumedKwh / productionKwh;
}

std::optional<double> EnergyBalance::selfSufficiencyRate() const
{
    if (consumptionKwh <= 0)
        return std::nullopt;
    return selfConsumedKwh / consumptionKwh;
}

double EnergyBalance::coverage() const
{
    return intervals > 0 ? double(intervalsWithBoth) / double(intervals) : 0.0;
}

int commonInterval(int intervalA, int intervalB)
{
    if (intervalA <= 0 || intervalB <= 0)
        return 0;
    return std::lcm(intervalA, intervalB);
}

RegularSeries resampleTo(const RegularSeries &series, int intervalS, qint64 originUtc)
{
    const bool onSameGrid = (series.startUtc - originUtc) % qMax(1, intervalS) == 0;
    if (series.intervalS == intervalS && onSameGrid)
        return series;
    RegularSeries coarse;
    coarse.intervalS = intervalS;
    if (series.kwh.empty() || series.intervalS <= 0 || intervalS <= 0) {
        coarse.startUtc = originUtc;
        return coarse;
    }
    coarse.startUtc = floorToGrid(series.startUtc, originUtc, intervalS);
    const qint64 end = ceilToGrid(series.endUtc(), originUtc, intervalS);
    const std::size_t count = std::size_t((end - coarse.startUtc) / intervalS);
    coarse.kwh.assign(count, gap);
    // A fine interval belongs to the coarse interval holding its start.
    const qint64 fine = series.intervalS;
    const qint64 size = qint64(series.kwh.size());
    const qint64 perCoarse = intervalS / fine;
    for (std::size_t k = 0; k < count; ++k) {
        const qint64 t = coarse.startUtc + qint64(k) * intervalS;
        const qint64 first = ceilDiv(t - series.startUtc, fine);
        const qint64 last = ceilDiv(t + intervalS - series.startUtc, fine);
        if (first < 0 || last > size || last - first != perCoarse)
            continue;
        double sum = 0;
        bool complete = true;
        for (qint64 j = first; j < last; ++j) {
            const float v = series.kwh[std::size_t(j)];
            if (std::isnan(v)) {
                complete = false;
                break;
            }
            sum += v;
        }
        if (complete)
            coarse.kwh[k] = float(sum);
    }
    coarse.estimated = series.estimated; // absolute times: the same on any grid
    return coarse;
}

AlignedCurves alignCurves(const RegularSeries &production, const RegularSeries &consumption,
                          std::optional<qint64> fromUtc, std::optional<qint64> toUtc)
{
    AlignedCurves aligned;
    const bool hasP = !production.kwh.empty();
    const bool hasC = !consumption.kwh.empty();
    const int interval = hasP && hasC ? commonInterval(production.intervalS, consumption.intervalS)
                         : hasP       ? production.intervalS
                         : hasC       ? consumption.intervalS
                                      : 0;
    if (interval <= 0)
        return aligned;
    // The grid follows the coarser series, so its intervals keep their own boundaries.
    const RegularSeries &reference =
        !hasC || (hasP && production.intervalS >= consumption.intervalS) ? production : consumption;
    const qint64 origin = reference.startUtc;
    Span span;
    span.include(production);
    span.include(consumption);
    const qint64 from = floorToGrid(fromUtc.value_or(span.from), origin, interval);
    const qint64 to = std::max(from, ceilToGrid(toUtc.value_or(span.to), origin, interval));
    for (RegularSeries *s : {&aligned.production, &aligned.consumption}) {
        s->startUtc = from;
        s->intervalS = interval;
    }
    aligned.production.kwh = onGrid(production, interval, from, to);
    aligned.consumption.kwh = onGrid(consumption, interval, from, to);
    aligned.production.estimated = clippedRanges(production.estimated, from, to);
    aligned.consumption.estimated = clippedRanges(consumption.estimated, from, to);
    return aligned;
}

EnergyBalance balanceOf(const AlignedCurves &curves, std::optional<qint64> fromUtc,
                        std::optional<qint64> toUtc)
{
    const RegularSeries &p = curves.production;
    const RegularSeries &c = curves.consumption;
    EnergyBalance balance;
    balance.intervalS = p.intervalS;
    if (p.intervalS <= 0) {
        balance.fromUtc = fromUtc.value_or(0);
        balance.toUtc = toUtc.value_or(balance.fromUtc);
        return balance;
    }
    Q_ASSERT(p.startUtc == c.startUtc && p.kwh.size() == c.kwh.size());
    const qint64 size = qint64(std::min(p.kwh.size(), c.kwh.size()));
    const qint64 first =
        std::clamp<qint64>(fromUtc ? floorDiv(*fromUtc - p.startUtc, p.intervalS) : 0, 0, size);
    const qint64 last =
        std::clamp<qint64>(toUtc ? ceilDiv(*toUtc - p.startUtc, p.intervalS) : size, first, size);
    balance.fromUtc = p.instantOf(std::size_t(first));
    balance.toUtc = p.instantOf(std::size_t(last));
    balance.intervals = last - first;
    double production = 0, consumption = 0, selfConsumed = 0;
    qint64 both = 0, productionGaps = 0, consumptionGaps = 0, estimated = 0;
    const float *pv = p.kwh.data();
    const float *cv = c.kwh.data();
    const bool anyEstimated = !p.estimated.empty() || !c.estimated.empty();
    for (qint64 i = first; i < last; ++i) {
        const float a = pv[i];
        const float b = cv[i];
        const bool noP = std::isnan(a);
        const bool noC = std::isnan(b);
        productionGaps += noP;
        consumptionGaps += noC;
        if (noP || noC)
            continue;
        ++both;
        production += a;
        consumption += b;
        selfConsumed += std::min(a, b);
        if (anyEstimated) {
            const qint64 t = p.instantOf(std::size_t(i));
            estimated += inRanges(p.estimated, t) || inRanges(c.estimated, t);
        }
    }
    balance.intervalsEstimated = estimated;
    balance.productionKwh = production;
    balance.consumptionKwh = consumption;
    balance.selfConsumedKwh = selfConsumed;
    balance.injectedKwh = production - selfConsumed;
    balance.offtakeKwh = consumption - selfConsumed;
    balance.intervalsWithBoth = both;
    balance.productionGaps = productionGaps;
    balance.consumptionGaps = consumptionGaps;
    return balance;
}

EnergyBalance energyBalance(const RegularSeries &production, const RegularSeries &consumption,
                            std::optional<qint64> fromUtc, std::optional<qint64> toUtc)
{
    const AlignedCurves aligned = alignCurves(production, consumption, fromUtc, toUtc);
    EnergyBalance balance = balanceOf(aligned);
    if (aligned.production.intervalS <= 0) {
        balance.fromUtc = fromUtc.value_or(0);
        balance.toUtc = toUtc.value_or(balance.fromUtc);
    }
    return balance;
}

RegularSeries sumStrict(const std::vector<RegularSeries> &series)
{
    RegularSeries sum;
    int interval = 0;
    Span span;
    const RegularSeries *reference = nullptr;
    for (const RegularSeries &s : series) {
        if (s.kwh.empty() || s.intervalS <= 0)
            continue;
        interval = interval == 0 ? s.intervalS : std::lcm(interval, s.intervalS);
        if (!reference || s.intervalS > reference->intervalS)
            reference = &s;
        span.include(s);
    }
    if (!reference || span.isEmpty())
        return sum;
    const qint64 origin = reference->startUtc;
    sum.intervalS = interval;
    sum.startUtc = floorToGrid(span.from, origin, interval);
    const qint64 to = ceilToGrid(span.to, origin, interval);
    std::vector<double> total(std::size_t((to - sum.startUtc) / interval), 0.0);
    for (const RegularSeries &s : series) {
        if (s.kwh.empty() || s.intervalS <= 0)
            continue;
        const std::vector<float> values = onGrid(s, interval, sum.startUtc, to);
        for (std::size_t i = 0; i < total.size(); ++i)
            total[i] += values[i]; // NaN propagates: one missing series makes a gap
        sum.estimated = unitedRanges(sum.estimated, s.estimated);
    }
    sum.kwh.assign(total.begin(), total.end());
    return sum;
}

RegularSeries sumStrict(std::vector<RegularSeries> &&series)
{
    const auto withData = std::count_if(series.begin(), series.end(), [](const RegularSeries &s) {
        return !s.kwh.empty() && s.intervalS > 0;
    });
    if (withData != 1)
        return sumStrict(std::as_const(series));
    // The usual household: one meter, nothing to add.
    auto only = std::find_if(series.begin(), series.end(), [](const RegularSeries &s) {
        return !s.kwh.empty() && s.intervalS > 0;
    });
    RegularSeries sum = std::move(*only);
    sum.estimated = unitedRanges({}, sum.estimated);
    return sum;
}

RegularSeries consumptionFromMeters(const RegularSeries &offtake, const RegularSeries &injection,
                                    const RegularSeries &production)
{
    RegularSeries consumption;
    const std::vector<RegularSeries> meters{offtake, injection, production};
    const RegularSeries grid = sumStrict(meters); // only for the common grid and span
    if (grid.kwh.empty())
        return consumption;
    consumption.startUtc = grid.startUtc;
    consumption.intervalS = grid.intervalS;
    const qint64 to = grid.endUtc();
    const std::vector<float> off = onGrid(offtake, grid.intervalS, grid.startUtc, to);
    const std::vector<float> inj = onGrid(injection, grid.intervalS, grid.startUtc, to);
    const std::vector<float> prod = onGrid(production, grid.intervalS, grid.startUtc, to);
    consumption.kwh.resize(off.size());
    for (std::size_t i = 0; i < off.size(); ++i) {
        const double value = double(off[i]) + double(prod[i]) - double(inj[i]);
        consumption.kwh[i] = std::isnan(value) ? gap : float(std::max(0.0, value));
    }
    consumption.estimated = grid.estimated;
    return consumption;
}

BalanceMoney moneyOf(const EnergyBalance &balance, const Tariff &tariff)
{
    BalanceMoney money;
    money.offtakeCostEur = balance.offtakeKwh * tariff.offtakeEurPerKwh;
    money.injectionRevenueEur = balance.injectedKwh * tariff.injectionEurPerKwh;
    money.selfConsumedSavingEur = balance.selfConsumedKwh * tariff.offtakeEurPerKwh;
    return money;
}

} // namespace wattelier
