// SPDX-License-Identifier: GPL-3.0-or-later
// The energy balance of issue #6, worked out by hand case by case: equal
// curves, no overlap, mixed intervals, gaps, summed series, meters.

#include "energy/energybalance.h"
#include "energy/localperiods.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace wattelier;

Q_DECLARE_METATYPE(wattelier::RegularSeries)

namespace {

constexpr float noData = std::numeric_limits<float>::quiet_NaN();
constexpr qint64 t0 = 1750932000; // 2025-06-26T10:00Z, on every grid used here

RegularSeries series(qint64 start, int interval, std::vector<float> values)
{
    RegularSeries s;
    s.startUtc = start;
    s.intervalS = interval;
    s.kwh = std::move(values);
    return s;
}

/*! 60 one-minute values: \a perMinute each, with \a value at minute \a at. */
std::vector<float> minutes(int count, float perMinute)
{
    return std::vector<float>(std::size_t(count), perMinute);
}

} // namespace

class TestEnergyBalance : public QObject
{
    Q_OBJECT

private slots:
    void balance_data()
    {
        QTest::addColumn<RegularSeries>("production");
        QTest::addColumn<RegularSeries>("consumption");
        QTest::addColumn<double>("productionKwh");
        QTest::addColumn<double>("consumptionKwh");
        QTest::addColumn<double>("selfConsumedKwh");
        QTest::addColumn<double>("coverage");
        QTest::addColumn<int>("intervalS");

        // The same curve on both sides: everything produced is used, everything used produced.
        const RegularSeries day = series(t0, 900, {0.5f, 1.0f, 1.5f, 2.0f});
        QTest::newRow("equal curves") << day << day << 5.0 << 5.0 << 5.0 << 1.0 << 900;
        // Production at noon, consumption at night: nothing used on the spot.
        QTest::newRow("no overlap")
            << series(t0, 3600, {2, 3, 0, 0}) << series(t0, 3600, {0, 0, 1, 4}) << 5.0 << 5.0 << 0.0
            << 1.0 << 3600;
        // min(3,1) + min(1,2) + min(0,1) = 2
        QTest::newRow("alternating") << series(t0, 3600, {3, 1, 0}) << series(t0, 3600, {1, 2, 1})
                                     << 4.0 << 4.0 << 2.0 << 1.0 << 3600;
        // 15-min production against 1-min consumption: compared per quarter hour.
        // Quarter 1: P 0.5, C 15 × 0.02 = 0.3 → 0.3; quarter 2: P 0.1, C 15 × 0.02 = 0.3 → 0.1.
        QTest::newRow("15 min vs 1 min")
            << series(t0, 900, {0.5f, 0.1f}) << series(t0, 60, minutes(30, 0.02f)) << 0.6 << 0.6
            << 0.4 << 1.0 << 900;
        // A minute missing in the second quarter hour: that quarter is a gap on both sides.
        RegularSeries holed = series(t0, 60, minutes(30, 0.02f));
        holed.kwh[20] = noData;
        QTest::newRow("1 min gap voids its quarter")
            << series(t0, 900, {0.5f, 0.1f}) << holed << 0.5 << 0.3 << 0.3 << 0.5 << 900;
        // Gaps on either side are left out of both sums: 2 of 4 intervals count.
        QTest::newRow("gaps") << series(t0, 3600, {1, noData, 2, 3})
                              << series(t0, 3600, {2, 2, noData, 1}) << 4.0 << 3.0 << 2.0 << 0.5
                              << 3600;
        // Consumption measured for one more hour than production: that hour is not covered.
        QTest::newRow("different spans") << series(t0, 3600, {2, 2}) << series(t0, 3600, {1, 1, 1})
                                         << 4.0 << 2.0 << 2.0 << 2.0 / 3.0 << 3600;
        // Hourly production, half-hourly consumption, consumption starting half an hour later:
        // the first hour is incomplete on the consumption side.
        QTest::newRow("offset start")
            << series(t0, 3600, {1, 1}) << series(t0 + 1800, 1800, {0.2f, 0.3f, 0.4f}) << 1.0 << 0.7
            << 0.7 << 0.5 << 3600;
        QTest::newRow("no production at all")
            << RegularSeries{} << series(t0, 900, {1, 1}) << 0.0 << 0.0 << 0.0 << 0.0 << 900;
    }

    void balance()
    {
        QFETCH(RegularSeries, production);
        QFETCH(RegularSeries, consumption);
        QFETCH(double, productionKwh);
        QFETCH(double, consumptionKwh);
        QFETCH(double, selfConsumedKwh);
        QFETCH(double, coverage);
        QFETCH(int, intervalS);

        const EnergyBalance b = energyBalance(production, consumption);
        QVERIFY(std::abs(b.productionKwh - productionKwh) < 1e-6);
        QVERIFY(std::abs(b.consumptionKwh - consumptionKwh) < 1e-6);
        QVERIFY2(std::abs(b.selfConsumedKwh - selfConsumedKwh) < 1e-6,
                 qPrintable(QString::number(b.selfConsumedKwh)));
        QVERIFY(std::abs(b.injectedKwh - (productionKwh - selfConsumedKwh)) < 1e-6);
        QVERIFY(std::abs(b.offtakeKwh - (consumptionKwh - selfConsumedKwh)) < 1e-6);
        QVERIFY2(std::abs(b.coverage() - coverage) < 1e-9,
                 qPrintable(QString::number(b.coverage())));
        QCOMPARE(b.intervalS, intervalS);
        if (productionKwh > 0)
            QVERIFY(std::abs(*b.selfConsumptionRate() - selfConsumedKwh / productionKwh) < 1e-6);
        else
            QVERIFY(!b.selfConsumptionRate());
    }

    void equalCurvesAreFullRates()
    {
        const RegularSeries day = series(t0, 900, {0.5f, 1.0f, 1.5f, 2.0f});
        const EnergyBalance b = energyBalance(day, day);
        QCOMPARE(*b.selfConsumptionRate(), 1.0);
        QCOMPARE(*b.selfSufficiencyRate(), 1.0);
        const EnergyBalance none =
            energyBalance(series(t0, 3600, {2, 0}), series(t0, 3600, {0, 2}));
        QCOMPARE(*none.selfConsumptionRate(), 0.0);
        QCOMPARE(*none.selfSufficiencyRate(), 0.0);
    }

    void period()
    {
        // Hours 2 and 3 of four: P 1+1, C 3+0 → self-consumed 1.
        const RegularSeries p = series(t0, 3600, {5, 1, 1, 5});
        const RegularSeries c = series(t0, 3600, {1, 3, 0, 1});
        const EnergyBalance b = energyBalance(p, c, t0 + 3600, t0 + 3 * 3600);
        QCOMPARE(b.productionKwh, 2.0);
        QCOMPARE(b.consumptionKwh, 3.0);
        QCOMPARE(b.selfConsumedKwh, 1.0);
        QCOMPARE(b.intervals, qint64(2));
        QCOMPARE(b.fromUtc, t0 + 3600);
        // A period reaching past the data counts the missing hours against coverage.
        const EnergyBalance wide = energyBalance(p, c, t0, t0 + 8 * 3600);
        QCOMPARE(wide.intervals, qint64(8));
        QCOMPARE(wide.coverage(), 0.5);
        QCOMPARE(wide.productionGaps, qint64(4));
    }

    void groupIsComputedOnSummedCurves()
    {
        // Two homes: A produces at noon and consumes in the evening, B the other way round.
        // Each alone self-consumes nothing; together they use each other's surplus.
        const RegularSeries pA = series(t0, 3600, {2, 0});
        const RegularSeries cA = series(t0, 3600, {0, 2});
        const RegularSeries pB = series(t0, 3600, {0, 2});
        const RegularSeries cB = series(t0, 3600, {2, 0});
        QCOMPARE(energyBalance(pA, cA).selfConsumedKwh, 0.0);
        QCOMPARE(energyBalance(pB, cB).selfConsumedKwh, 0.0);
        const EnergyBalance group = energyBalance(sumStrict({pA, pB}), sumStrict({cA, cB}));
        QCOMPARE(group.selfConsumedKwh, 4.0);
        QCOMPARE(*group.selfSufficiencyRate(), 1.0);
    }

    void sumStrictLeavesGapsWhereAHomeIsMissing()
    {
        // Three PV meters, one at 15 min, one missing its second hour, one starting later.
        const RegularSeries a = series(t0, 900, {0.25f, 0.25f, 0.25f, 0.25f, 1, 1, 1, 1});
        const RegularSeries b = series(t0, 3600, {2, noData});
        const RegularSeries c = series(t0, 3600, {3, 3});
        const RegularSeries sum = sumStrict({a, b, c});
        QCOMPARE(sum.intervalS, 3600);
        QCOMPARE(sum.startUtc, t0);
        QCOMPARE(sum.kwh.size(), std::size_t(2));
        QCOMPARE(sum.kwh[0], 6.0f);
        QVERIFY(std::isnan(sum.kwh[1]));
        const RegularSeries late =
            sumStrict({series(t0, 3600, {1, 1}), series(t0 + 3600, 3600, {1})});
        QVERIFY(std::isnan(late.kwh[0]));
        QCOMPARE(late.kwh[1], 2.0f);
    }

    void resampleNeedsEveryFineInterval()
    {
        const RegularSeries fine = series(t0, 900, {1, 1, 1, 1, 1, noData, 1, 1, 2});
        const RegularSeries hourly = resampleTo(fine, 3600, t0);
        QCOMPARE(hourly.kwh.size(), std::size_t(3));
        QCOMPARE(hourly.kwh[0], 4.0f);
        QVERIFY(std::isnan(hourly.kwh[1]));
        QVERIFY(std::isnan(hourly.kwh[2])); // only one quarter of the third hour
        QCOMPARE(commonInterval(900, 60), 900);
        QCOMPARE(commonInterval(900, 3600), 3600);
        QCOMPARE(commonInterval(600, 900), 1800);
        QCOMPARE(commonInterval(0, 900), 0);
    }

    void consumptionFromGridMeters()
    {
        // Offtake 1, injection 2, production 4 → consumption 3; a negative result is clamped.
        const RegularSeries c =
            consumptionFromMeters(series(t0, 900, {1, 0, 0.5f}), series(t0, 900, {2, 3.1f, noData}),
                                  series(t0, 900, {4, 3, 1}));
        QCOMPARE(c.kwh.size(), std::size_t(3));
        QCOMPARE(c.kwh[0], 3.0f);
        QCOMPARE(c.kwh[1], 0.0f);
        QVERIFY(std::isnan(c.kwh[2]));
    }

    void money()
    {
        EnergyBalance b;
        b.selfConsumedKwh = 100;
        b.offtakeKwh = 200;
        b.injectedKwh = 300;
        const BalanceMoney m = moneyOf(b, Tariff{0.30, 0.05});
        QCOMPARE(m.offtakeCostEur, 60.0);
        QCOMPARE(m.injectionRevenueEur, 15.0);
        QCOMPARE(m.selfConsumedSavingEur, 30.0);
    }

    void monthsAndAverageDayFollowBrusselsTime()
    {
        // Hourly curves over 2025: production 1 kWh at 12:00–13:00 local each day, consumption
        // 1 kWh every hour.
        const UtcPeriod year = periodContaining(PeriodKind::Year, QDate(2025, 6, 1));
        QCOMPARE(year.fromUtc, qint64(1735686000)); // 2024-12-31T23:00Z
        const std::size_t hours = std::size_t((year.toUtc - year.fromUtc) / 3600);
        QCOMPARE(hours, std::size_t(8760));
        AlignedCurves curves;
        curves.production = series(year.fromUtc, 3600, std::vector<float>(hours, 0.0f));
        curves.consumption = series(year.fromUtc, 3600, std::vector<float>(hours, 1.0f));
        for (QDate d(2025, 1, 1); d.year() == 2025; d = d.addDays(1))
            // Noon is 12 hours before the next midnight, also on the days the clocks change.
            curves.production.kwh[std::size_t(
                (brusselsMidnightUtc(d.addDays(1)) - 12 * 3600 - year.fromUtc) / 3600)] = 1.0f;
        const auto months = monthlyBalances(curves, 2025);
        QCOMPARE(months[1].productionKwh, 28.0);   // February
        QCOMPARE(months[2].consumptionKwh, 743.0); // March loses an hour
        QCOMPARE(months[9].consumptionKwh, 745.0); // October gains one
        QCOMPARE(months[5].selfConsumedKwh, 30.0);
        const AverageDay june = averageDay(curves, 2025, 6);
        QCOMPARE(june.days, 30);
        QCOMPARE(june.productionKwh.size(), std::size_t(24));
        QCOMPARE(june.productionKwh[12], 1.0);
        QCOMPARE(june.productionKwh[11], 0.0);
        const AverageDay march = averageDay(curves, 2025, 3);
        QCOMPARE(march.productionKwh[12], 1.0); // still at noon after the clocks changed
        QCOMPARE(march.consumptionKwh[2], 1.0); // 30 March has no 02:00; the others do
    }

    void stepping()
    {
        QCOMPARE(stepPeriod(PeriodKind::Month, QDate(2025, 1, 31), 1), QDate(2025, 2, 28));
        const UtcPeriod week = periodContaining(PeriodKind::Week, QDate(2025, 10, 29));
        QCOMPARE(brusselsDateOf(week.fromUtc), QDate(2025, 10, 27)); // a Monday
        QCOMPARE(week.toUtc - week.fromUtc, qint64(7 * 86400));
        const UtcPeriod autumn = periodContaining(PeriodKind::Day, QDate(2025, 10, 26));
        QCOMPARE(autumn.toUtc - autumn.fromUtc, qint64(25 * 3600));
    }
};

QTEST_GUILESS_MAIN(TestEnergyBalance)
#include "tst_energybalance.moc"
