// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>
#include <optional>
#include <vector>

#include <QDateTime>
#include <QString>

namespace wattelier {

/*! What a series measures; stored as a stable key. */
enum class SeriesKind
{
    Production,
    Consumption,
    Offtake,
    Injection,
    Other
};

QString key(SeriesKind kind);
std::optional<SeriesKind> seriesKindFromKey(const QString &key);
QString label(SeriesKind kind);

/*! A stretch of time [fromUtc, toUtc), in seconds since 1970-01-01T00:00Z. */
struct UtcRange
{
    qint64 fromUtc = 0;
    qint64 toUtc = 0;

    bool operator==(const UtcRange &) const = default;
};

/*!
 * A regular time series: energy per interval in kWh on a fixed UTC grid.
 * Value i covers [startUtc + i*intervalS, startUtc + (i+1)*intervalS).
 * A gap is NaN, never zero. Floats keep the storage at 4 bytes per value;
 * sums are done in double.
 *
 * Values inside an \a estimated range were not measured interval by
 * interval: a meter index rose across missing readings and that energy was
 * spread evenly over the intervals it spans (#18). They count in every total
 * (the meter's advance is kept) and are shown and counted apart.
 */
struct RegularSeries
{
    qint64 startUtc = 0; //!< seconds since 1970-01-01T00:00Z
    int intervalS = 0;
    std::vector<float> kwh;
    std::vector<UtcRange> estimated; //!< sorted, disjoint, in absolute time

    qint64 endUtc() const { return startUtc + qint64(kwh.size()) * intervalS; }
    qint64 instantOf(std::size_t index) const { return startUtc + qint64(index) * intervalS; }
    static bool isGap(float v) { return std::isnan(v); }
};

/*! Figures every list and the command line show for a series. */
struct SeriesStats
{
    qint64 values = 0;  //!< intervals with data
    qint64 missing = 0; //!< gap intervals between the first and the last with data
    double totalKwh = 0;
    qint64 estimatedValues = 0;     //!< intervals with spread (estimated) values, counted in values
    double estimatedKwh = 0;        //!< their energy, counted in totalKwh
    std::optional<qint64> firstUtc; //!< start of the first interval with data
    std::optional<qint64> lastUtc;  //!< start of the last interval with data
};

SeriesStats statsOf(const RegularSeries &series);

/*! Removes leading and trailing gaps, so a series starts and ends with data. */
void trimGaps(RegularSeries &series);

/*! Adds [fromUtc, toUtc) to \a ranges, kept sorted and merged. */
void addRange(std::vector<UtcRange> &ranges, qint64 fromUtc, qint64 toUtc);
/*! The union of two range lists. */
std::vector<UtcRange> unitedRanges(const std::vector<UtcRange> &a, const std::vector<UtcRange> &b);
/*! The parts of \a ranges inside [fromUtc, toUtc). */
std::vector<UtcRange> clippedRanges(const std::vector<UtcRange> &ranges, qint64 fromUtc,
                                    qint64 toUtc);
/*! Whether the interval starting at \a startUtc lies in one of \a ranges. */
bool inRanges(const std::vector<UtcRange> &ranges, qint64 startUtc);

/*! A series as the workshop stores it, without its values. */
struct SeriesInfo
{
    qint64 id = 0;
    QString name;
    SeriesKind kind = SeriesKind::Other;
    qint64 householdId = 0; //!< 0: the group (a shared PV installation, the cabin meter)
    QString unit = QStringLiteral("kWh"); //!< unit of the source; values are always kWh
    int intervalS = 0;
    qint64 startUtc = 0;
    qint64 valueCount = 0; //!< grid length, gaps included
    QString format;        //!< detected format's name
    QString sourceFile;    //!< file name only: the path may reveal a household
    QDateTime importedAt;
    SeriesStats stats;
};

QString isoUtc(qint64 utcSeconds);

} // namespace wattelier

namespace wattelier {

/*!
 * The interval-by-interval sum of two series on the same interval (day and
 * night registers, several PV meters): a gap only where both have a gap.
 */
RegularSeries sumSeries(const RegularSeries &a, const RegularSeries &b);

} // namespace wattelier
