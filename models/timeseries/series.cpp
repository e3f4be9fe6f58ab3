// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/series.h"

#include "core/enumtable.h"

#include <algorithm>
#include <limits>

namespace wattelier {

namespace {

// Other is last: it is what an unknown value falls back to.
constexpr EnumEntry<SeriesKind> seriesKinds[] = {
    {SeriesKind::Production, "production", QT_TRANSLATE_NOOP("SeriesKind", "Production")},
    {SeriesKind::Consumption, "consumption", QT_TRANSLATE_NOOP("SeriesKind", "Consumption")},
    {SeriesKind::Offtake, "offtake", QT_TRANSLATE_NOOP("SeriesKind", "Offtake from the grid")},
    {SeriesKind::Injection, "injection",
     QT_TRANSLATE_NOOP("SeriesKind", "Injection into the grid")},
    {SeriesKind::Other, "other", QT_TRANSLATE_NOOP("SeriesKind", "Other")},
};

} // namespace

QString key(SeriesKind kind)
{
    return enumtable::keyOf(seriesKinds, kind);
}

std::optional<SeriesKind> seriesKindFromKey(const QString &text)
{
    return enumtable::fromKey(seriesKinds, text);
}

QString label(SeriesKind kind)
{
    return enumtable::labelOf("SeriesKind", seriesKinds, kind);
}

SeriesStats statsOf(const RegularSeries &series)
{
    SeriesStats stats;
    std::optional<std::size_t> first;
    std::size_t last = 0;
    auto range = series.estimated.cbegin();
    for (std::size_t i = 0; i < series.kwh.size(); ++i) {
        const float v = series.kwh[i];
        if (RegularSeries::isGap(v))
            continue;
        if (!first)
            first = i;
        last = i;
        ++stats.values;
        stats.totalKwh += double(v);
        const qint64 at = series.instantOf(i);
        while (range != series.estimated.cend() && range->toUtc <= at)
            ++range;
        if (range != series.estimated.cend() && range->fromUtc <= at) {
            ++stats.estimatedValues;
            stats.estimatedKwh += double(v);
        }
    }
    if (first) {
        stats.firstUtc = series.instantOf(*first);
        stats.lastUtc = series.instantOf(last);
        stats.missing = qint64(last - *first + 1) - stats.values;
    }
    return stats;
}

void trimGaps(RegularSeries &series)
{
    auto &v = series.kwh;
    std::size_t end = v.size();
    while (end > 0 && RegularSeries::isGap(v[end - 1]))
        --end;
    v.resize(end);
    std::size_t begin = 0;
    while (begin < v.size() && RegularSeries::isGap(v[begin]))
        ++begin;
    if (begin > 0) {
        v.erase(v.begin(), v.begin() + std::ptrdiff_t(begin));
        series.startUtc += qint64(begin) * series.intervalS;
    }
}

void addRange(std::vector<UtcRange> &ranges, qint64 fromUtc, qint64 toUtc)
{
    if (toUtc <= fromUtc)
        return;
    ranges.push_back({fromUtc, toUtc});
    std::sort(ranges.begin(), ranges.end(),
              [](const UtcRange &a, const UtcRange &b) { return a.fromUtc < b.fromUtc; });
    std::vector<UtcRange> merged;
    for (const UtcRange &r : ranges) {
        if (!merged.empty() && r.fromUtc <= merged.back().toUtc)
            merged.back().toUtc = std::max(merged.back().toUtc, r.toUtc);
        else
            merged.push_back(r);
    }
    ranges = std::move(merged);
}

std::vector<UtcRange> unitedRanges(const std::vector<UtcRange> &a, const std::vector<UtcRange> &b)
{
    std::vector<UtcRange> all = a;
    for (const UtcRange &r : b)
        addRange(all, r.fromUtc, r.toUtc);
    return all;
}

std::vector<UtcRange> clippedRanges(const std::vector<UtcRange> &ranges, qint64 fromUtc,
                                    qint64 toUtc)
{
    std::vector<UtcRange> inside;
    for (const UtcRange &r : ranges) {
        const qint64 from = std::max(r.fromUtc, fromUtc);
        const qint64 to = std::min(r.toUtc, toUtc);
        if (from < to)
            inside.push_back({from, to});
    }
    return inside;
}

bool inRanges(const std::vector<UtcRange> &ranges, qint64 startUtc)
{
    const auto after = std::upper_bound(ranges.begin(), ranges.end(), startUtc,
                                        [](qint64 t, const UtcRange &r) { return t < r.fromUtc; });
    return after != ranges.begin() && startUtc < std::prev(after)->toUtc;
}

QString isoUtc(qint64 utcSeconds)
{
    return QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::UTC).toString(Qt::ISODate);
}

} // namespace wattelier

namespace wattelier {

RegularSeries sumSeries(const RegularSeries &a, const RegularSeries &b)
{
    if (a.kwh.empty())
        return b;
    if (b.kwh.empty())
        return a;
    Q_ASSERT(a.intervalS == b.intervalS);
    RegularSeries sum;
    sum.intervalS = a.intervalS;
    sum.startUtc = std::min(a.startUtc, b.startUtc);
    const qint64 end = std::max(a.endUtc(), b.endUtc());
    sum.kwh.assign(std::size_t((end - sum.startUtc) / sum.intervalS),
                   std::numeric_limits<float>::quiet_NaN());
    for (const RegularSeries *s : {&a, &b}) {
        const std::size_t offset = std::size_t((s->startUtc - sum.startUtc) / sum.intervalS);
        for (std::size_t i = 0; i < s->kwh.size(); ++i) {
            const float v = s->kwh[i];
            if (std::isnan(v))
                continue;
            float &cell = sum.kwh[offset + i];
            cell = std::isnan(cell) ? v : cell + v;
        }
    }
    sum.estimated = unitedRanges(a.estimated, b.estimated);
    return sum;
}

} // namespace wattelier
