// SPDX-License-Identifier: GPL-3.0-or-later
#include "localperiods.h"

#include "timeseries/civiltime.h"

#include <cmath>
#include <limits>

namespace wattelier {
namespace {

const ZoneConverter &brussels()
{
    static const ZoneConverter converter;
    return converter;
}

} // namespace

qint64 brusselsMidnightUtc(const QDate &date)
{
    const qint64 days = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
    // Midnight exists once in Brussels: the clocks change at 02:00 and 03:00.
    return brussels().toUtc(days * 86400).utc;
}

QDate brusselsDateOf(qint64 utc)
{
    const qint64 local = utc + brussels().offsetAt(utc);
    const qint64 days = local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
    return QDate(1970, 1, 1).addDays(days);
}

UtcPeriod periodContaining(PeriodKind kind, const QDate &date)
{
    QDate first = date;
    QDate next;
    switch (kind) {
    case PeriodKind::Day:
        next = first.addDays(1);
        break;
    case PeriodKind::Week:
        first = date.addDays(1 - date.dayOfWeek());
        next = first.addDays(7);
        break;
    case PeriodKind::Month:
        first = QDate(date.year(), date.month(), 1);
        next = first.addMonths(1);
        break;
    case PeriodKind::Year:
        first = QDate(date.year(), 1, 1);
        next = first.addYears(1);
        break;
    }
    return {brusselsMidnightUtc(first), brusselsMidnightUtc(next)};
}

QDate stepPeriod(PeriodKind kind, const QDate &date, int steps)
{
    switch (kind) {
    case PeriodKind::Day:
        return date.addDays(steps);
    case PeriodKind::Week:
        return date.addDays(7 * steps);
    case PeriodKind::Month:
        return date.addMonths(steps);
    case PeriodKind::Year:
        return date.addYears(steps);
    }
    return date;
}

std::array<EnergyBalance, 12> monthlyBalances(const AlignedCurves &curves, int year)
{
    std::array<EnergyBalance, 12> months;
    for (int m = 1; m <= 12; ++m) {
        const UtcPeriod period = periodContaining(PeriodKind::Month, QDate(year, m, 1));
        months[std::size_t(m - 1)] = balanceOf(curves, period.fromUtc, period.toUtc);
    }
    return months;
}

AverageDay averageDay(const AlignedCurves &curves, int year, int month)
{
    AverageDay day;
    const RegularSeries &p = curves.production;
    const RegularSeries &c = curves.consumption;
    day.intervalS = p.intervalS;
    if (p.intervalS <= 0 || p.intervalS > 86400 || 86400 % p.intervalS != 0)
        return day;
    const std::size_t slotCount = std::size_t(86400 / p.intervalS);
    std::vector<double> production(slotCount, 0.0), consumption(slotCount, 0.0);
    std::vector<int> counts(slotCount, 0);
    const QDate first(year, month, 1);
    for (QDate date = first; date.month() == month; date = date.addDays(1)) {
        const qint64 from = brusselsMidnightUtc(date);
        const qint64 to = brusselsMidnightUtc(date.addDays(1));
        bool contributed = false;
        for (qint64 t = from; t < to; t += p.intervalS) {
            const qint64 index = (t - p.startUtc) / p.intervalS;
            if (t < p.startUtc || index >= qint64(p.kwh.size()))
                continue;
            const float a = p.kwh[std::size_t(index)];
            const float b = c.kwh[std::size_t(index)];
            if (std::isnan(a) || std::isnan(b))
                continue;
            // Wall-clock time of day: the repeated autumn hour falls on the same slotCount
            // twice and is averaged in; the skipped spring hour has no interval.
            const qint64 wall = t + brussels().offsetAt(t) - (from + brussels().offsetAt(from));
            const std::size_t slot =
                std::min(slotCount - 1, std::size_t(std::max<qint64>(0, wall) / p.intervalS));
            production[slot] += a;
            consumption[slot] += b;
            ++counts[slot];
            contributed = true;
        }
        day.days += contributed;
    }
    day.productionKwh.resize(slotCount);
    day.consumptionKwh.resize(slotCount);
    for (std::size_t s = 0; s < slotCount; ++s) {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        day.productionKwh[s] = counts[s] ? production[s] / counts[s] : nan;
        day.consumptionKwh[s] = counts[s] ? consumption[s] / counts[s] : nan;
    }
    return day;
}

} // namespace wattelier
