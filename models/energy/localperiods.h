// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "energy/energybalance.h"

#include <array>
#include <vector>

#include <QDate>

namespace wattelier {

/*! The periods people look at: calendar units in Brussels time. */
enum class PeriodKind
{
    Day,
    Week, //!< Monday to Sunday
    Month,
    Year,
};

/*! A period in UTC instants: [fromUtc, toUtc). */
struct UtcPeriod
{
    qint64 fromUtc = 0;
    qint64 toUtc = 0;
};

/*! The UTC instant of 00:00 in Brussels on \a date. */
qint64 brusselsMidnightUtc(const QDate &date);

/*! The Brussels calendar date of a UTC instant. */
QDate brusselsDateOf(qint64 utc);

/*! The day, week, month or year (Brussels time) holding \a date. */
UtcPeriod periodContaining(PeriodKind kind, const QDate &date);

/*! \a date moved by \a steps periods (a month from 31 January lands on 28/29 February). */
QDate stepPeriod(PeriodKind kind, const QDate &date, int steps);

/*! The balance of each Brussels calendar month of \a year (January first). */
std::array<EnergyBalance, 12> monthlyBalances(const AlignedCurves &curves, int year);

/*!
 * The typical day of a month: for each time of day (local wall clock, one
 * slot per interval), the mean production and consumption over the month's
 * days where both have data. Days with a clock change fit the 24-hour slots
 * (the repeated autumn hour is averaged in, the missing spring hour skipped).
 */
struct AverageDay
{
    int intervalS = 0;
    std::vector<double> productionKwh;  //!< per slot; NaN when no day had data
    std::vector<double> consumptionKwh; //!< per slot
    int days = 0;                       //!< days that contributed at least one slot
};

AverageDay averageDay(const AlignedCurves &curves, int year, int month);

} // namespace wattelier
