#pragma once

#include <QString>

/*! Numbers with units as people read them, in the default QLocale (decimal comma in French). */
namespace wattelier::units {

QString number(double value, int maxDecimals = 2);
QString watts(double value);
QString kwh(double value, int decimals = 0);
QString kwhPerYear(double value);
QString percent(double value);

} // namespace wattelier::units
