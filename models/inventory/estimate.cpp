// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimate.h"

#include "appliance.h"

#include <algorithm>

namespace wattelier {

double runningHoursPerYear(const Appliance &a)
{
    if (a.usageMode != UsageMode::Hours)
        return 0.0;
    return std::clamp(a.hoursPerDay * a.daysPerWeek * weeksPerYear, 0.0, hoursPerYear);
}

double estimatedKwhPerYear(const Appliance &a)
{
    const double standbyW = a.standbyW.value_or(0.0);
    double perUnit = 0.0;
    switch (a.usageMode) {
    case UsageMode::Hours: {
        const double onHours = runningHoursPerYear(a);
        perUnit = (a.powerW * onHours + standbyW * (hoursPerYear - onHours)) / 1000.0;
        break;
    }
    case UsageMode::Cycles:
        perUnit = a.kwhPerCycle * a.cyclesPerWeek * weeksPerYear + standbyW * hoursPerYear / 1000.0;
        break;
    }
    return a.quantity * perUnit;
}

} // namespace wattelier
