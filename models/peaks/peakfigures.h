// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/series.h"

#include <array>
#include <optional>
#include <vector>

namespace wattelier {

/*!
 * What the facilitator chooses for the peaks: the period (UTC instants,
 * [fromUtc, toUtc)), the Brussels calendar year whose months the monthly
 * peaks count, and the cabin's threshold in kW (its capacity in kVA times a
 * power factor), if one is set.
 */
struct PeakOptions
{
    qint64 fromUtc = 0;
    qint64 toUtc = 0;
    int year = 0;
    std::optional<double> thresholdKw;
};

/*! One household's peaks, on its own net load (consumption minus its own panels). */
struct HouseholdPeak
{
    double peakKw = 0;                   //!< highest mean power drawn over one interval (≥ 0)
    std::optional<qint64> peakAtUtc;     //!< start of that interval; none without data
    std::optional<double> atGroupPeakKw; //!< its net load in the group's peak interval
    //! Per Brussels calendar month of the year (January first): the highest mean power
    //! drawn over one interval, as the Flemish capacity tariff counts it; none without data.
    std::array<std::optional<double>, 12> monthlyPeakKw;
};

/*!
 * The peaks of a group's physical net load (what the cabin carries: the
 * households' consumption minus every production behind it). Sharing keys
 * move money, not electrons, so they do not change these figures.
 */
struct PeakFigures
{
    qint64 fromUtc = 0;
    qint64 toUtc = 0;
    int intervalS = 0;
    qint64 intervals = 0;         //!< in the period
    qint64 intervalsWithData = 0; //!< where the group's net load is known

    double peakKw = 0;               //!< highest mean net power drawn over one interval
    std::optional<qint64> peakAtUtc; //!< start of that interval
    double reversePeakKw = 0;        //!< highest mean power sent back (0 when never)
    std::optional<qint64> reversePeakAtUtc;
    double averageKw = 0; //!< mean net power over the intervals with data

    /*!
     * Σ of the households' own peaks, whenever each happened; the coincidence
     * factor is peakKw / sumIndividualPeaksKw (1: everyone peaks together).
     */
    double sumIndividualPeaksKw = 0;
    std::optional<double> coincidenceFactor;
    std::optional<double> loadFactor;    //!< averageKw / peakKw
    std::optional<double> peakToAverage; //!< peakKw / averageKw

    std::optional<double> thresholdKw;
    qint64 intervalsAboveThreshold = 0;        //!< drawn above the threshold
    qint64 intervalsReverseAboveThreshold = 0; //!< sent back above the threshold
    //! Quarter hours above the threshold in either direction (an hourly interval counts 4).
    double quarterHoursAboveThreshold = 0;
    std::optional<double> shareAboveThreshold; //!< of the intervals with data, either direction

    /*!
     * The load-duration curve in 100 points: point i (0–99) is the net power
     * reached or exceeded during i % of the intervals with data (point 0 is
     * the peak). Empty without data.
     */
    std::vector<double> durationCurveKw;

    //! The group's highest mean power drawn over one interval in each Brussels calendar
    //! month of the year (January first); none for a month without data in the period.
    std::array<std::optional<double>, 12> monthlyPeakKw;

    std::vector<HouseholdPeak> households; //!< in the order given
};

/*!
 * The peaks of \a groupNet (kWh per interval, net of production: negative when
 * the group sends energy back) and of each household's own net load, over
 * \a options' period. All series share one grid. Intervals with a gap (NaN)
 * do not count; a household without data in the group's peak interval has no
 * contribution there.
 */
PeakFigures peakFigures(const RegularSeries &groupNet,
                        const std::vector<RegularSeries> &householdNets,
                        const PeakOptions &options);

} // namespace wattelier
