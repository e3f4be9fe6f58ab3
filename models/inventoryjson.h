#pragma once

#include <QJsonObject>

namespace wattelier {

class Workshop;

/*!
 * The inventory as the command line prints it: households with their
 * appliances and estimated kWh/year, totals by priority, by category, per
 * household and for the group. Enumerations use their stable English keys.
 */
QJsonObject inventoryJson(const Workshop &workshop);

} // namespace wattelier
