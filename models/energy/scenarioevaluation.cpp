// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenarioevaluation.h"

#include "energy/localperiods.h"
#include "peaks/peakfigures.h"

#include <QDate>

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

GroupPeak groupPeakOf(const AlignedCurves &curves, int year, std::optional<double> thresholdKw)
{
    RegularSeries net = curves.consumption;
    net.estimated.clear();
    for (std::size_t i = 0; i < net.kwh.size(); ++i)
        net.kwh[i] -= i < curves.production.kwh.size() ? curves.production.kwh[i] : std::nanf("");
    const UtcPeriod period = periodContaining(PeriodKind::Year, QDate(year, 1, 1));
    const PeakFigures figures =
        peakFigures(net, {}, {period.fromUtc, period.toUtc, year, thresholdKw});
    GroupPeak peak;
    peak.peakKw = figures.peakKw;
    peak.peakAtUtc = figures.peakAtUtc;
    if (thresholdKw)
        peak.quarterHoursAboveThreshold = figures.quarterHoursAboveThreshold;
    return peak;
}

ScenarioResult evaluateScenario(const WorkshopCurves &curves, const Scenario &scenario,
                                std::optional<double> installedKwp,
                                std::optional<double> thresholdKw)
{
    ScenarioResult result;
    result.today = balanceOf(curves.curves);
    result.scenario = result.today;
    result.todayPeak = groupPeakOf(curves.curves, curves.year, thresholdKw);
    result.scenarioPeak = result.todayPeak;
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
        ShiftResult shifted = shiftFlexibleLoads(production, curves.curves.consumption, chosen,
                                                 scenario.shiftObjective);
        after.consumption = std::move(shifted.consumption);
        result.appliances = std::move(shifted.appliances);
        // Biggest gain first: self-consumption in the sun, energy moved off the peak.
        const bool offPeak = scenario.shiftObjective == ShiftObjective::AwayFromPeak;
        std::stable_sort(result.appliances.begin(), result.appliances.end(),
                         [offPeak](const ShiftedAppliance &a, const ShiftedAppliance &b) {
                             return offPeak ? a.movedKwh > b.movedKwh
                                            : a.selfConsumedGainKwh > b.selfConsumedGainKwh;
                         });
    }
    result.scenario = balanceOf(after);
    result.scenarioPeak = groupPeakOf(after, curves.year, thresholdKw);
    return result;
}

} // namespace wattelier
