// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appliance.h"
#include "household.h"
#include "wattmeter/wattmeterreading.h"

#include <QHash>
#include <QList>
#include <QMap>

namespace wattelier {

using ReadingsByAppliance = QHash<qint64, QList<WattmeterReading>>;

/*! Yearly kWh of a set of appliances, split by priority and by category. */
struct InventoryTotals
{
    double kwhPerYear = 0.0;
    int applianceCount = 0;
    int measuredCount = 0;             //!< appliances whose figure uses wattmeter readings
    QMap<Priority, double> byPriority; //!< Every priority present, zero when unused.
    QMap<Category, double> byCategory; //!< Every category present, zero when unused.
};

/*!
 * Sums the appliances' yearly figures: the measured value where readings give
 * one (applianceConsumption().kwhPerYear), else the estimate. Without
 * \a readings (nullptr), estimates only.
 */
InventoryTotals inventoryTotals(const QList<Appliance> &appliances,
                                const ReadingsByAppliance *readings = nullptr);

/*!
 * The homes of a group, its other participants (an association, a business)
 * left out: how many, their occupants and their inventories' yearly kWh, for
 * the "per household" and "per person" figures.
 */
struct HomesAverage
{
    int homes = 0;
    int people = 0;
    int otherParticipants = 0;
    double kwhPerYear = 0.0; //!< the homes' inventories
    double kwhPerHome() const { return homes > 0 ? kwhPerYear / homes : 0.0; }
    double kwhPerPerson() const { return people > 0 ? kwhPerYear / people : 0.0; }
};

HomesAverage homesAverage(const QList<Household> &households, const QList<Appliance> &appliances,
                          const ReadingsByAppliance *readings = nullptr);

/*! Share of \a part in \a whole, in percent; 0 when the whole is 0. */
double percentOf(double part, double whole);

} // namespace wattelier
