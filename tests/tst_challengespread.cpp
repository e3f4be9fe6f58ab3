// SPDX-License-Identifier: GPL-3.0-or-later
// The spread of the households' changes in an energy challenge (#23): what a
// group of 194 sees instead of 194 lines. Quantiles computed by hand.

#include "challenge/challengespread.h"

#include <QTest>

#include <cmath>

using namespace wattelier;

namespace {

using Figures = QList<double>; // minimum, p10, p25, median, p75, p90, maximum

Figures figuresOf(const ChangeSpread &s)
{
    return {*s.minimum, *s.p10, *s.p25, *s.median, *s.p75, *s.p90, *s.maximum};
}

HouseholdChallenge household(std::optional<double> baseline,
                             const QList<std::optional<double>> &kwh)
{
    HouseholdChallenge h;
    h.baselineKwhPerWeek = baseline;
    for (const auto &week : kwh) {
        HouseholdWeek w;
        w.figure.kwh = week;
        if (week && baseline)
            w.changePercent = (*week / *baseline - 1.0) * 100.0;
        h.weeks.append(w);
    }
    return h;
}

QList<GroupChallengeWeek> weeks(const QList<bool> &finished)
{
    QList<GroupChallengeWeek> result;
    for (bool f : finished) {
        GroupChallengeWeek w;
        w.finished = f;
        result.append(w);
    }
    return result;
}

} // namespace

class TestChallengeSpread : public QObject
{
    Q_OBJECT

private slots:
    void quantiles_data()
    {
        QTest::addColumn<QList<double>>("changes");
        QTest::addColumn<Figures>("expected");
        QTest::addColumn<int>("below");
        QTest::newRow("one household") << QList<double>{5} << Figures{5, 5, 5, 5, 5, 5, 5} << 0;
        // Sorted −30, −10, 0, 20; position q × 3: p10 at 0.3 → −30 + 0.3 × 20 = −24;
        // p25 at 0.75 → −15; median at 1.5 → −5; p75 at 2.25 → 5; p90 at 2.7 → 14.
        // 0 % is not below the usual week.
        QTest::newRow("four, unsorted")
            << QList<double>{-10, 20, 0, -30} << Figures{-30, -24, -15, -5, 5, 14, 20} << 2;
        // 0, 10, …, 100 in any order: each quantile falls on a value.
        QTest::newRow("eleven") << QList<double>{50, 0, 100, 10, 90, 20, 80, 30, 70, 40, 60}
                                << Figures{0, 10, 25, 50, 75, 90, 100} << 0;
        QTest::newRow("not a number is left out")
            << QList<double>{qQNaN(), -8, qInf()} << Figures{-8, -8, -8, -8, -8, -8, -8} << 1;
    }

    void quantiles()
    {
        QFETCH(QList<double>, changes);
        QFETCH(Figures, expected);
        QFETCH(int, below);
        const ChangeSpread s = spreadOf(std::vector<double>(changes.begin(), changes.end()));
        QCOMPARE(s.below, below);
        const Figures got = figuresOf(s);
        for (qsizetype i = 0; i < expected.size(); ++i)
            QVERIFY2(std::abs(got.at(i) - expected.at(i)) < 1e-9,
                     qPrintable(QStringLiteral("figure %1: %2").arg(i).arg(got.at(i))));
    }

    void nothingToSpread()
    {
        const ChangeSpread s = spreadOf({});
        QCOMPARE(s.households, 0);
        QVERIFY(!s.median && !s.minimum && !s.p90);
    }

    void overallCountsFinishedWeeksOnly()
    {
        // Usual week 100 kWh; 90 and 120 in finished weeks, none in the second,
        // 50 in a week still running: 210 kWh against 2 × 100, +5 %.
        const auto groupWeeks = weeks({true, true, true, false});
        const auto h = household(100.0, {90.0, std::nullopt, 120.0, 50.0});
        QCOMPARE(overallChangePercent(h, groupWeeks).value_or(-1), 5.0);
        QVERIFY(!overallChangePercent(household(std::nullopt, {90.0}), weeks({true})));
        QVERIFY(!overallChangePercent(household(100.0, {90.0}), weeks({false})));
        QVERIFY(!overallChangePercent(household(0.0, {90.0}), weeks({true})));
    }

    void weekByWeek()
    {
        ChallengeReport report;
        report.groupWeeks = weeks({true, false});
        report.households = {household(100.0, {90.0, 80.0}), household(50.0, {50.0, 40.0}),
                             household(10.0, {12.0, std::nullopt})};
        const std::vector<ChangeSpread> spreads = weeklySpreads(report);
        QCOMPARE(spreads.size(), std::size_t(2));
        // Week 1: −10 %, 0 %, +20 %.
        QCOMPARE(spreads[0].households, 3);
        QCOMPARE(spreads[0].below, 1);
        QVERIFY(std::abs(*spreads[0].median - 0.0) < 1e-9);
        QVERIFY(std::abs(*spreads[0].maximum - 20.0) < 1e-9);
        // Week 2 is not finished: not a result yet.
        QCOMPARE(spreads[1].households, 0);
        // Overall, the finished week only: the same three changes.
        const ChangeSpread overall = overallSpread(report);
        QCOMPARE(overall.households, 3);
        QVERIFY(std::abs(*overall.minimum + 10.0) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestChallengeSpread)
#include "tst_challengespread.moc"
