// SPDX-License-Identifier: GPL-3.0-or-later
// A meter index keeps the meter's advance (#18). Hourly readings, figures by hand:
// - a small step back is a correction taken off the next rises, not a reset;
// - a fall to near zero (below 10 % of the last reading) is a new counter;
// - a rise across missing readings is spread evenly and marked estimated;
// - a correction still owed at the end is taken off the last rises.

#include "timeseries/seriesbuilder.h"

#include <QTest>

using namespace wattelier;

Q_DECLARE_METATYPE(std::vector<float>)

namespace {

constexpr qint64 t0 = 1750000000 / 3600 * 3600; // an hour boundary
using Readings = QList<QPair<int, double>>;     // (hours after t0, index in kWh)

} // namespace

class TestSeriesBuilder : public QObject
{
    Q_OBJECT

private slots:
    void indexKeepsTheMetersAdvance_data()
    {
        QTest::addColumn<Readings>("readings");
        QTest::addColumn<std::vector<float>>("expected"); // kWh per hour from t0
        QTest::addColumn<int>("resets");
        QTest::addColumn<int>("corrections");
        QTest::addColumn<int>("estimatedIntervals");
        // 100 → 110 → 108 → 115: +10, −2 owed, +7 − 2 = 5. Total 15 = 115 − 100.
        QTest::newRow("step back is a correction")
            << Readings{{0, 100}, {1, 110}, {2, 108}, {3, 115}} << std::vector<float>{10, 0, 5} << 0
            << 1 << 0;
        // 100 → 110 → 5 (below 11): a new counter; then +7. Total 10 + 5 + 7 = 22.
        QTest::newRow("fall near zero is a reset") << Readings{{0, 100}, {1, 110}, {2, 5}, {3, 12}}
                                                   << std::vector<float>{10, 5, 7} << 1 << 0 << 0;
        // 100 → 110, then nothing at 2 h, 130 at 3 h: the 20 kWh are spread over 2 hours.
        QTest::newRow("rise across a gap is spread")
            << Readings{{0, 100}, {1, 110}, {3, 130}} << std::vector<float>{10, 10, 10} << 0 << 0
            << 2;
        // 100 → 110 → 120 → 117: the 3 kWh owed at the end come off the last rise.
        QTest::newRow("correction at the end") << Readings{{0, 100}, {1, 110}, {2, 120}, {3, 117}}
                                               << std::vector<float>{10, 7, 0} << 0 << 1 << 0;
        // Home Assistant's dip: 5,986.65 → 5,844.37 → 5,986.90 is a correction netted at once.
        QTest::newRow("transient dip")
            << Readings{{0, 5986.25}, {1, 5986.65}, {2, 5844.37}, {3, 5986.90}}
            << std::vector<float>{0.4f, 0, 0.25f} << 0 << 1 << 0;
    }

    void indexKeepsTheMetersAdvance()
    {
        QFETCH(Readings, readings);
        QFETCH(std::vector<float>, expected);
        QFETCH(int, resets);
        QFETCH(int, corrections);
        QFETCH(int, estimatedIntervals);
        SeriesBuilder builder(SourceQuantity::CumulativeIndex, StampAt::Start, 1.0, 3600);
        int line = 2;
        for (const auto &[hours, index] : readings)
            builder.add(t0 + hours * 3600, index, line++);
        ImportWarnings warnings;
        ImportProblem problem;
        const auto series = builder.build(warnings, problem);
        QVERIFY2(series, qPrintable(problem.message));
        QCOMPARE(series->startUtc, t0);
        QCOMPARE(series->kwh.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i)
            QVERIFY2(std::abs(series->kwh[i] - expected[i]) < 1e-3,
                     qPrintable(QStringLiteral("hour %1: %2, expected %3")
                                    .arg(i)
                                    .arg(series->kwh[i])
                                    .arg(expected[i])));
        QCOMPARE(warnings.resets, resets);
        QCOMPARE(warnings.corrections, corrections);
        QCOMPARE(statsOf(*series).estimatedValues, qint64(estimatedIntervals));
        // The total is the meter's advance (after resets, the counting from zero).
        double total = 0;
        for (float v : series->kwh)
            total += v;
        double expectedTotal = 0;
        for (float v : expected)
            expectedTotal += v;
        QVERIFY(std::abs(total - expectedTotal) < 1e-3);
    }
};

QTEST_GUILESS_MAIN(TestSeriesBuilder)
#include "tst_seriesbuilder.moc"
