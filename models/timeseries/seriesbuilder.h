// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/parseresult.h"

#include <memory>
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
 * The instants of a table's rows, with their line numbers, kept once for all
 * its value columns: a wide table of 250 homes holds 35,040 instants, not
 * 8.76 million (#23).
 */
struct SharedInstants
{
    std::vector<qint64> utc;
    std::vector<int> line;
    void add(qint64 instant, int lineNumber)
    {
        utc.push_back(instant);
        line.push_back(lineNumber);
    }
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
    /*!
     * A builder of one column of a table whose rows all have a value in it:
     * it keeps only the values, for the instants of \a instants in order
     * (addNext()). Energies in kWh are kept as 4-byte floats, which is what
     * the series stores; other values as doubles.
     */
    SeriesBuilder(SourceQuantity quantity, StampAt stamp, double unitToBase, int intervalS,
                  std::shared_ptr<const SharedInstants> instants);

    void add(qint64 utc, double value, int line) { mSamples.push_back({utc, value, line}); }
    /*! The value at the next of the shared instants (see the second constructor). */
    void addNext(double value)
    {
        if (mCompact)
            mFloats.push_back(float(value));
        else
            mDoubles.push_back(value);
    }
    std::size_t size() const { return mSamples.size() + mFloats.size() + mDoubles.size(); }
    /*! Room for \a count values: a wide table's columns would else grow to twice their size. */
    void reserve(std::size_t count)
    {
        if (!mInstants)
            mSamples.reserve(count);
        else if (mCompact)
            mFloats.reserve(count);
        else
            mDoubles.reserve(count);
    }
    void setFixedInterval(int intervalS) { mIntervalS = intervalS; }

    /*!
     * The regular series, or nullopt with \a problem set (its file is left
     * for the caller). Corrections are counted in \a warnings. Builds once:
     * the samples are let go.
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

    /*! The shared instants with the values given, as samples (the values are let go). */
    void takeSharedValues();
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
    std::shared_ptr<const SharedInstants> mInstants; //!< set: the values below are theirs
    bool mCompact = false;                           //!< kWh per interval: floats suffice
    std::vector<float> mFloats;
    std::vector<double> mDoubles;
};

} // namespace wattelier
