// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "energy/energybalance.h"
#include "energy/scenario.h"
#include "energy/shiftscenario.h"
#include "energy/workshopcurves.h"

#include <optional>

namespace wattelier {

/*! The group's highest net load drawn, and how long it stays above the cabin's threshold. */
struct GroupPeak
{
    double peakKw = 0;               //!< highest mean net power drawn over one interval
    std::optional<qint64> peakAtUtc; //!< start of that interval; none without data
    //! Quarter hours drawn or sent back above the threshold; none without a threshold.
    std::optional<double> quarterHoursAboveThreshold;
};

/*! A scenario's figures next to today's. */
struct ScenarioResult
{
    EnergyBalance today;
    EnergyBalance scenario;
    GroupPeak todayPeak;
    GroupPeak scenarioPeak;
    double productionFactor = 1.0;            //!< target kWp ÷ today's kWp
    std::vector<ShiftedAppliance> appliances; //!< moved appliances, biggest gain first
    QString error; //!< why the scenario could not be computed (translated), or empty
};

/*!
 * Applies a scenario to the curves: production scaled to the target peak
 * power (needs today's peak power, \a installedKwp), then the chosen flexible
 * appliances shifted into the sunniest hours of the scaled production, or
 * away from the group's peak (Scenario::shiftObjective). The peaks are those
 * of the group's net load, with \a thresholdKw the cabin's (peaks/cabin.h).
 */
ScenarioResult evaluateScenario(const WorkshopCurves &curves, const Scenario &scenario,
                                std::optional<double> installedKwp,
                                std::optional<double> thresholdKw = std::nullopt);

/*! The peak of \a curves' net load (consumption − production) over their year. */
GroupPeak groupPeakOf(const AlignedCurves &curves, int year, std::optional<double> thresholdKw);

} // namespace wattelier
