// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/parseresult.h"

#include <vector>

#include <QCoreApplication>

namespace wattelier {

/*! What the numbers of a source mean. */
enum class SourceQuantity
{
    EnergyPerInterval, //!< Wh or kWh in each interval
    MeanPower,         //!< W or kW averaged over each interval
    CumulativeIndex,   //!< a meter index (Wh or kWh) read at each instant
};

/*! Whether a row's time is the start or the end of its interval. */
enum class StampAt
{
    Start,
    End
};

/*!
 * Turns the (instant, value) samples a parser reads into a RegularSeries of
 * kWh per interval: sorts them, drops identical duplicates, refuses
 * conflicting ones, converts power and indexes to energy, and lays the values
 * on a regular grid where missing intervals stay gaps.
 *
 * A cumulative index keeps the meter's advance (#18): a fall to near zero
 * (below 10 % of the previous reading, as Home Assistant reads
 * total_increasing sensors) is a new counter; a smaller step back is a
 * correction, taken off the following rises (or, at the end, the preceding
 * ones) and reported; a rise across missing readings is spread evenly over
 * the intervals it spans, which are marked estimated.
 */
class SeriesBuilder
{
    Q_DECLARE_TR_FUNCTIONS(SeriesBuilder)

public:
    /*!
     * \a unitToBase converts the source unit to kWh (energy, index) or kW
     * (power): 0.001 for Wh and W, 1 for kWh and kW. \a intervalS 0 means
     * "the most frequent step between instants".
     */
    SeriesBuilder(SourceQuantity quantity, StampAt stamp, double unitToBase, int intervalS = 0);

    void add(qint64 utc, double value, int line) { mSamples.push_back({utc, value, line}); }
    std::size_t size() const { return mSamples.size(); }
    void setFixedInterval(int intervalS) { mIntervalS = intervalS; }

    /*!
     * The regular series, or nullopt with \a problem set (its file is left
     * for the caller). Corrections are counted in \a warnings.
     */
    std::optional<RegularSeries> build(ImportWarnings &warnings, ImportProblem &problem);

    /*!
     * For irregular cumulative sources (a Home Assistant counter): each
     * increase is spread over the \a intervalS grid slots it spans.
     */
    std::optional<RegularSeries> buildResampled(int intervalS, ImportWarnings &warnings,
                                                ImportProblem &problem);

    /*! The most frequent step between distinct sorted instants; 0 if fewer than two. */
    static int mostFrequentStep(const std::vector<qint64> &sortedInstants);

private:
    struct Sample
    {
        qint64 utc;
        double value;
        int line;
    };

    bool sortAndDeduplicate(ImportWarnings &warnings, ImportProblem &problem);
    /*!
     * The rise from \a previous to \a current in the source unit, after
     * resets and corrections; \a debt carries corrections not yet taken off.
     */
    double indexRise(const Sample &previous, const Sample &current, double &debt,
                     ImportWarnings &warnings) const;

    SourceQuantity mQuantity;
    StampAt mStamp;
    double mUnitToBase;
    int mIntervalS;
    std::vector<Sample> mSamples;
};

} // namespace wattelier
