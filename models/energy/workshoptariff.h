// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "energy/energybalance.h"

#include <QString>

namespace wattelier {

class Workshop;

/*!
 * The electricity prices of a workshop (#19): stored in the workshop file, so
 * that the window, the printed documents and the command line give the same
 * euros for the same workshop on any laptop. Until the facilitator sets them,
 * the defaults of Tariff (0.35 €/kWh taken, 0.04 €/kWh sent) apply.
 */
Tariff workshopTariff(const Workshop &workshop);

/*! Why \a tariff cannot be used (a price below 0 or above 5 €/kWh), or empty. */
QString validateTariff(const Tariff &tariff);

/*! Stores \a tariff as one undoable change; returns why not (invalid, not written), or empty. */
QString setWorkshopTariff(Workshop &workshop, const Tariff &tariff);

} // namespace wattelier
