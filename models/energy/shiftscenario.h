// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "energy/consumptionprofile.h"
#include "timeseries/series.h"

#include <vector>

namespace wattelier {

/*! One flexible appliance moved by the "what if" shift. */
struct ShiftedAppliance
{
    qint64 applianceId = 0;
    qint64 householdId = 0;
    QString name;
    Flexibility flexibility = Flexibility::None;
    double kwhPerYear = 0;
    double movedKwh = 0;            //!< energy that now runs at another time
    double selfConsumedGainKwh = 0; //!< self-consumption gained by moving this appliance
};

struct ShiftResult
{
    RegularSeries consumption; //!< the consumption after the shift, on the production's grid
    std::vector<ShiftedAppliance> appliances; //!< in the order they were moved
};

/*!
 * "What if the flexible appliances ran in the sunniest hours?" Each flexible
 * appliance's running energy is taken out of \a consumption and put back
 * into the intervals with the most surplus production: within the same
 * local day for "within the day", within the same local week (Monday to
 * Sunday) for "across days", never more per interval than the appliance's
 * power allows. A day or week is only changed when its self-consumption
 * does not decrease, so the scenario never does worse than today.
 * \a production and \a consumption must be aligned (same grid); each
 * load's curve must be on that grid too.
 */
ShiftResult shiftIntoProduction(const RegularSeries &production, const RegularSeries &consumption,
                                const std::vector<ApplianceLoad> &flexible);

} // namespace wattelier
