// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wattelier::ui {

/*!
 * Preferences kept with QSettings that calculations take as parameters (the
 * models never read settings themselves).
 */
double electricityPriceEurPerKwh();
void setElectricityPriceEurPerKwh(double price);

/*! What the grid operator's supplier pays for a kWh sent to the grid, €/kWh. */
double injectionPriceEurPerKwh();
void setInjectionPriceEurPerKwh(double price);
inline constexpr double defaultInjectionPriceEurPerKwh = 0.04;

/*! Resolution of the group's wattmeters when a wattmeter's own is unknown, in W. */
double wattmeterResolutionW();
void setWattmeterResolutionW(double watts);

/*!
 * The screen the wall goes to during a presentation, as an index in
 * QGuiApplication::screens(); -1: automatic (the second screen when there is one).
 */
int projectionScreenChoice();
void setProjectionScreenChoice(int screen);

/*!
 * The facilitator's PIN that locks the "My household" window, as a salted
 * hash (models/pinlock.h); empty when no PIN is set. The PIN itself is never stored.
 */
QString facilitatorPinHash();
void setFacilitatorPinHash(const QString &hash);
bool hasFacilitatorPin();

} // namespace wattelier::ui
