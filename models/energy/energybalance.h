// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/series.h"

#include <optional>
#include <vector>

namespace wattelier {

/*!
 * Energy balance of a period: what was produced, consumed, used on the spot,
 * sent to the grid and taken from it. The one implementation behind the
 * curves page, the "what if" scenarios, the reports and `wattelier balance`.
 *
 * Interval by interval, on a common grid:
 *   self-consumed = min(production, consumption)
 *   injected      = production − self-consumed
 *   offtake       = consumption − self-consumed
 * Only intervals where both curves have data count; the others are reported
 * through coverage. Rates are ratios of the period's sums (a group's rate is
 * computed on its summed curves, never by averaging households' rates).
 */
struct EnergyBalance
{
    double productionKwh = 0;
    double consumptionKwh = 0;
    double selfConsumedKwh = 0;
    double injectedKwh = 0;
    double offtakeKwh = 0;
    int intervalS = 0;
    qint64 fromUtc = 0;           //!< start of the period examined
    qint64 toUtc = 0;             //!< end (exclusive)
    qint64 intervals = 0;         //!< intervals in the period
    qint64 intervalsWithBoth = 0; //!< intervals counted
    qint64 productionGaps = 0;    //!< intervals without production data
    qint64 consumptionGaps = 0;   //!< intervals without consumption data
    /*!
     * Of the intervals counted, those where either curve is estimated (a
     * meter's rise spread over missing readings, #18): counted in the sums,
     * reported apart from the measured ones.
     */
    qint64 intervalsEstimated = 0;

    /*! Share of production used on site, 0–1; nullopt without production. */
    std::optional<double> selfConsumptionRate() const;
    /*! Share of consumption covered by production, 0–1; nullopt without consumption. */
    std::optional<double> selfSufficiencyRate() const;
    /*! Share of the period's intervals where both curves have data, 0–1. */
    double coverage() const;
};

/*! Production and consumption on the same grid, the same length. */
struct AlignedCurves
{
    RegularSeries production;
    RegularSeries consumption;
};

/*!
 * Brings a series to a coarser interval (a multiple of its own) on the grid
 * whose instants are \a originUtc + k × \a intervalS. A coarse interval has a
 * value only when every fine interval inside it has one: a partial sum would
 * look like a dip. Returns the series unchanged when the interval is the same.
 */
RegularSeries resampleTo(const RegularSeries &series, int intervalS, qint64 originUtc);

/*!
 * The interval both series can be compared on: the coarser one, or their
 * least common multiple when neither divides the other; 0 when either is empty.
 */
int commonInterval(int intervalA, int intervalB);

/*!
 * Aligns production and consumption on their common interval, over
 * [fromUtc, toUtc) when given, else over the span of both series. Instants
 * outside a series are gaps. Period bounds are rounded outwards to the grid.
 */
AlignedCurves alignCurves(const RegularSeries &production, const RegularSeries &consumption,
                          std::optional<qint64> fromUtc = std::nullopt,
                          std::optional<qint64> toUtc = std::nullopt);

/*! The balance of two aligned curves over [fromUtc, toUtc) (the whole curves by default). */
EnergyBalance balanceOf(const AlignedCurves &curves, std::optional<qint64> fromUtc = std::nullopt,
                        std::optional<qint64> toUtc = std::nullopt);

/*! alignCurves() then balanceOf(): the balance of any two series over a period. */
EnergyBalance energyBalance(const RegularSeries &production, const RegularSeries &consumption,
                            std::optional<qint64> fromUtc = std::nullopt,
                            std::optional<qint64> toUtc = std::nullopt);

/*!
 * The sum of several series of one kind (three PV meters, the households of a
 * group) on their common interval. An interval has a value only when every
 * series has one there: a group total missing a home would be wrong, so it is
 * a gap and shows in the balance's coverage.
 */
RegularSeries sumStrict(const std::vector<RegularSeries> &series);
//! The same, taking the series: one series alone is moved, not copied.
RegularSeries sumStrict(std::vector<RegularSeries> &&series);

/*!
 * Consumption of a home or group with solar panels, from its grid meter and
 * its production: consumption = offtake + production − injection, interval
 * by interval (negative results from meters that are not quite simultaneous
 * are clamped to zero). The three series are aligned first.
 */
RegularSeries consumptionFromMeters(const RegularSeries &offtake, const RegularSeries &injection,
                                    const RegularSeries &production);

/*!
 * Electricity prices for the money figures: the workshop's own
 * (energy/workshoptariff.h), or these defaults, an order of size for Brussels
 * households in 2026.
 */
struct Tariff
{
    double offtakeEurPerKwh = 0.35;
    double injectionEurPerKwh = 0.04;
};

/*! What the balance is worth at a tariff. */
struct BalanceMoney
{
    double offtakeCostEur = 0;        //!< paid for what was taken from the grid
    double injectionRevenueEur = 0;   //!< received for what was sent to it
    double selfConsumedSavingEur = 0; //!< not bought thanks to self-consumption
};

BalanceMoney moneyOf(const EnergyBalance &balance, const Tariff &tariff);

} // namespace wattelier
