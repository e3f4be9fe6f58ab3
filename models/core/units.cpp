// SPDX-License-Identifier: GPL-3.0-or-later
#include "units.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace wattelier::units {
namespace {} // namespace

QString number(double value, int maxDecimals)
{
    // Show as many decimals as the value has, up to maxDecimals: 7, 7.5, 0.25.
    int decimals = 0;
    const double scale = std::pow(10.0, maxDecimals);
    const double rounded = std::round(value * scale) / scale;
    while (decimals < maxDecimals &&
           std::abs(rounded * std::pow(10.0, decimals) -
                    std::round(rounded * std::pow(10.0, decimals))) > 1e-9)
        ++decimals;
    return QLocale().toString(rounded, 'f', decimals);
}

//: Unit symbols keep a non-breaking space before them.
QString watts(double value)
{
    return QCoreApplication::translate("Units", "%1 W").arg(number(value, 1));
}

QString kwh(double value, int decimals)
{
    return QCoreApplication::translate("Units", "%1 kWh")
        .arg(QLocale().toString(value, 'f', decimals));
}

QString kw(double value)
{
    return QCoreApplication::translate("Units", "%1 kW").arg(number(value, 1));
}

QString kwhPerYear(double value)
{
    return QCoreApplication::translate("Units", "%1 kWh/year")
        .arg(QLocale().toString(value, 'f', 0));
}

QString percent(double value)
{
    return QCoreApplication::translate("Units", "%1 %").arg(QLocale().toString(value, 'f', 0));
}

QString dateFormat()
{
    return QStringLiteral("dd/MM/yyyy");
}

QString date(const QDate &day)
{
    return day.isValid() ? day.toString(dateFormat()) : noValue();
}

QString noValue()
{
    return QStringLiteral("–");
}

QString rate(const std::optional<double> &value)
{
    return value ? percent(*value * 100.0) : noValue();
}

QString signedPercent(double value)
{
    const double rounded = std::round(value);
    if (rounded < 0)
        return QStringLiteral("\u2212") + percent(-rounded);
    if (rounded > 0)
        return QStringLiteral("+") + percent(rounded);
    return percent(0);
}

} // namespace wattelier::units
