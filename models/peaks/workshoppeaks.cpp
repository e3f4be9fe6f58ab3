// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshoppeaks.h"

#include "core/units.h"
#include "core/workshop.h"
#include "energy/localperiods.h"
#include "inventory/householdstore.h"
#include "peaks/cabin.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

namespace wattelier {
namespace {

/*!
 * consumption − production per interval, in place of the consumption; NaN
 * where either is a gap (an empty production is 0).
 */
RegularSeries netOf(RegularSeries consumption, const RegularSeries &production)
{
    consumption.estimated.clear();
    if (production.kwh.empty())
        return consumption;
    for (std::size_t i = 0; i < consumption.kwh.size(); ++i)
        consumption.kwh[i] =
            i < production.kwh.size() ? consumption.kwh[i] - production.kwh[i] : std::nanf("");
    return consumption;
}

} // namespace

Outcome<WorkshopPeaks> workshopPeaks(const Workshop &workshop, const WorkshopPeakOptions &options)
{
    const Outcome<YearPart> part = yearPartOf(workshop, options.fromUtc, options.toUtc);
    if (!part)
        return Outcome<WorkshopPeaks>::refused(part.error());
    const int year = part->year;
    const qint64 from = part->fromUtc;
    const qint64 to = part->toUtc;

    CurveOptions curveOptions;
    curveOptions.year = year;
    curveOptions.keepHouseholds = true;
    WorkshopCurves curves = workshopCurves(workshop, curveOptions);

    WorkshopPeaks peaks;
    peaks.year = year;
    peaks.productionSource = curves.productionSource;
    peaks.measuredHouseholds = curves.measuredHouseholds;
    peaks.estimatedHouseholds = curves.estimatedHouseholds;
    std::vector<RegularSeries> householdNets;
    householdNets.reserve(curves.households.size());
    QHash<qint64, Household> byId; // one read of the list, not a query per household
    for (const Household &h : workshop.households().all())
        byId.insert(h.id, h);
    for (HouseholdCurves &h : curves.households) {
        householdNets.push_back(netOf(std::move(h.consumption), h.ownProduction));
        peaks.households.append(byId.value(h.householdId));
    }
    curves.households.clear(); // a year of 250 households: let it go before the sort
    peaks.groupNet = netOf(std::move(curves.curves.consumption), curves.curves.production);
    const std::optional<double> threshold =
        options.thresholdKw ? options.thresholdKw : cabinOf(workshop).thresholdKw();
    peaks.figures = peakFigures(peaks.groupNet, householdNets, {from, to, year, threshold});
    return peaks;
}

} // namespace wattelier
