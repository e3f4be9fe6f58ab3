// SPDX-License-Identifier: GPL-3.0-or-later
// The peaks behind one low-voltage cabin (#23). Every expected figure below
// was worked out by hand from the values in the comments, not by the code
// under test: kW = kWh per quarter hour × 4.

#include "energy/localperiods.h"
#include "inventory/householdstore.h"
#include "peaks/cabin.h"
#include "peaks/peakfigures.h"
#include "peaks/workshoppeaks.h"
#include "testsupport.h"

#include <QDateTime>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace wattelier;

namespace {

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
}

RegularSeries quarterHours(qint64 start, std::vector<float> kwh)
{
    RegularSeries s;
    s.startUtc = start;
    s.intervalS = 900;
    s.kwh = std::move(kwh);
    return s;
}

/*!
 * Three households over eight quarter hours, in kW:
 *   h1   2  4  1  0  2  1  1  2     own peak 4 (interval 1)
 *   h2   1  1  3  2  1  0  1  1     own peak 3 (interval 2)
 *   h3   1  2  2 -3 -4  1  –  1     own peak 2 (interval 1; panels at 3–4; a gap at 6)
 *   sum  4  7  6 -1 -1  2  –  4     group: peak 7 (interval 1), sent back 1 (interval 3)
 */
struct HandMadeGroup
{
    RegularSeries group;
    std::vector<RegularSeries> households;
};

HandMadeGroup handMadeGroup(qint64 start)
{
    const float gap = std::nanf("");
    HandMadeGroup g;
    g.households = {quarterHours(start, {0.5f, 1.0f, 0.25f, 0.0f, 0.5f, 0.25f, 0.25f, 0.5f}),
                    quarterHours(start, {0.25f, 0.25f, 0.75f, 0.5f, 0.25f, 0.0f, 0.25f, 0.25f}),
                    quarterHours(start, {0.25f, 0.5f, 0.5f, -0.75f, -1.0f, 0.25f, gap, 0.25f})};
    g.group = quarterHours(start, {1.0f, 1.75f, 1.5f, -0.25f, -0.25f, 0.5f, gap, 1.0f});
    return g;
}

} // namespace

class TestPeaks : public QObject
{
    Q_OBJECT

private slots:
    void handMadeGroup_data();
    void handMadeGroup();
    void threshold_data();
    void threshold();
    void durationCurve();
    void noDataNoPeak();
    void workshopOnTheAutumnClockChange();
    void periodAcrossTwoYearsIsRefused();
    void cabinThresholdIsOneUndoableStep();
};

void TestPeaks::handMadeGroup_data()
{
    QTest::addColumn<qint64>("start");
    QTest::addColumn<int>("firstMonth"); // 0-based: the month of intervals 0–3; 4–7 are the next
    // 23:00 in Brussels on the last day of the month, so that intervals 4–7 fall in the next one.
    QTest::newRow("March into April (summer time, UTC+2)") << utc("2025-03-31T21:00:00Z") << 2;
    QTest::newRow("October into November (winter time, UTC+1)") << utc("2025-10-31T22:00:00Z") << 9;
}

void TestPeaks::handMadeGroup()
{
    QFETCH(qint64, start);
    QFETCH(int, firstMonth);
    const HandMadeGroup g = ::handMadeGroup(start);
    const PeakFigures f = peakFigures(g.group, g.households, {start, start + 8 * 900, 2025, {}});

    QCOMPARE(f.intervalS, 900);
    QCOMPARE(f.intervals, qint64(8));
    QCOMPARE(f.intervalsWithData, qint64(7));
    QCOMPARE(f.peakKw, 7.0);
    QCOMPARE(f.peakAtUtc, std::optional<qint64>(start + 900));
    QCOMPARE(f.reversePeakKw, 1.0);
    QCOMPARE(f.reversePeakAtUtc, std::optional<qint64>(start + 3 * 900));
    // (4 + 7 + 6 − 1 − 1 + 2 + 4) / 7 = 3 kW on average.
    QCOMPARE(f.averageKw, 3.0);
    QCOMPARE(f.sumIndividualPeaksKw, 9.0); // 4 + 3 + 2
    QVERIFY(f.coincidenceFactor);
    QVERIFY(qFuzzyCompare(*f.coincidenceFactor, 7.0 / 9.0));
    QVERIFY(qFuzzyCompare(*f.loadFactor, 3.0 / 7.0));
    QVERIFY(qFuzzyCompare(*f.peakToAverage, 7.0 / 3.0));
    QVERIFY(!f.shareAboveThreshold);

    // The group's monthly peaks drawn: max(4, 7, 6, −1) and max(−1, 2, 4) (sending back is 0).
    for (int m = 0; m < 12; ++m) {
        const auto expected = m == firstMonth       ? std::optional<double>(7)
                              : m == firstMonth + 1 ? std::optional<double>(4)
                                                    : std::nullopt;
        QCOMPARE(f.monthlyPeakKw[std::size_t(m)], expected);
    }

    QCOMPARE(int(f.households.size()), 3);
    const double ownPeaks[] = {4, 3, 2};
    const qint64 ownPeakIntervals[] = {1, 2, 1};
    const double atGroupPeak[] = {4, 1, 2};
    // Highest power drawn in each month: intervals 0–3, then 4–7 (h3's −3 and −4 count as 0).
    const double monthly[3][2] = {{4, 2}, {3, 1}, {2, 1}};
    for (int h = 0; h < 3; ++h) {
        const HouseholdPeak &p = f.households[std::size_t(h)];
        QCOMPARE(p.peakKw, ownPeaks[h]);
        QCOMPARE(p.peakAtUtc, std::optional<qint64>(start + ownPeakIntervals[h] * 900));
        QCOMPARE(p.atGroupPeakKw, std::optional<double>(atGroupPeak[h]));
        for (int m = 0; m < 12; ++m) {
            const auto expected = m == firstMonth       ? std::optional<double>(monthly[h][0])
                                  : m == firstMonth + 1 ? std::optional<double>(monthly[h][1])
                                                        : std::nullopt;
            QCOMPARE(p.monthlyPeakKw[std::size_t(m)], expected);
        }
    }
}

void TestPeaks::threshold_data()
{
    QTest::addColumn<double>("thresholdKw");
    QTest::addColumn<qint64>("above");
    QTest::addColumn<qint64>("reverseAbove");
    QTest::addColumn<double>("share");
    // Group, kW: 4 7 6 -1 -1 2 – 4 (seven intervals with data).
    QTest::newRow("5 kW: 7 and 6") << 5.0 << qint64(2) << qint64(0) << 2.0 / 7.0;
    QTest::newRow("0.5 kW: all, two of them sent back") << 0.5 << qint64(5) << qint64(2) << 1.0;
    QTest::newRow("7 kW: the peak itself is not above") << 7.0 << qint64(0) << qint64(0) << 0.0;
}

void TestPeaks::threshold()
{
    QFETCH(double, thresholdKw);
    QFETCH(qint64, above);
    QFETCH(qint64, reverseAbove);
    QFETCH(double, share);
    const qint64 start = utc("2025-06-01T10:00:00Z");
    const HandMadeGroup g = ::handMadeGroup(start);
    const PeakFigures f =
        peakFigures(g.group, g.households, {start, start + 8 * 900, 2025, thresholdKw});
    QCOMPARE(f.intervalsAboveThreshold, above);
    QCOMPARE(f.intervalsReverseAboveThreshold, reverseAbove);
    QCOMPARE(f.quarterHoursAboveThreshold, double(above + reverseAbove));
    QVERIFY(f.shareAboveThreshold);
    QVERIFY(qFuzzyCompare(1.0 + *f.shareAboveThreshold, 1.0 + share));
}

void TestPeaks::durationCurve()
{
    const qint64 start = utc("2025-06-01T10:00:00Z");
    const HandMadeGroup g = ::handMadeGroup(start);
    const PeakFigures f = peakFigures(g.group, g.households, {start, start + 8 * 900, 2025, {}});
    // Sorted: 7 6 4 4 2 -1 -1; point i is the value at index floor(i × 7 / 100).
    QCOMPARE(int(f.durationCurveKw.size()), 100);
    const std::pair<int, double> points[] = {{0, 7},  {14, 7}, {15, 6}, {28, 6},  {29, 4},
                                             {57, 4}, {58, 2}, {71, 2}, {72, -1}, {99, -1}};
    for (const auto &[i, kw] : points)
        QCOMPARE(f.durationCurveKw[std::size_t(i)], kw);
}

void TestPeaks::noDataNoPeak()
{
    const qint64 start = utc("2025-06-01T10:00:00Z");
    const float gap = std::nanf("");
    const PeakFigures f =
        peakFigures(quarterHours(start, {gap, gap}), {quarterHours(start, {gap, gap})},
                    {start, start + 1800, 2025, 3.0});
    QCOMPARE(f.intervalsWithData, qint64(0));
    QVERIFY(!f.peakAtUtc);
    QVERIFY(!f.coincidenceFactor);
    QVERIFY(!f.loadFactor);
    QVERIFY(!f.shareAboveThreshold);
    QVERIFY(f.durationCurveKw.empty());
    QVERIFY(!f.households.front().peakAtUtc);
}

/*!
 * Sunday 26 October 2025 has 25 hours in Brussels (100 quarter hours from
 * 2025-10-25T22:00Z). Quarter hour k starts at 22:00Z + k × 15 min.
 *   A consumes 0.1 kWh, and 0.6 at k = 10 (00:30Z, 02:30 summer time)
 *   B consumes 0.2 kWh, and 0.6 at k = 14 (01:30Z, 02:30 winter time: the repeated hour),
 *     and its own panels give 0.05 kWh everywhere
 *   a shared installation (no owner) gives 1.0 kWh at k = 50..53
 * A net, kW: 0.4, and 2.4 at k = 10 → own peak 2.4 at k = 10
 * B net, kW: 0.6, and 2.2 at k = 14 → own peak 2.2 at k = 14
 * Group net = A + B consumption − all production, kW: 1.0; k = 10: 3.0; k = 14: 2.6;
 *   k = 50..53: 1.2 − 4.2 = −3.0.
 * Peak 3.0 at 00:30Z; sent back 3.0 at 10:30Z (k = 50); Σ own peaks 4.6 → coincidence
 * 3.0 / 4.6; average (94 × 1.0 + 3.0 + 2.6 − 4 × 3.0) / 100 = 0.876 → load factor 0.292.
 */
void TestPeaks::workshopOnTheAutumnClockChange()
{
    QTemporaryDir dir;
    auto workshop = test::createWorkshop(dir);
    Household a;
    a.name = QStringLiteral("Amira");
    a.pseudonymCode = QStringLiteral("A");
    const qint64 aId = workshop->households().insert(a);
    Household b;
    b.name = QStringLiteral("Jan");
    b.pseudonymCode = QStringLiteral("B");
    const qint64 bId = workshop->households().insert(b);

    const qint64 day = utc("2025-10-25T22:00:00Z");
    QCOMPARE(brusselsMidnightUtc(QDate(2025, 10, 26)), day);
    QCOMPARE(brusselsMidnightUtc(QDate(2025, 10, 27)), day + 100 * 900);
    std::vector<float> aKwh(100, 0.1f), bKwh(100, 0.2f), bPanels(100, 0.05f), shared(100, 0.0f);
    aKwh[10] = 0.6f;
    bKwh[14] = 0.6f;
    for (int k = 50; k <= 53; ++k)
        shared[std::size_t(k)] = 1.0f;
    test::storeSeries(*workshop, QStringLiteral("A meter"), SeriesKind::Consumption, aId,
                      quarterHours(day, aKwh));
    test::storeSeries(*workshop, QStringLiteral("B meter"), SeriesKind::Consumption, bId,
                      quarterHours(day, bKwh));
    test::storeSeries(*workshop, QStringLiteral("B roof"), SeriesKind::Production, bId,
                      quarterHours(day, bPanels));
    test::storeSeries(*workshop, QStringLiteral("School roof"), SeriesKind::Production, 0,
                      quarterHours(day, shared));

    const auto peaks = workshopPeaks(*workshop, {day, day + 100 * 900, 2.5});
    QVERIFY2(peaks.ok(), qPrintable(peaks.error()));
    const PeakFigures &f = peaks->figures;
    QCOMPARE(peaks->year, 2025);
    QCOMPARE(f.intervals, qint64(100));
    QCOMPARE(f.intervalsWithData, qint64(100));
    QCOMPARE(qRound(f.peakKw * 1000), 3000);
    QCOMPARE(f.peakAtUtc, std::optional<qint64>(utc("2025-10-26T00:30:00Z")));
    QCOMPARE(qRound(f.reversePeakKw * 1000), 3000);
    QCOMPARE(f.reversePeakAtUtc, std::optional<qint64>(utc("2025-10-26T10:30:00Z")));
    QCOMPARE(qRound(f.sumIndividualPeaksKw * 1000), 4600);
    // Quarter hours are stored as 4-byte floats: 0.1 kWh is 0.100000001.
    QVERIFY(std::abs(*f.coincidenceFactor - 3.0 / 4.6) < 1e-5);
    QVERIFY(std::abs(*f.loadFactor - 0.292) < 1e-5);
    // Above 2.5 kW: k = 10 and 14 drawn, k = 50..53 sent back.
    QCOMPARE(f.intervalsAboveThreshold, qint64(2));
    QCOMPARE(f.intervalsReverseAboveThreshold, qint64(4));

    QCOMPARE(peaks->households.size(), 2);
    QCOMPARE(peaks->households[0].name, QStringLiteral("Amira"));
    QCOMPARE(qRound(f.households[0].peakKw * 1000), 2400);
    QCOMPARE(qRound(f.households[1].peakKw * 1000), 2200);
    QCOMPARE(f.households[1].peakAtUtc, std::optional<qint64>(utc("2025-10-26T01:30:00Z")));
    QCOMPARE(qRound(*f.households[0].atGroupPeakKw * 1000), 2400);
    QCOMPARE(qRound(*f.households[1].atGroupPeakKw * 1000), 600);
    QCOMPARE(qRound(*f.households[0].monthlyPeakKw[9] * 1000), 2400);
    QVERIFY(!f.households[0].monthlyPeakKw[10]);
}

void TestPeaks::periodAcrossTwoYearsIsRefused()
{
    QTemporaryDir dir;
    auto workshop = test::createWorkshop(dir);
    const auto peaks =
        workshopPeaks(*workshop, {brusselsMidnightUtc(QDate(2024, 12, 1)),
                                  brusselsMidnightUtc(QDate(2025, 2, 1)), std::nullopt});
    QVERIFY(!peaks.ok());
    QVERIFY2(peaks.error().contains(QStringLiteral("one calendar year")),
             qPrintable(peaks.error()));
    const auto empty = workshopPeaks(
        *workshop,
        {brusselsMidnightUtc(QDate(2025, 2, 1)), brusselsMidnightUtc(QDate(2025, 1, 1)), {}});
    QVERIFY(!empty.ok());
}

void TestPeaks::cabinThresholdIsOneUndoableStep()
{
    QTemporaryDir dir;
    auto workshop = test::createWorkshop(dir);
    QVERIFY(!cabinOf(*workshop).thresholdKw());
    QVERIFY(!setCabin(*workshop, Cabin{0.0, 0.95}).isEmpty());
    QVERIFY(!setCabin(*workshop, Cabin{250.0, 1.2}).isEmpty());
    QCOMPARE(workshop->undoStack()->count(), 0);
    QVERIFY(setCabin(*workshop, Cabin{250.0, 0.9}).isEmpty());
    QCOMPARE(workshop->undoStack()->count(), 1);
    QCOMPARE(cabinOf(*workshop).thresholdKw(), std::optional<double>(225.0)); // 250 × 0.9
    // The peaks compare with the cabin unless a threshold is given.
    const auto peaks = workshopPeaks(*workshop, {});
    QVERIFY(peaks.ok());
    QCOMPARE(peaks->figures.thresholdKw, std::optional<double>(225.0));
    QCOMPARE(workshopPeaks(*workshop, {std::nullopt, std::nullopt, 40.0})->figures.thresholdKw,
             std::optional<double>(40.0));
    workshop->undoStack()->undo();
    QVERIFY(!cabinOf(*workshop).kva);
    QCOMPARE(cabinOf(*workshop).powerFactor, 0.95);
}

QTEST_GUILESS_MAIN(TestPeaks)
#include "tst_peaks.moc"
