// SPDX-License-Identifier: GPL-3.0-or-later
// The estimated kWh/year formulas of the foundation issue (#2), case by case.
// Expected values were worked out by hand from the formulas, not by the code.

#include "inventory/appliance.h"
#include "inventory/estimate.h"

#include <QTest>

using namespace wattelier;

Q_DECLARE_METATYPE(wattelier::Appliance)

namespace {

Appliance hours(int quantity, double powerW, double hoursPerDay, double daysPerWeek,
                std::optional<double> standbyW = std::nullopt)
{
    Appliance a;
    a.quantity = quantity;
    a.powerW = powerW;
    a.hoursPerDay = hoursPerDay;
    a.daysPerWeek = daysPerWeek;
    a.standbyW = standbyW;
    a.usageMode = UsageMode::Hours;
    return a;
}

Appliance cycles(int quantity, double kwhPerCycle, double cyclesPerWeek,
                 std::optional<double> standbyW = std::nullopt)
{
    Appliance a;
    a.quantity = quantity;
    a.kwhPerCycle = kwhPerCycle;
    a.cyclesPerWeek = cyclesPerWeek;
    a.standbyW = standbyW;
    a.usageMode = UsageMode::Cycles;
    return a;
}

} // namespace

class TestEstimate : public QObject
{
    Q_OBJECT

private slots:
    void estimatedKwhPerYear_data()
    {
        QTest::addColumn<Appliance>("appliance");
        QTest::addColumn<double>("expected");

        // 100 W × 2 h × 7 d × 365/7 = 100 × 730 h = 73 kWh
        QTest::newRow("fridge-like, no standby") << hours(1, 100, 2, 7) << 73.0;
        // TV: 75 W × 1460 h + 0.5 W × (8760 − 1460) h = 109.5 + 3.65
        QTest::newRow("TV with standby") << hours(1, 75, 4, 7, 0.5) << 113.15;
        // 3 LED bulbs: 3 × 8 W × 2.74 h × 365 = 24.0024 kWh
        QTest::newRow("three LED bulbs") << hours(3, 8, 2.74, 7) << 24.0024;
        // Seasonal heater: 2.6 h × 2.9 d × 365/7 = 393.1571… h × 1500 W
        QTest::newRow("heater, part of the week")
            << hours(1, 1500, 2.6, 2.9) << 1500.0 * 2.6 * 2.9 * 365.0 / 7.0 / 1000.0;
        // Always on: standby never counts (8760 − 8760 = 0)
        QTest::newRow("router always on, standby ignored") << hours(1, 11, 24, 7, 5) << 96.36;
        // 30 h/day is impossible: running hours are clamped to the year
        QTest::newRow("hours clamped to the year") << hours(1, 100, 30, 7, 2) << 876.0;
        // Never used but plugged in: standby all year, 2 W × 8760 h
        QTest::newRow("standby only") << hours(1, 1000, 0, 7, 2) << 17.52;
        QTest::newRow("standby zero counts as zero") << hours(1, 50, 1, 7, 0.0) << 18.25;
        QTest::newRow("nothing") << hours(1, 0, 0, 0) << 0.0;

        // 0.55 kWh × 3.5 cycles × 365/7 = 100.375 kWh
        QTest::newRow("washing machine") << cycles(1, 0.55, 3.5) << 100.375;
        // 1.15 × 3.2 × 365/7 + 1 W × 8760 h / 1000 = 191.885714… + 8.76
        QTest::newRow("dishwasher with standby")
            << cycles(1, 1.15, 3.2, 1.0) << 1.15 * 3.2 * 365.0 / 7.0 + 8.76;
        QTest::newRow("two e-bike chargers") << cycles(2, 0.5, 0.4) << 2 * 0.5 * 0.4 * 365.0 / 7.0;
        // In cycles mode the standby counts all year, even for 3 units.
        QTest::newRow("three units with standby") << cycles(3, 0.0, 0.0, 0.5) << 13.14;
    }

    void estimatedKwhPerYear()
    {
        QFETCH(Appliance, appliance);
        QFETCH(double, expected);
        QVERIFY2(qAbs(wattelier::estimatedKwhPerYear(appliance) - expected) < 1e-9,
                 qPrintable(QStringLiteral("got %1, expected %2")
                                .arg(wattelier::estimatedKwhPerYear(appliance), 0, 'g', 15)
                                .arg(expected, 0, 'g', 15)));
    }

    void cyclesModeIgnoresHoursAndPower()
    {
        Appliance a = cycles(1, 0.55, 3.5);
        const double before = wattelier::estimatedKwhPerYear(a);
        a.powerW = 2000;
        a.hoursPerDay = 5;
        QCOMPARE(wattelier::estimatedKwhPerYear(a), before);
    }

    void hoursModeIgnoresCycles()
    {
        Appliance a = hours(1, 100, 2, 7);
        a.kwhPerCycle = 3;
        a.cyclesPerWeek = 7;
        QCOMPARE(wattelier::estimatedKwhPerYear(a), 73.0);
    }
};

QTEST_GUILESS_MAIN(TestEstimate)
#include "tst_estimate.moc"
