// SPDX-License-Identifier: GPL-3.0-or-later
// The "défi énergie" calculations (#4): consumption between readings, day and
// night registers, injection, meter replacement, normalisation to 7 days, a
// missing week, the three baselines, change, quotas and group weeks.

#include "challenge/challengeweeks.h"
#include "challenge/meterconsumption.h"

#include <QLocale>
#include <QTest>

using namespace wattelier;

Q_DECLARE_METATYPE(wattelier::IndexReading)
Q_DECLARE_METATYPE(std::optional<wattelier::IndexReading>)
Q_DECLARE_METATYPE(std::optional<double>)

namespace {

IndexReading read(const QDate &date, double index, MeterRegister reg = MeterRegister::Single)
{
    IndexReading r;
    r.date = date;
    r.index = index;
    r.reg = reg;
    return r;
}

IndexReading newMeter(const QDate &date, double index, std::optional<double> oldFinal,
                      double start = 0.0)
{
    IndexReading r = read(date, index);
    r.meterReplaced = true;
    r.oldMeterFinalIndex = oldFinal;
    r.newMeterStartIndex = start;
    return r;
}

const QDate june1(2026, 6, 1); // a Monday, the group's reading day

} // namespace

class TestChallengeCalc : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void consumptionBetween_data()
    {
        QTest::addColumn<IndexReading>("earlier");
        QTest::addColumn<IndexReading>("later");
        QTest::addColumn<std::optional<double>>("expected");
        QTest::newRow("a week") << read(june1, 12345) << read(june1.addDays(7), 12395)
                                << std::optional<double>(50);
        QTest::newRow("new meter, old last index noted")
            << read(june1, 12400) << newMeter(june1.addDays(7), 15, 12430)
            << std::optional<double>(30 + 15);
        QTest::newRow("new meter starting at 3")
            << read(june1, 12400) << newMeter(june1.addDays(7), 18, 12430, 3)
            << std::optional<double>(45);
        QTest::newRow("new meter, old last index unknown")
            << read(june1, 12400) << newMeter(june1.addDays(7), 15, std::nullopt)
            << std::optional<double>();
    }

    void consumptionBetween()
    {
        QFETCH(IndexReading, earlier);
        QFETCH(IndexReading, later);
        QFETCH(std::optional<double>, expected);
        QCOMPARE(wattelier::consumptionBetween(earlier, later), expected);
    }

    void validation_data()
    {
        QTest::addColumn<std::optional<IndexReading>>("previous");
        QTest::addColumn<IndexReading>("reading");
        QTest::addColumn<QString>("messagePart"); // empty: valid
        const std::optional<IndexReading> prev = read(june1, 12345);
        QTest::newRow("first reading") << std::optional<IndexReading>() << read(june1, 5) << "";
        QTest::newRow("counts up") << prev << read(june1.addDays(7), 12395) << "";
        QTest::newRow("same index") << prev << read(june1.addDays(7), 12345) << "";
        QTest::newRow("decreasing index refused")
            << prev << read(june1.addDays(7), 12300) << "lower than the previous one";
        QTest::newRow("decreasing with a new meter")
            << prev << newMeter(june1.addDays(7), 12, 12390) << "";
        QTest::newRow("same day refused") << prev << read(june1, 12350) << "later than";
        QTest::newRow("old meter's last index below its reading")
            << prev << newMeter(june1.addDays(7), 12, 12000) << "old meter";
        QTest::newRow("no date") << prev << read(QDate(), 12350) << "date";
        QTest::newRow("negative") << std::optional<IndexReading>() << read(june1, -1)
                                  << "zero or more";
    }

    void validation()
    {
        QFETCH(std::optional<IndexReading>, previous);
        QFETCH(IndexReading, reading);
        QFETCH(QString, messagePart);
        const QString message = validateIndexReading(previous, reading);
        if (messagePart.isEmpty())
            QVERIFY2(message.isEmpty(), qPrintable(message));
        else
            QVERIFY2(message.contains(messagePart), qPrintable(message));
    }

    void dayAndNightAreSummedInjectionApart()
    {
        const QDate d1 = june1.addDays(7);
        const QList<IndexReading> readings = {
            read(june1, 1000, MeterRegister::Day),
            read(june1, 2000, MeterRegister::Night),
            read(june1, 500, MeterRegister::Injection),
            read(june1.addDays(3), 1010, MeterRegister::Day), // night not read that day: skipped
            read(d1, 1030, MeterRegister::Day),
            read(d1, 2025, MeterRegister::Night),
            read(d1, 540, MeterRegister::Injection),
        };
        const auto offtake = offtakeIntervals(readings);
        QCOMPARE(offtake.size(), 1);
        QCOMPARE(offtake.first().from, june1);
        QCOMPARE(offtake.first().to, d1);
        QCOMPARE(offtake.first().kwh, 55.0);
        const auto injection = injectionIntervals(readings);
        QCOMPARE(injection.size(), 1);
        QCOMPARE(injection.first().kwh, 40.0);
    }

    void replacementWithoutLastIndexLeavesAGap()
    {
        const QList<IndexReading> readings = {read(june1, 100), read(june1.addDays(7), 150),
                                              newMeter(june1.addDays(14), 40, std::nullopt),
                                              read(june1.addDays(21), 95)};
        const auto intervals = offtakeIntervals(readings);
        QCOMPARE(intervals.size(), 2);
        QCOMPARE(intervals.at(0).kwh, 50.0);
        QCOMPARE(intervals.at(1).from, june1.addDays(14));
        QCOMPARE(intervals.at(1).kwh, 55.0);
        const auto weeks = weeklyFigures(intervals, june1, 3);
        QCOMPARE(weeks.at(0).kwh, std::optional<double>(50));
        QVERIFY(!weeks.at(1).kwh.has_value()); // the week of the change is unknown
        QCOMPARE(weeks.at(2).kwh, std::optional<double>(55));
    }

    void normalisedToSevenDays()
    {
        // Read a day late: 80 kWh over 8 days is 70 kWh for the week.
        const auto intervals = offtakeIntervals({read(june1, 0), read(june1.addDays(8), 80)});
        QCOMPARE(intervals.first().perWeek(), 70.0);
        const auto weeks = weeklyFigures(intervals, june1, 1);
        QCOMPARE(weeks.first().kwh, std::optional<double>(70));
        QVERIFY(!weeks.first().estimated);
        QCOMPARE(weeks.first().end, june1.addDays(7));
    }

    void missingWeekIsSpreadAndEstimated()
    {
        // No reading on 8 June: 140 kWh over two weeks, 70 each, both estimated.
        const auto intervals = offtakeIntervals(
            {read(june1, 1000), read(june1.addDays(14), 1140), read(june1.addDays(21), 1200)});
        const auto weeks = weeklyFigures(intervals, june1, 4);
        QCOMPARE(weeks.at(0).kwh, std::optional<double>(70));
        QVERIFY(weeks.at(0).estimated);
        QCOMPARE(weeks.at(1).kwh, std::optional<double>(70));
        QVERIFY(weeks.at(1).estimated);
        QCOMPARE(weeks.at(2).kwh, std::optional<double>(60));
        QVERIFY(!weeks.at(2).estimated);
        QVERIFY(!weeks.at(3).kwh.has_value()); // not read yet
    }

    void baselines()
    {
        // Two weeks read before the start: 60 then 80 kWh.
        const auto intervals =
            offtakeIntervals({read(june1.addDays(-14), 500), read(june1.addDays(-7), 560),
                              read(june1, 640), read(june1.addDays(7), 703)});
        const auto weeks = weeklyFigures(intervals, june1, 1);
        QCOMPARE(weeks.first().kwh, std::optional<double>(63));

        BaselineChoice before{BaselineKind::WeeksBefore, 2, std::nullopt};
        QCOMPARE(baselineKwhPerWeek(before, intervals, june1, weeks), std::optional<double>(70));
        before.weeksBefore = 3; // not enough readings
        QVERIFY(!baselineKwhPerWeek(before, intervals, june1, weeks).has_value());
        const BaselineChoice bill{BaselineKind::AnnualBill, 0, 3640.0};
        QCOMPARE(baselineKwhPerWeek(bill, intervals, june1, weeks), std::optional<double>(70));
        const BaselineChoice first{BaselineKind::FirstWeek, 0, std::nullopt};
        QCOMPARE(baselineKwhPerWeek(first, intervals, june1, weeks), std::optional<double>(63));

        QCOMPARE(changePercent(63, 70.0), std::optional<double>(-10));
        QVERIFY(!changePercent(63, std::nullopt).has_value());
        QCOMPARE(perPerson(63, 3), std::optional<double>(21));
        QVERIFY(!perPerson(63, 0).has_value());
        QCOMPARE(baselineKindFromKey(key(BaselineKind::AnnualBill)),
                 std::optional<BaselineKind>(BaselineKind::AnnualBill));
    }

    void quotas()
    {
        QVERIFY(!quotaKwhPerWeek(Quota{QuotaKind::None, 50}, 4).has_value());
        QCOMPARE(quotaKwhPerWeek(Quota{QuotaKind::PerHousehold, 50}, 4), std::optional<double>(50));
        QCOMPARE(quotaKwhPerWeek(Quota{QuotaKind::PerPerson, 15}, 4), std::optional<double>(60));
        QCOMPARE(quotaUsePercent(63, 60.0), std::optional<double>(105));
        QVERIFY(!quotaUsePercent(63, std::nullopt).has_value());
        QVERIFY(isUnusualWeek(150, 70.0));
        QVERIFY(isUnusualWeek(30, 70.0));
        QVERIFY(!isUnusualWeek(90, 70.0));
        QVERIFY(!isUnusualWeek(90, std::nullopt));
    }

    void groupIsSummedWeekByWeek()
    {
        const auto a = weeklyFigures(offtakeIntervals({read(june1, 0), read(june1.addDays(7), 70),
                                                       read(june1.addDays(14), 130)}),
                                     june1, 2);
        const auto b =
            weeklyFigures(offtakeIntervals({read(june1, 0), read(june1.addDays(7), 40)}), june1, 2);
        const auto group = groupWeeks({a, b});
        QCOMPARE(group.size(), 2);
        QCOMPARE(group.at(0).kwh, 110.0);
        QCOMPARE(group.at(0).households, 2);
        QCOMPARE(group.at(1).kwh, 60.0); // b has no second week yet
        QCOMPARE(group.at(1).households, 1);
        // The group's change is computed on the sums: (110 − 100) ÷ 100.
        QCOMPARE(changePercent(group.at(0).kwh, 100.0), std::optional<double>(10));
    }
};

QTEST_GUILESS_MAIN(TestChallengeCalc)
#include "tst_challengecalc.moc"
