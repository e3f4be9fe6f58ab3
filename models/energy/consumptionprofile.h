// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/appliance.h"
#include "timeseries/series.h"
#include "wattmeter/wattmeterreading.h"

#include <array>
#include <functional>
#include <vector>

#include <QHash>
#include <QList>

namespace wattelier {

/*!
 * When an appliance is used over a typical week and year: relative weights
 * for the 168 hours of a week (Monday 00:00–01:00 local time first) and for
 * the 12 months. Only ratios matter; the weights need not sum to anything.
 */
struct UsagePattern
{
    std::array<double, 168> hourOfWeek{};
    std::array<double, 12> month{};
};

/*!
 * The typical pattern of an appliance, from its category (cooking at meal
 * times, lighting in the evening and more in winter, cold appliances and
 * ventilation flat, ...), refined by its catalogue key where that says more
 * (a dishwasher after dinner, a router always on) and by its usage (an
 * appliance on 24 h a day is flat; one used 2 days a week leans to the weekend).
 */
UsagePattern usagePatternFor(const Appliance &appliance);

/*!
 * Spreads \a kwh over the Brussels calendar year \a year on a UTC grid of
 * \a intervalS seconds (900 or 3600), following \a pattern in local time
 * (daylight saving included). The values sum to \a kwh.
 */
RegularSeries spreadOverYear(const UsagePattern &pattern, double kwh, int year, int intervalS);

/*!
 * An appliance's estimated load curve, kept apart when it can move. The
 * curve is either kept (\c movable) or made again when asked for
 * (\c makeMovable): a group of 250 households has a thousand flexible
 * appliances, whose years of quarter hours took 140 MB when all kept (#23).
 */
struct ApplianceLoad
{
    qint64 applianceId = 0;
    qint64 householdId = 0;
    QString name;
    Flexibility flexibility = Flexibility::None;
    double kwhPerYear = 0;        //!< what the totals use (measured when there is a reading)
    double movableKwhPerYear = 0; //!< running energy; standby stays where it is
    double maxKw = 0;             //!< quantity × power when on; 0 when unknown
    UsagePattern pattern;         //!< how the running energy is spread over the year
    RegularSeries movable;        //!< the running energy over the year, when kept
    //! Makes the curve when it is not kept; its values' sum is \c madeKwh.
    std::function<RegularSeries()> makeMovable;
    double madeKwh = 0;

    /*! The running energy over the year: the kept curve, or one made now. */
    RegularSeries movableCurve() const;
    /*! The sum of movableCurve()'s values (gaps left out), without making it. */
    double movableCurveKwh() const;
};

/*! A household's or group's consumption estimated from the inventory. */
struct InventoryProfile
{
    RegularSeries total;                 //!< all appliances, standby included
    double totalKwh = 0;                 //!< equals the inventory's total
    std::vector<ApplianceLoad> flexible; //!< appliances that could run at another time
};

/*!
 * Which curves inventoryProfile() spreads over the year; the yearly total is
 * always counted. A household measured the whole year needs no estimated
 * curve, and only the "what if" shift needs the movable loads: spreading is
 * most of the time the curves of 250 households take (#23).
 */
struct ProfileParts
{
    bool total = true;    //!< InventoryProfile::total
    bool flexible = true; //!< InventoryProfile::flexible, each with its movable curve
};

/*!
 * The consumption curve of an inventory: each appliance's yearly kWh (from
 * applianceConsumption(), so wattmeter readings count) spread over the year
 * by its usage pattern, its standby part spread evenly. Appliances with
 * flexibility WithinDay or AcrossDays are also returned one by one, for the
 * "what if" shift. \a readings are grouped by appliance id.
 */
InventoryProfile inventoryProfile(const QList<Appliance> &appliances,
                                  const QHash<qint64, QList<WattmeterReading>> &readings, int year,
                                  int intervalS, ProfileParts parts = {});

} // namespace wattelier
