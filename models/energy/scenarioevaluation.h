// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "energy/energybalance.h"
#include "energy/scenario.h"
#include "energy/shiftscenario.h"
#include "energy/workshopcurves.h"

#include <optional>

namespace wattelier {

/*! A scenario's figures next to today's. */
struct ScenarioResult
{
    EnergyBalance today;
    EnergyBalance scenario;
    double productionFactor = 1.0;            //!< target kWp ÷ today's kWp
    std::vector<ShiftedAppliance> appliances; //!< moved appliances, biggest gain first
    QString error; //!< why the scenario could not be computed (translated), or empty
};

/*!
 * Applies a scenario to the curves: production scaled to the target peak
 * power (needs today's peak power, \a installedKwp), then the chosen flexible
 * appliances shifted into the sunniest hours of the scaled production.
 */
ScenarioResult evaluateScenario(const WorkshopCurves &curves, const Scenario &scenario,
                                std::optional<double> installedKwp);

} // namespace wattelier
