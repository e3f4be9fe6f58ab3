#pragma once

namespace wattelier::ui {

/*!
 * Preferences kept with QSettings that calculations take as parameters (the
 * models never read settings themselves).
 */
double electricityPriceEurPerKwh();
void setElectricityPriceEurPerKwh(double price);

/*! Resolution of the group's wattmeters when a wattmeter's own is unknown, in W. */
double wattmeterResolutionW();
void setWattmeterResolutionW(double watts);

} // namespace wattelier::ui
