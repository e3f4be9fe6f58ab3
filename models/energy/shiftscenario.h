// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "energy/consumptionprofile.h"
#include "energy/scenario.h"
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

/*!
 * The same shift with a choice of \a objective. Away from the peak, each
 * flexible appliance's running energy in a day (or week) is taken out and put
 * back where the group's net load (consumption − production) is lowest,
 * raising those intervals to one level, never more per interval than the
 * appliance's power allows: the lowest highest-point the day can have with
 * that appliance. A day or week is only changed when its highest net load
 * goes down. The records' self-consumption gains are counted too, and may
 * then be negative.
 */
ShiftResult shiftFlexibleLoads(const RegularSeries &production, const RegularSeries &consumption,
                               const std::vector<ApplianceLoad> &flexible,
                               ShiftObjective objective);

} // namespace wattelier
