// SPDX-License-Identifier: GPL-3.0-or-later
#include "challenge/meterconsumption.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace wattelier {
namespace {

/*! Readings of the given registers, by date then register. */
QMap<QDate, QMap<MeterRegister, IndexReading>> byDate(const QList<IndexReading> &readings,
                                                      const QSet<MeterRegister> &registers)
{
    QMap<QDate, QMap<MeterRegister, IndexReading>> result;
    for (const IndexReading &r : readings) {
        if (registers.contains(r.reg))
            result[r.date].insert(r.reg, r);
    }
    return result;
}

QList<ConsumptionInterval> intervalsOf(const QList<IndexReading> &readings,
                                       const QSet<MeterRegister> &registers)
{
    const auto dated = byDate(readings, registers);
    // The registers this meter actually has: a day/night meter needs both read.
    QSet<MeterRegister> present;
    for (const auto &perRegister : dated)
        for (auto it = perRegister.cbegin(); it != perRegister.cend(); ++it)
            present.insert(it.key());
    QList<ConsumptionInterval> intervals;
    std::optional<QMap<MeterRegister, IndexReading>> previous;
    QDate previousDate;
    for (auto it = dated.cbegin(); it != dated.cend(); ++it) {
        if (QSet<MeterRegister>(it->keyBegin(), it->keyEnd()) != present)
            continue; // an incomplete day (only the day register read) cannot close an interval
        if (previous) {
            double kwh = 0.0;
            bool known = true;
            for (const MeterRegister reg : std::as_const(present)) {
                const auto part = consumptionBetween(previous->value(reg), it->value(reg));
                known = known && part.has_value();
                kwh += part.value_or(0.0);
            }
            if (known)
                intervals.append({previousDate, it.key(), kwh});
        }
        previous = *it;
        previousDate = it.key();
    }
    return intervals;
}

} // namespace

std::optional<double> consumptionBetween(const IndexReading &earlier, const IndexReading &later)
{
    if (!later.meterReplaced)
        return later.index - earlier.index;
    if (!later.oldMeterFinalIndex)
        return std::nullopt;
    return (*later.oldMeterFinalIndex - earlier.index) + (later.index - later.newMeterStartIndex);
}

QList<ConsumptionInterval> offtakeIntervals(const QList<IndexReading> &readings)
{
    return intervalsOf(readings, {MeterRegister::Single, MeterRegister::Day, MeterRegister::Night});
}

QList<ConsumptionInterval> injectionIntervals(const QList<IndexReading> &readings)
{
    return intervalsOf(readings, {MeterRegister::Injection});
}

} // namespace wattelier
