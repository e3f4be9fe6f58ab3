// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenarioevaluation.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace wattelier {
namespace {

struct ScenarioEvaluationText
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioEvaluation)
};

bool isChosen(const ApplianceLoad &load, const Scenario &scenario)
{
    return (load.flexibility == Flexibility::WithinDay && scenario.shiftWithinDay) ||
           (load.flexibility == Flexibility::AcrossDays && scenario.shiftAcrossDays);
}

} // namespace

ScenarioResult evaluateScenario(const WorkshopCurves &curves, const Scenario &scenario,
                                std::optional<double> installedKwp)
{
    ScenarioResult result;
    result.today = balanceOf(curves.curves);
    result.scenario = result.today;
    if (scenario.targetKwp) {
        if (!installedKwp || *installedKwp <= 0) {
            result.error =
                ScenarioEvaluationText::tr(
                    "Give the peak power of today's installation (PV installation…) to compare it "
                    "with %1 kWp.")
                    .arg(*scenario.targetKwp);
            return result;
        }
        result.productionFactor = *scenario.targetKwp / *installedKwp;
    }
    RegularSeries production = curves.curves.production;
    for (float &v : production.kwh)
        v = float(v * result.productionFactor);

    std::vector<ApplianceLoad> chosen;
    for (const ApplianceLoad &load : curves.flexible)
        if (isChosen(load, scenario))
            chosen.push_back(load);
    AlignedCurves after{production, curves.curves.consumption};
    if (!chosen.empty() && !production.kwh.empty()) {
        ShiftResult shifted = shiftIntoProduction(production, curves.curves.consumption, chosen);
        after.consumption = std::move(shifted.consumption);
        result.appliances = std::move(shifted.appliances);
        std::stable_sort(result.appliances.begin(), result.appliances.end(),
                         [](const ShiftedAppliance &a, const ShiftedAppliance &b) {
                             return a.selfConsumedGainKwh > b.selfConsumedGainKwh;
                         });
    }
    result.scenario = balanceOf(after);
    return result;
}

} // namespace wattelier
