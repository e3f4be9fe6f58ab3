// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/series.h"

#include <array>
#include <optional>

#include <QString>

namespace wattelier {

/*! A PV installation as the estimate needs it. */
struct PvSystem
{
    double kwp = 0;               //!< peak power, kWp
    double tiltDeg = 35;          //!< 0 = flat, 90 = vertical
    double azimuthDeg = 180;      //!< clockwise from north, as pvlib counts: 90 east, 180 south
    double latitudeDeg = 50.7986; //!< Uccle, the Royal Meteorological Institute's station
    double longitudeDeg = 4.3581;
    /*! A measured annual yield in kWh/kWp that replaces the model's own. */
    std::optional<double> yieldKwhPerKwp;
};

/*! Empty when the installation can be estimated, else a translated reason. */
QString validatePvSystem(const PvSystem &system);

/*! Production of a typical year, per calendar month (January first). */
struct PvEstimate
{
    double annualKwh = 0;
    std::array<double, 12> monthlyKwh{};
};

/*!
 * Estimated production of a typical year. Solar geometry and a clear-sky
 * model give the shape of each day at the installation's tilt and
 * orientation; each month is scaled to the published mean monthly global
 * irradiation at Uccle (source in resources/solar/). A south-facing 35°
 * installation in Brussels yields about 900 kWh/kWp a year; a measured
 * yield, when given, scales the whole year to it.
 */
PvEstimate estimatePv(const PvSystem &system);

/*!
 * The same estimate as a series over the Brussels calendar year \a year
 * (local 1 January 00:00 to the next), on a UTC grid of \a intervalS seconds
 * (900 or 3600). Days vary from grey to sunny, deterministically for a given
 * year, and each month's total equals estimatePv()'s.
 */
RegularSeries estimatePvSeries(const PvSystem &system, int year, int intervalS = 900);

} // namespace wattelier
