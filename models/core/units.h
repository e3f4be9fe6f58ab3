// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

/*! Numbers with units as people read them, in the default QLocale (decimal comma in French). */
namespace wattelier::units {

QString number(double value, int maxDecimals = 2);
QString watts(double value);
QString kwh(double value, int decimals = 0);
QString kw(double value); //!< "12.3 kW": a mean power over an interval, one decimal
QString kwhPerYear(double value);
QString percent(double value);
/*! "–": a figure that cannot be given (no production, no baseline). */
QString noValue();
/*! A rate between 0 and 1 as a percentage, "63 %"; noValue() when there is none. */
QString rate(const std::optional<double> &value);
/*!
 * A day as Belgians write it, "01/06/2026", in every language: the short
 * formats of fr_BE ("1/06/26") read badly and edit worse (#20).
 */
QString date(const QDate &day);
/*! The display format of every date field: dd/MM/yyyy. */
QString dateFormat();
/*! A change with its sign, "−12 %", "+3 %", "0 %" (a true minus sign), rounded. */
QString signedPercent(double value);

} // namespace wattelier::units
