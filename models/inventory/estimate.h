// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace wattelier {

struct Appliance;

/*! Hours in a (non-leap) year; the inventory works on typical years. */
inline constexpr double hoursPerYear = 8760.0;
/*! Weeks in a year as used by the estimates: 365 / 7. */
inline constexpr double weeksPerYear = 365.0 / 7.0;

/*!
 * Estimated electricity use of an appliance in kWh per year, the one
 * implementation used by tables, charts, reports and the command line.
 *
 * Hours mode:  quantity × [P_on × h × d × 365/7 + P_standby × (8760 − h × d × 365/7)] / 1000
 * Cycles mode: quantity × [kWh_per_cycle × cycles × 365/7 + P_standby × 8760 / 1000]
 *
 * Standby counts only when a standby power is given. Running hours are
 * clamped to the year so that a mistyped "30 h/day" never makes standby negative.
 */
double estimatedKwhPerYear(const Appliance &appliance);

/*!
 * Hours a year the appliance runs (hours mode: h × d × 365/7, clamped to the
 * year); 0 in cycles mode, whose energy is counted per cycle.
 */
double runningHoursPerYear(const Appliance &appliance);

} // namespace wattelier
