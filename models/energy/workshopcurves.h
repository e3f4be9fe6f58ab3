// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outcome.h"
#include "energy/consumptionprofile.h"
#include "energy/energybalance.h"

#include <optional>
#include <vector>

namespace wattelier {

class Workshop;

/*! What the curves of a workshop are made of; chosen on the curves page. */
struct CurveOptions
{
    qint64 householdId = 0;          //!< 0: the whole group
    bool estimateProduction = false; //!< use the kWp estimate even where production is measured
    bool inventoryOnly = false;      //!< ignore measured consumption
    std::optional<int> year;         //!< Brussels calendar year; default: defaultCurveYear()
    bool keepHouseholds = false;     //!< keep each household's curves (the peaks need them)
    bool flexibleLoads = false;      //!< the movable loads (WorkshopCurves::flexible), for shifts
};

/*! One household's part of the group's curves, on the curves' grid. */
struct HouseholdCurves
{
    qint64 householdId = 0;
    RegularSeries consumption;   //!< measured where it is, its inventory's estimate elsewhere
    RegularSeries ownProduction; //!< its own production series summed; empty without panels
};

/*! Where the production curve comes from. */
enum class ProductionSource
{
    None,      //!< nothing measured and no installation described
    Measured,  //!< the sum of the production series
    Estimated, //!< estimatePvSeries() from the workshop's PV installation
};

/*!
 * Production and consumption of a group (or one household) over one
 * Brussels calendar year, on one grid, with how each was obtained.
 */
struct WorkshopCurves
{
    AlignedCurves curves;
    int year = 0;
    ProductionSource productionSource = ProductionSource::None;
    int productionSeries = 0;    //!< measured series summed
    int measuredHouseholds = 0;  //!< households whose measured consumption is used
    int estimatedHouseholds = 0; //!< households estimated from their inventory (gaps filled too)
    //! Of the estimated households, those with measured consumption in other years only.
    int measuredInOtherYears = 0;
    double estimatedConsumptionKwh = 0; //!< the inventories' yearly total
    //! Movable loads on the curves' grid, with CurveOptions::flexibleLoads only.
    std::vector<ApplianceLoad> flexible;
    std::vector<HouseholdCurves> households; //!< with CurveOptions::keepHouseholds only
};

/*!
 * The year the curves show by default: the latest Brussels calendar year
 * with at least half as many days of measured production as the best one;
 * without production, of any measured series; without any series, the last
 * complete year.
 */
int defaultCurveYear(const Workshop &workshop);

/*!
 * Assembles the curves the balance is computed on:
 * - production: the production series (of the household, or all of them for
 *   the group) summed, or the PV estimate of the workshop's installation
 *   when none is measured or \a options asks for it;
 * - consumption: per household, its measured consumption (a consumption
 *   series, or offtake + production − injection) where there is one,
 *   the inventory's estimate elsewhere; the group is the sum of its
 *   households, or a group-level consumption series where it has data.
 * The grid is 15 minutes, or coarser when a measured series is.
 */
WorkshopCurves workshopCurves(const Workshop &workshop, const CurveOptions &options = {});

/*! A period within one Brussels calendar year: the curves are assembled by year. */
struct YearPart
{
    int year = 0;
    qint64 fromUtc = 0;
    qint64 toUtc = 0; //!< exclusive
};

/*!
 * The part of a year \a fromUtc and \a toUtc give (each defaulting to the
 * year's bounds; the year is defaultCurveYear() when neither is given).
 * Refused, with a sentence saying why, when the period is empty or spans two
 * calendar years.
 */
Outcome<YearPart> yearPartOf(const Workshop &workshop, std::optional<qint64> fromUtc,
                             std::optional<qint64> toUtc);

/*!
 * Why the consumption of these curves is not the inventories' yearly
 * estimate (the inventory page's figure), when it is not: measured data
 * replaces the estimate for some households, and a year's balance counts only
 * the quarter hours with data (\a coverage, 0–1). Empty when nothing differs.
 * One sentence for the curves page and the documents alike (#20).
 */
QString consumptionScopeNote(const WorkshopCurves &curves, double coverage);

} // namespace wattelier
