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

/*!
 * A regular time series: energy per interval in kWh on a fixed UTC grid.
 * Value i covers [startUtc + i*intervalS, startUtc + (i+1)*intervalS).
 * A gap is NaN, never zero. Floats keep the storage at 4 bytes per value;
 * sums are done in double.
 */
struct RegularSeries
{
    qint64 startUtc = 0; //!< seconds since 1970-01-01T00:00Z
    int intervalS = 0;
    std::vector<float> kwh;

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
    std::optional<qint64> firstUtc; //!< start of the first interval with data
    std::optional<qint64> lastUtc;  //!< start of the last interval with data
};

SeriesStats statsOf(const RegularSeries &series);

/*! Removes leading and trailing gaps, so a series starts and ends with data. */
void trimGaps(RegularSeries &series);

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
