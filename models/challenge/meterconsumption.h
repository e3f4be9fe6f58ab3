// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "challenge/indexreading.h"

#include <optional>

#include <QDate>
#include <QList>

namespace wattelier {

/*! Energy through the meter between two reading dates. */
struct ConsumptionInterval
{
    QDate from;
    QDate to;
    double kwh = 0.0;

    int days() const { return int(from.daysTo(to)); }
    /*! kWh for 7 days at this interval's rate: readings are rarely exactly a week apart. */
    double perWeek() const { return days() > 0 ? kwh * 7.0 / days() : 0.0; }
};

/*!
 * kWh counted by one register between two of its readings. Across a meter
 * replacement it is the old meter's part (its last index minus the earlier
 * reading) plus the new meter's (its index minus its start index); without
 * the old meter's last index the consumption is unknown (nullopt).
 */
std::optional<double> consumptionBetween(const IndexReading &earlier, const IndexReading &later);

/*!
 * The offtake seen by the meter between consecutive reading dates: the single
 * register, or day + night summed. A date counts only when every consumption
 * register of the meter was read that day; an interval whose consumption is
 * unknown (replacement without the old meter's last index) is left out, so
 * later calculations treat it as a gap.
 */
QList<ConsumptionInterval> offtakeIntervals(const QList<IndexReading> &readings);

/*! The same for the injection register of a PV household (energy sent to the grid). */
QList<ConsumptionInterval> injectionIntervals(const QList<IndexReading> &readings);

} // namespace wattelier
