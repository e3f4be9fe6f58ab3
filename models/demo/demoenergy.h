// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace wattelier {

class Workshop;

/*!
 * The demo's energy side (part of writeDemoWorkshop()): a shared PV
 * installation on the common house with a year of quarter-hour production,
 * two households with a year of smart-meter consumption, and two "what if"
 * scenarios. Simulated data, labelled as such; the rest of the group is
 * estimated from the inventories.
 */
bool addDemoEnergy(Workshop &workshop);

} // namespace wattelier
