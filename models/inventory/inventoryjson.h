// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace wattelier {

class Workshop;

/*!
 * The inventory as the command line prints it: households with their
 * appliances and estimated kWh/year, totals by priority, by category, per
 * household and for the group. Each appliance carries its wattmeter readings,
 * its measured kWh/year when there is one, and `kwh_per_year`, the figure the
 * totals use, with its source. Enumerations use their stable English keys.
 */
QJsonObject inventoryJson(const Workshop &workshop, double priceEurPerKwh);

} // namespace wattelier
