// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartstyle.h"

#include "units.h"

#include <cmath>

namespace wattelier::chartstyle {

// Greys and the Okabe–Ito hues the palette also draws from, so that a chart's
// neutral colours never look like one of the palette's meanings.
QColor ink()
{
    return QColor(0x10, 0x10, 0x10);
}

QColor mutedInk()
{
    return QColor(0x40, 0x40, 0x40);
}

QColor gridLine()
{
    return QColor(200, 200, 200);
}

QColor reference()
{
    return QColor(0x55, 0x55, 0x55);
}

QColor estimated()
{
    return QColor(0x99, 0x99, 0x99);
}

QColor attention()
{
    return QColor(0xD5, 0x5E, 0x00); // vermillion, visible from the back of the room
}

QColor goal()
{
    return QColor(0x00, 0x9E, 0x73); // bluish green
}

QColor plainBar()
{
    return QColor(0x00, 0x72, 0xB2); // blue
}

double niceAxisTop(double value)
{
    if (value <= 0 || !std::isfinite(value))
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (step * magnitude >= value)
            return step * magnitude;
    return 10.0 * magnitude;
}

QString axisLabel(double value, const QString &unit)
{
    return units::number(value, value < 10 ? 1 : 0) + QLatin1Char(' ') + unit;
}

} // namespace wattelier::chartstyle
