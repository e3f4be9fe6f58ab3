// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/seriesbuilder.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

#include <QCoreApplication>

namespace wattelier {
namespace {

// Guards memory against a stray date in a file (year 1900 in one-minute data).
constexpr qint64 maximumGridLength = 12'000'000;

// An index that falls below this share of its last reading counts again from
// zero (a new meter); above it, it was corrected (Home Assistant's rule).
constexpr double resetFraction = 0.1;

/*!
 * A correction still owed at the end of an index (it ended below an earlier
 * reading) is taken off the last rises, so the total is still the meter's
 * advance.
 */
void takeOffLastRises(std::vector<std::pair<qint64, double>> &energy, double owedKwh,
                      ImportWarnings &warnings)
{
    if (owedKwh <= 0)
        return;
    warnings.add(SeriesBuilder::tr("the index ended %1 kWh below an earlier reading; taken "
                                   "off the last rises")
                     .arg(owedKwh, 0, 'f', 3));
    for (auto it = energy.rbegin(); it != energy.rend() && owedKwh > 0; ++it) {
        const double taken = std::min(owedKwh, std::max(0.0, it->second));
        it->second -= taken;
        owedKwh -= taken;
    }
}

bool sameValue(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

} // namespace

SeriesBuilder::SeriesBuilder(SourceQuantity quantity, StampAt stamp, double unitToBase,
                             int intervalS)
    : mQuantity(quantity)
    , mStamp(stamp)
    , mUnitToBase(unitToBase)
    , mIntervalS(intervalS)
{}

SeriesBuilder::SeriesBuilder(SourceQuantity quantity, StampAt stamp, double unitToBase,
                             int intervalS, std::shared_ptr<const SharedInstants> instants)
    : SeriesBuilder(quantity, stamp, unitToBase, intervalS)
{
    mInstants = std::move(instants);
    // A float holds what build() stores of a kWh value (only where two instants
    // round into one interval is their sum then of floats, within 1e-7 of the
    // sum of the doubles); a value to scale (Wh, power) or an index (read for
    // its differences) keeps its double.
    mCompact = quantity == SourceQuantity::EnergyPerInterval && unitToBase == 1.0;
}

void SeriesBuilder::takeSharedValues()
{
    if (!mInstants)
        return;
    const std::size_t count = mFloats.size() + mDoubles.size();
    Q_ASSERT(count <= mInstants->utc.size());
    mSamples.reserve(mSamples.size() + count);
    for (std::size_t i = 0; i < count; ++i)
        mSamples.push_back(
            {mInstants->utc[i], mCompact ? double(mFloats[i]) : mDoubles[i], mInstants->line[i]});
    std::vector<float>().swap(mFloats);
    std::vector<double>().swap(mDoubles);
    mInstants.reset();
}

int SeriesBuilder::mostFrequentStep(const std::vector<qint64> &instants)
{
    std::unordered_map<qint64, int> counts;
    for (std::size_t i = 1; i < instants.size(); ++i) {
        const qint64 step = instants[i] - instants[i - 1];
        if (step > 0)
            ++counts[step];
    }
    qint64 best = 0;
    int bestCount = 0;
    for (const auto &[step, count] : counts) {
        if (count > bestCount || (count == bestCount && step < best)) {
            best = step;
            bestCount = count;
        }
    }
    return int(best);
}

bool SeriesBuilder::sortAndDeduplicate(ImportWarnings &warnings, ImportProblem &problem)
{
    takeSharedValues();
    std::stable_sort(mSamples.begin(), mSamples.end(),
                     [](const Sample &a, const Sample &b) { return a.utc < b.utc; });
    std::vector<Sample> kept;
    kept.reserve(mSamples.size());
    int dropped = 0;
    for (const Sample &s : mSamples) {
        if (kept.empty() || kept.back().utc != s.utc) {
            kept.push_back(s);
            continue;
        }
        Sample &previous = kept.back();
        if (sameValue(previous.value, s.value) || std::isnan(s.value)) {
            ++dropped;
        } else if (std::isnan(previous.value)) {
            previous = s;
            ++dropped;
        } else {
            problem.line = s.line;
            problem.message = tr("%1 already has a different value on line %2 (%3 against %4)")
                                  .arg(isoUtc(s.utc))
                                  .arg(previous.line)
                                  .arg(s.value)
                                  .arg(previous.value);
            return false;
        }
    }
    if (dropped > 0) {
        warnings.duplicatesDropped += dropped;
        warnings.add(tr("%n repeated row(s) read once", nullptr, dropped));
    }
    mSamples = std::move(kept);
    return true;
}

double SeriesBuilder::indexRise(const Sample &previous, const Sample &current, double &debt,
                                ImportWarnings &warnings) const
{
    double rise = current.value - previous.value;
    if (rise < 0) {
        if (current.value < resetFraction * previous.value) {
            // Near zero: a new meter or a counter that restarted.
            ++warnings.resets;
            warnings.add(tr("line %1: the index fell from %2 to %3; read as a new counter "
                            "(counting again from zero)")
                             .arg(current.line)
                             .arg(previous.value)
                             .arg(current.value));
            rise = current.value;
        } else {
            // A small step back is the meter (or its reader) correcting itself:
            // it is taken off the next rises, so the total is the meter's advance.
            ++warnings.corrections;
            warnings.kwhCorrected += -rise * mUnitToBase;
            warnings.add(tr("line %1: the index stepped back from %2 to %3; read as a "
                            "correction of %4 kWh, taken off the next rises")
                             .arg(current.line)
                             .arg(previous.value)
                             .arg(current.value)
                             .arg(-rise * mUnitToBase, 0, 'f', 3));
            debt += -rise;
            rise = 0;
        }
    }
    if (debt > 0 && rise > 0) {
        const double repaid = std::min(debt, rise);
        rise -= repaid;
        debt -= repaid;
    }
    return rise;
}

std::optional<RegularSeries> SeriesBuilder::build(ImportWarnings &warnings, ImportProblem &problem)
{
    if (!sortAndDeduplicate(warnings, problem))
        return std::nullopt;
    std::vector<qint64> instants;
    instants.reserve(mSamples.size());
    for (const Sample &s : mSamples)
        instants.push_back(s.utc);
    const int dt = mIntervalS > 0 ? mIntervalS : mostFrequentStep(instants);
    const bool anyValue = std::any_of(mSamples.begin(), mSamples.end(),
                                      [](const Sample &s) { return !std::isnan(s.value); });
    if (!anyValue) {
        problem.message = tr("no values found");
        return std::nullopt;
    }
    if (dt <= 0) {
        problem.message = tr("a single instant: the interval between values cannot be told");
        return std::nullopt;
    }

    // (interval start, kWh) pairs, then laid on the grid.
    std::vector<std::pair<qint64, double>> energy;
    energy.reserve(mSamples.size());
    std::vector<UtcRange> estimated;
    if (mQuantity == SourceQuantity::CumulativeIndex) {
        const Sample *previous = nullptr;
        double debt = 0;
        for (const Sample &s : mSamples) {
            if (std::isnan(s.value))
                continue;
            if (previous) {
                const double kwh = indexRise(*previous, s, debt, warnings) * mUnitToBase;
                const qint64 span = s.utc - previous->utc;
                const qint64 spanned = std::max<qint64>(1, (span + dt / 2) / dt);
                if (spanned > 1) {
                    // The readings around a gap say how much was used, not when:
                    // spread evenly and marked estimated, the meter's advance is kept.
                    ++warnings.gapsSpread;
                    warnings.intervalsEstimated += spanned;
                    warnings.kwhEstimated += kwh;
                    warnings.add(tr("line %1: the index rose by %2 kWh over %3 intervals with "
                                    "readings missing; spread evenly over them and marked "
                                    "estimated")
                                     .arg(s.line)
                                     .arg(kwh, 0, 'f', 3)
                                     .arg(spanned));
                    for (qint64 k = 0; k < spanned; ++k)
                        energy.emplace_back(previous->utc + k * dt, kwh / double(spanned));
                    addRange(estimated, previous->utc, previous->utc + spanned * dt);
                } else {
                    energy.emplace_back(previous->utc, kwh);
                }
            }
            previous = &s;
        }
        if (energy.empty()) {
            problem.message = tr("an index needs at least two readings");
            return std::nullopt;
        }
        takeOffLastRises(energy, debt * mUnitToBase, warnings);
    } else {
        const double factor =
            mQuantity == SourceQuantity::MeanPower ? mUnitToBase * dt / 3600.0 : mUnitToBase;
        const qint64 shift = mStamp == StampAt::End ? dt : 0;
        for (const Sample &s : mSamples)
            energy.emplace_back(s.utc - shift, s.value * factor);
    }

    RegularSeries series;
    series.intervalS = dt;
    series.startUtc = energy.front().first;
    // Instants are rounded to the nearest slot below, so the last one may round up.
    const qint64 length = (energy.back().first - series.startUtc + dt / 2) / dt + 1;
    if (length > maximumGridLength) {
        problem.message = tr("the values span %1 to %2, too long a period for a %3-second "
                             "interval")
                              .arg(isoUtc(series.startUtc), isoUtc(energy.back().first))
                              .arg(dt);
        return std::nullopt;
    }
    series.kwh.assign(std::size_t(length), std::numeric_limits<float>::quiet_NaN());
    for (const auto &[start, kwh] : energy) {
        // Instants off the grid (a logger a few seconds late) go to the nearest slot.
        const qint64 slot = (start - series.startUtc + dt / 2) / dt;
        float &cell = series.kwh[std::size_t(slot)];
        if (std::isnan(kwh))
            continue;
        cell = std::isnan(cell) ? float(kwh) : float(double(cell) + kwh);
    }
    series.estimated = std::move(estimated);
    trimGaps(series);
    std::vector<Sample>().swap(mSamples); // built once: a wide table frees each column here
    return series;
}

std::optional<RegularSeries> SeriesBuilder::buildResampled(int dt, ImportWarnings &warnings,
                                                           ImportProblem &problem)
{
    if (!sortAndDeduplicate(warnings, problem))
        return std::nullopt;
    std::vector<const Sample *> valid;
    for (const Sample &s : mSamples) {
        if (!std::isnan(s.value))
            valid.push_back(&s);
    }
    if (valid.size() < 2) {
        problem.message = tr("an index needs at least two readings");
        return std::nullopt;
    }
    RegularSeries series;
    series.intervalS = dt;
    series.startUtc = valid.front()->utc - (valid.front()->utc % dt);
    const qint64 end = valid.back()->utc;
    const qint64 length = (end - series.startUtc) / dt + 1;
    if (length > maximumGridLength) {
        problem.message = tr("the values span too long a period");
        return std::nullopt;
    }
    series.kwh.assign(std::size_t(length), std::numeric_limits<float>::quiet_NaN());
    std::vector<double> sums(std::size_t(length), 0.0);
    std::vector<bool> covered(std::size_t(length), false);
    // A PV counter is silent all night; a day without a state is worth telling,
    // and its values are estimated.
    constexpr qint64 longSilence = 24 * 3600;
    double debt = 0;
    for (std::size_t i = 1; i < valid.size(); ++i) {
        const Sample &a = *valid[i - 1];
        const Sample &b = *valid[i];
        const double kwh = indexRise(a, b, debt, warnings) * mUnitToBase;
        const qint64 span = b.utc - a.utc;
        if (span > longSilence) {
            ++warnings.silencesSpread;
            warnings.add(tr("line %1: no reading for %2 hours; the %3 kWh counted meanwhile "
                            "are spread evenly and marked estimated")
                             .arg(b.line)
                             .arg(span / 3600)
                             .arg(kwh, 0, 'f', 3));
            addRange(series.estimated, a.utc - (a.utc - series.startUtc) % dt,
                     b.utc - (b.utc - series.startUtc) % dt + dt);
        }
        for (qint64 t = a.utc; t < b.utc;) {
            const qint64 slot = (t - series.startUtc) / dt;
            const qint64 slotEnd = series.startUtc + (slot + 1) * dt;
            const qint64 until = std::min(slotEnd, b.utc);
            sums[std::size_t(slot)] += kwh * double(until - t) / double(span);
            covered[std::size_t(slot)] = true;
            t = until;
        }
    }
    if (debt > 0) {
        std::vector<std::pair<qint64, double>> energy;
        for (std::size_t i = 0; i < sums.size(); ++i)
            if (covered[i])
                energy.emplace_back(qint64(i), sums[i]);
        takeOffLastRises(energy, debt * mUnitToBase, warnings);
        for (const auto &[slot, kwh] : energy)
            sums[std::size_t(slot)] = kwh;
    }
    for (std::size_t i = 0; i < sums.size(); ++i) {
        if (covered[i])
            series.kwh[i] = float(sums[i]);
    }
    trimGaps(series);
    return series;
}

} // namespace wattelier
