// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/appliance.h"
#include "wattmeterreading.h"

#include <optional>

#include <QList>
#include <QString>

namespace wattelier {

/*! Where a yearly figure comes from. */
enum class ConsumptionSource
{
    Estimated, //!< from the inventory's nominal values only
    Measured,  //!< every term of the figure comes from wattmeter readings
    Mixed,     //!< some terms measured, others nominal
};

QString key(ConsumptionSource source);
QString label(ConsumptionSource source);

/*! An appliance's yearly consumption: the estimate, the measured figure if any, and the one used.
 */
struct ApplianceConsumption
{
    double estimatedKwhPerYear = 0.0;
    std::optional<double> measuredKwhPerYear;
    double kwhPerYear = 0.0; //!< measured when there is one, else estimated: what totals use
    ConsumptionSource source = ConsumptionSource::Estimated;
    int readingsUsed = 0;
};

/*!
 * The one implementation of measured annual consumption (used by the tables,
 * the comparison, the totals and the command line). Readings are of one unit;
 * the result counts the appliance's quantity.
 *
 * - Energy over a duration (kWh after N hours) extrapolates to a year:
 *   quantity × mean(kWh / h) × 8760. This measures everything, standby
 *   included, so the figure is "measured".
 * - Otherwise readings replace nominal values in the estimate formula: power
 *   when on replaces P_on (hours mode), standby replaces P_standby, energy per
 *   cycle replaces kWh per cycle (cycles mode). The figure is "measured" when
 *   every power or energy term of the formula is replaced, "mixed" when some are.
 * - Several readings of the same kind are averaged.
 * - Readings that do not fit the appliance's usage (energy per cycle on an
 *   appliance counted in hours, power on one counted in cycles) are not used.
 */
ApplianceConsumption applianceConsumption(const Appliance &appliance,
                                          const QList<WattmeterReading> &readings);

/*! Mean value of the readings of one kind, if there is any. */
std::optional<double> meanOf(const QList<WattmeterReading> &readings, ReadingKind kind);

/*!
 * Yearly standby energy of an appliance in kWh: quantity × P_standby × the
 * hours it is not running, with P_standby measured when there is a reading.
 */
double standbyKwhPerYear(const Appliance &appliance, const QList<WattmeterReading> &readings);

} // namespace wattelier
