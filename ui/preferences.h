// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wattelier::ui {

/*!
 * Preferences of this laptop, kept with QSettings. Nothing here changes a
 * figure: prices belong to the workshop (models/energy/workshoptariff.h), so
 * the command line never reads these.
 */
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
