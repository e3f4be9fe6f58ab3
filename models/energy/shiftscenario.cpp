// SPDX-License-Identifier: GPL-3.0-or-later
#include "shiftscenario.h"

#include "timeseries/civiltime.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>

namespace wattelier {
namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr double infinity = std::numeric_limits<double>::infinity();
// Below this a window's self-consumption has not really changed (kWh).
constexpr double tolerance = 1e-9;

/*!
 * The values of \a series on the grid of \a n intervals of \a intervalS from
 * \a startUtc; NaN where the series has no value or is on another grid.
 */
std::vector<double> onGrid(const RegularSeries &series, qint64 startUtc, int intervalS,
                           std::size_t n)
{
    std::vector<double> values(n, nan);
    if (series.intervalS != intervalS || (series.startUtc - startUtc) % intervalS != 0)
        return values;
    const qint64 first = (series.startUtc - startUtc) / intervalS;
    for (std::size_t j = 0; j < series.kwh.size(); ++j) {
        const qint64 i = first + qint64(j);
        if (i >= 0 && i < qint64(n))
            values[std::size_t(i)] = series.kwh[j];
    }
    return values;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

/*!
 * Consecutive runs of intervals with the same local day (or Monday-to-Sunday
 * week) in Brussels, as [begin, end) index pairs. An interval belongs to the
 * day its start falls on.
 */
std::vector<std::pair<std::size_t, std::size_t>> windows(qint64 startUtc, int intervalS,
                                                         std::size_t n, bool weeks)
{
    static const ZoneConverter zone;
    std::vector<std::pair<std::size_t, std::size_t>> result;
    qint64 current = std::numeric_limits<qint64>::min();
    for (std::size_t i = 0; i < n; ++i) {
        const qint64 utc = startUtc + qint64(i) * intervalS;
        const qint64 day = floorDiv(utc + zone.offsetAt(utc), 86400);
        // Day 0 (1970-01-01) was a Thursday: weeks counted from Monday 1969-12-29.
        const qint64 key = weeks ? floorDiv(day + 3, 7) : day;
        if (key != current) {
            if (!result.empty())
                result.back().second = i;
            result.emplace_back(i, n);
            current = key;
        }
    }
    return result;
}

struct Candidate
{
    std::size_t index;
    double surplus;
};

/*! The state of the scenario while the loads are moved one after the other. */
class Shifter
{
public:
    Shifter(std::vector<double> production, std::vector<double> consumption)
        : mProduction(std::move(production))
        , mConsumption(std::move(consumption))
    {}

    /*!
     * Moves the part of \a own (the load's energy, updated in place) inside
     * [begin, end) into the surplus; returns false and changes nothing
     * when that would not raise the window's self-consumption.
     */
    bool shiftWindow(std::size_t begin, std::size_t end, double cap, std::vector<double> &own,
                     ShiftedAppliance &record);
    /*!
     * Moves the load's energy inside [begin, end) into the intervals where
     * the group's net load (consumption − production) is lowest, filling them
     * up to one level; returns false and changes nothing when that would not
     * lower the window's highest net load.
     */
    bool flattenWindow(std::size_t begin, std::size_t end, double cap, std::vector<double> &own,
                       ShiftedAppliance &record);

    const std::vector<double> &consumption() const { return mConsumption; }

private:
    bool usable(std::size_t i) const
    {
        return !std::isnan(mProduction[i]) && !std::isnan(mConsumption[i]);
    }
    double selfConsumed(std::size_t begin, std::size_t end) const;
    double retainedShare(double energy, double cap, const std::vector<double> &own) const;
    /*!
     * Puts \a own (the load in [begin, end)) where it was before the move
     * when the window's \a better figure did not rise; else records the move.
     */
    bool keepIfBetter(std::size_t begin, std::size_t end, double before, double after,
                      double selfConsumedBefore, std::vector<double> &own,
                      ShiftedAppliance &record);
    void saveWindow(std::size_t begin, std::size_t end, const std::vector<double> &own);

    std::vector<double> mProduction;
    std::vector<double> mConsumption;
    std::vector<Candidate> mCandidates;
    std::vector<double> mSavedOwn;
    std::vector<double> mSavedConsumption;
    std::vector<double> mBase; //!< the net load without the moved load, per usable interval
    std::vector<double> mSorted;
    std::vector<double> mPlaced; //!< the load's new values, per usable interval
};

double Shifter::selfConsumed(std::size_t begin, std::size_t end) const
{
    double sum = 0;
    for (std::size_t i = begin; i < end; ++i) {
        if (usable(i))
            sum += std::min(mProduction[i], mConsumption[i]);
    }
    return sum;
}

/*!
 * The share α of the load's energy that stays where it was when the surplus
 * cannot take it all. It returns proportionally (α × old) and the rest fills
 * the surplus, so an interval with both gets α × old + fill: the fill room is
 * min(surplus, cap − α × old), and α is the smallest share whose rooms hold
 * (1 − α) × energy. Rooms shrink as α grows, but never faster than the
 * energy left to place, so a bisection finds it.
 */
double Shifter::retainedShare(double energy, double cap, const std::vector<double> &own) const
{
    const auto room = [&](double alpha) {
        double sum = 0;
        for (const Candidate &c : mCandidates)
            sum += std::max(0.0, std::min(c.surplus, cap - alpha * own[c.index]));
        return sum;
    };
    double fits = 1.0; // everything back in place always fits
    double fails = std::max(0.0, 1.0 - room(0.0) / energy);
    if (room(fails) >= (1.0 - fails) * energy)
        return fails;
    for (int iteration = 0; iteration < 60 && fits - fails > 1e-15; ++iteration) {
        const double alpha = 0.5 * (fails + fits);
        (room(alpha) >= (1.0 - alpha) * energy ? fits : fails) = alpha;
    }
    return fits;
}

bool Shifter::shiftWindow(std::size_t begin, std::size_t end, double cap, std::vector<double> &own,
                          ShiftedAppliance &record)
{
    // Energy of the load in the window, and the surplus once it is taken out.
    double energy = 0;
    mCandidates.clear();
    for (std::size_t i = begin; i < end; ++i) {
        if (!usable(i))
            continue; // gaps neither give nor receive energy
        energy += own[i];
        const double surplus = mProduction[i] - (mConsumption[i] - own[i]);
        if (surplus > 0)
            mCandidates.push_back({i, surplus});
    }
    if (energy <= 0 || mCandidates.empty())
        return false;

    double capacity = 0;
    for (const Candidate &c : mCandidates)
        capacity += std::min(c.surplus, cap);
    double alpha = 0;
    if (capacity < energy)
        alpha = std::isinf(cap) ? (energy - capacity) / energy : retainedShare(energy, cap, own);
    if ((1.0 - alpha) * energy <= tolerance)
        return false;
    std::sort(mCandidates.begin(), mCandidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.surplus > b.surplus || (a.surplus == b.surplus && a.index < b.index);
    });

    const double before = selfConsumed(begin, end);
    saveWindow(begin, end, own);

    for (std::size_t i = begin; i < end; ++i) {
        if (usable(i))
            own[i] = alpha * mSavedOwn[i - begin];
    }
    double left = (1.0 - alpha) * energy;
    for (const Candidate &c : mCandidates) {
        if (left <= 0)
            break;
        const double room = std::max(0.0, std::min(c.surplus, cap - own[c.index]));
        const double placed = std::min(room, left);
        own[c.index] += placed;
        left -= placed;
    }
    // Rounding in the bisection can leave a crumb: it goes back where it came from.
    for (std::size_t i = begin; i < end; ++i) {
        if (!usable(i))
            continue;
        const double old = mSavedOwn[i - begin];
        if (left > 0)
            own[i] += left * old / energy;
        mConsumption[i] += own[i] - old;
    }
    const double after = selfConsumed(begin, end);
    return keepIfBetter(begin, end, before, after, before, own, record);
}

void Shifter::saveWindow(std::size_t begin, std::size_t end, const std::vector<double> &own)
{
    mSavedOwn.assign(own.begin() + begin, own.begin() + end);
    mSavedConsumption.assign(mConsumption.begin() + begin, mConsumption.begin() + end);
}

bool Shifter::keepIfBetter(std::size_t begin, std::size_t end, double before, double after,
                           double selfConsumedBefore, std::vector<double> &own,
                           ShiftedAppliance &record)
{
    if (after - before <= tolerance) {
        // No gain: leave the window as it is, so that "moved" only counts useful moves.
        std::copy(mSavedOwn.begin(), mSavedOwn.end(), own.begin() + begin);
        std::copy(mSavedConsumption.begin(), mSavedConsumption.end(), mConsumption.begin() + begin);
        return false;
    }
    for (std::size_t i = begin; i < end; ++i)
        record.movedKwh += std::max(0.0, own[i] - mSavedOwn[i - begin]);
    record.selfConsumedGainKwh += selfConsumed(begin, end) - selfConsumedBefore;
    return true;
}

/*!
 * The level L at which Σ clamp(L − base_i, 0, cap) = energy: filling the
 * lowest intervals first, none above cap. None when the intervals cannot
 * hold the energy. Each interval adds slope 1 from its base to its base +
 * cap; walking these starts and ends in order finds L. Only the intervals
 * below L matter, usually a few of a day's 96 valleys: the walk sorts the
 * intervals below a trial level (the lowest base + the energy, then twice
 * as far, …) that already holds the energy, not the whole window (#23:
 * sorting every window was most of the time a thousand appliances took).
 * \a candidates is working space.
 */
std::optional<double> fillLevel(const std::vector<double> &base, double cap, double energy,
                                std::vector<double> &candidates)
{
    const bool capped = !std::isinf(cap);
    if (base.empty() || (capped && double(base.size()) * cap < energy))
        return std::nullopt;
    const double lowest = *std::min_element(base.begin(), base.end());
    const double highest = *std::max_element(base.begin(), base.end());
    bool holds = false;
    for (double span = energy; !holds; span *= 2) {
        const double trial = lowest + span;
        double held = 0;
        candidates.clear();
        for (double b : base) {
            if (b < trial) {
                candidates.push_back(b);
                held += std::min(trial - b, cap);
            }
        }
        holds = held >= energy;
        // Every interval full to its cap and still short: a sum of caps can round
        // below base.size() × cap, which the check above let through.
        if (!holds && (!std::isfinite(trial) || (capped && trial >= highest + cap)))
            return std::nullopt;
    }
    std::sort(candidates.begin(), candidates.end());
    const std::size_t m = candidates.size();
    double filled = 0;
    int slope = 0;
    double at = candidates.front();
    std::size_t starts = 0, ends = 0;
    while (starts < m || (capped && ends < m)) {
        const bool start = starts < m && (!capped || candidates[starts] <= candidates[ends] + cap);
        const double position = start ? candidates[starts++] : candidates[ends++] + cap;
        const double next = filled + slope * (position - at);
        if (slope > 0 && next >= energy)
            return at + (energy - filled) / slope;
        filled = next;
        at = position;
        slope += start ? 1 : -1;
    }
    // Past the last start (and, capped, before the last end): the level rises with the slope.
    return slope > 0 ? std::optional<double>(at + (energy - filled) / slope) : std::nullopt;
}

bool Shifter::flattenWindow(std::size_t begin, std::size_t end, double cap,
                            std::vector<double> &own, ShiftedAppliance &record)
{
    // One pass: the load's energy, the window's peak, whether the load runs at
    // that peak (else moving it cannot lower it), the net load without the load.
    double energy = 0;
    double peak = -infinity;
    bool runsAtPeak = false;
    mBase.clear();
    for (std::size_t i = begin; i < end; ++i) {
        if (!usable(i))
            continue;
        energy += own[i];
        const double net = mConsumption[i] - mProduction[i];
        if (net > peak)
            runsAtPeak = own[i] > 0;
        else if (net == peak)
            runsAtPeak = runsAtPeak || own[i] > 0;
        peak = std::max(peak, net);
        mBase.push_back(net - own[i]);
    }
    if (energy <= tolerance || !runsAtPeak)
        return false;
    const std::optional<double> level = fillLevel(mBase, cap, energy, mSorted);
    if (!level)
        return false;

    // The load filled up to the level; rounding leaves a crumb, spread over the
    // intervals that received it. Nothing changes unless the peak comes down.
    mPlaced.resize(mBase.size());
    double placed = 0;
    for (std::size_t k = 0; k < mBase.size(); ++k) {
        mPlaced[k] = std::clamp(*level - mBase[k], 0.0, cap);
        placed += mPlaced[k];
    }
    double newPeak = -infinity;
    for (std::size_t k = 0; k < mBase.size(); ++k) {
        mPlaced[k] *= energy / placed;
        newPeak = std::max(newPeak, mBase[k] + mPlaced[k]);
    }
    if (newPeak >= peak - tolerance)
        return false;
    for (std::size_t i = begin, k = 0; i < end; ++i) {
        if (!usable(i))
            continue;
        const double before = mConsumption[i];
        const double after = before + mPlaced[k] - own[i];
        record.movedKwh += std::max(0.0, mPlaced[k] - own[i]);
        record.selfConsumedGainKwh +=
            std::min(mProduction[i], after) - std::min(mProduction[i], before);
        mConsumption[i] = after;
        own[i] = mPlaced[k++];
    }
    return true;
}

} // namespace

ShiftResult shiftFlexibleLoads(const RegularSeries &production, const RegularSeries &consumption,
                               const std::vector<ApplianceLoad> &flexible, ShiftObjective objective)
{
    ShiftResult result;
    result.consumption = consumption;
    const std::size_t n = consumption.kwh.size();
    const qint64 start = consumption.startUtc;
    const int interval = consumption.intervalS;

    // Largest movable energy first: the big loads get the best hours.
    std::vector<std::size_t> order(flexible.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::vector<double> energies(flexible.size());
    for (std::size_t k = 0; k < flexible.size(); ++k)
        energies[k] = flexible[k].movableCurveKwh();
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return energies[a] > energies[b]; });

    const bool valid = n > 0 && interval > 0;
    std::vector<std::pair<std::size_t, std::size_t>> days, weeks;
    if (valid) {
        days = windows(start, interval, n, false);
        weeks = windows(start, interval, n, true);
    }
    Shifter shifter(valid ? onGrid(production, start, interval, n) : std::vector<double>(),
                    valid ? onGrid(consumption, start, interval, n) : std::vector<double>());

    for (std::size_t k : order) {
        const ApplianceLoad &load = flexible[k];
        ShiftedAppliance record;
        record.applianceId = load.applianceId;
        record.householdId = load.householdId;
        record.name = load.name;
        record.flexibility = load.flexibility;
        record.kwhPerYear = load.kwhPerYear;
        const bool movable = load.flexibility == Flexibility::WithinDay ||
                             load.flexibility == Flexibility::AcrossDays;
        if (valid && movable && energies[k] > 0) {
            // Made one at a time: a thousand loads are not all kept (ApplianceLoad).
            std::vector<double> own = onGrid(load.movableCurve(), start, interval, n);
            for (double &v : own) {
                if (std::isnan(v))
                    v = 0;
            }
            const double cap = load.maxKw > 0 ? load.maxKw * interval / 3600.0 : infinity;
            const auto &spans = load.flexibility == Flexibility::WithinDay ? days : weeks;
            for (const auto &[begin, end] : spans) {
                if (objective == ShiftObjective::AwayFromPeak)
                    shifter.flattenWindow(begin, end, cap, own, record);
                else
                    shifter.shiftWindow(begin, end, cap, own, record);
            }
        }
        result.appliances.push_back(std::move(record));
    }

    if (valid) {
        const std::vector<double> &shifted = shifter.consumption();
        for (std::size_t i = 0; i < n; ++i) {
            if (!RegularSeries::isGap(consumption.kwh[i]))
                result.consumption.kwh[i] = float(shifted[i]);
        }
    }
    return result;
}

ShiftResult shiftIntoProduction(const RegularSeries &production, const RegularSeries &consumption,
                                const std::vector<ApplianceLoad> &flexible)
{
    return shiftFlexibleLoads(production, consumption, flexible, ShiftObjective::IntoProduction);
}

} // namespace wattelier
