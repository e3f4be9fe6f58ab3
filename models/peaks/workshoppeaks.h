// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outcome.h"
#include "energy/workshopcurves.h"
#include "inventory/household.h"
#include "peaks/peakfigures.h"

#include <QList>

namespace wattelier {

class Workshop;

/*! The period and threshold of a workshop's peaks; the defaults are the curves' year, no threshold.
 */
struct WorkshopPeakOptions
{
    std::optional<qint64> fromUtc;     //!< within one Brussels calendar year with toUtc
    std::optional<qint64> toUtc;       //!< exclusive
    std::optional<double> thresholdKw; //!< default: the workshop's cabin (cabinOf)
};

struct WorkshopPeaks
{
    PeakFigures figures;
    QList<Household> households; //!< in the order of figures.households
    RegularSeries groupNet;      //!< the year's net load of the group (kWh per interval)
    int year = 0;
    ProductionSource productionSource = ProductionSource::None;
    int measuredHouseholds = 0;  //!< households whose measured consumption is used
    int estimatedHouseholds = 0; //!< estimated from their inventory
};

/*!
 * The peaks of the group behind the cabin over one Brussels calendar year (or
 * a part of it), on the same curves as the production page: each household's
 * measured consumption or its inventory's estimate, less its own panels; the
 * group's net load also less the production no household owns (a shared
 * installation, or the workshop's estimated one). Refused, with a sentence
 * saying why, when the period is empty or spans two calendar years.
 */
Outcome<WorkshopPeaks> workshopPeaks(const Workshop &workshop, const WorkshopPeakOptions &options);

} // namespace wattelier
