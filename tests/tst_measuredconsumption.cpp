// SPDX-License-Identifier: GPL-3.0-or-later
// Measured annual consumption from wattmeter readings (#3), case by case.
// Expected values are worked out by hand from the rules in measuredconsumption.h.

#include "inventory/estimate.h"
#include "wattmeter/measuredconsumption.h"

#include <QTest>

#include "testsupport.h"

using namespace wattelier;

Q_DECLARE_METATYPE(wattelier::Appliance)
Q_DECLARE_METATYPE(QList<wattelier::WattmeterReading>)

using wattelier::test::reading;

namespace {

Appliance hoursAppliance(double powerW, double hoursPerDay, std::optional<double> standbyW = {},
                         int quantity = 1)
{
    Appliance a;
    a.usageMode = UsageMode::Hours;
    a.powerW = powerW;
    a.hoursPerDay = hoursPerDay;
    a.daysPerWeek = 7;
    a.standbyW = standbyW;
    a.quantity = quantity;
    return a;
}

Appliance cyclesAppliance(double kwhPerCycle, double cyclesPerWeek,
                          std::optional<double> standbyW = {})
{
    Appliance a;
    a.usageMode = UsageMode::Cycles;
    a.kwhPerCycle = kwhPerCycle;
    a.cyclesPerWeek = cyclesPerWeek;
    a.standbyW = standbyW;
    return a;
}

} // namespace

class TestMeasuredConsumption : public QObject
{
    Q_OBJECT

private slots:
    void measured_data()
    {
        QTest::addColumn<Appliance>("appliance");
        QTest::addColumn<QList<WattmeterReading>>("readings");
        QTest::addColumn<bool>("hasMeasured");
        QTest::addColumn<double>("expected"); // kwh_per_year
        QTest::addColumn<QString>("source");

        const Appliance fridge = hoursAppliance(100, 9.5); // estimate 346.75
        QTest::newRow("no readings: the estimate")
            << fridge << QList<WattmeterReading>{} << false << 346.75 << "estimated";
        // 1.2 kWh over 48 h = 0.025 kWh/h × 8760 h
        QTest::newRow("fridge 1.2 kWh over 48 h")
            << fridge << QList<WattmeterReading>{reading(ReadingKind::EnergyOverDuration, 1.2, 48)}
            << true << 219.0 << "measured";
        // two fridge measurements averaged per hour: (0.025 + 0.035) / 2 × 8760 = 262.8
        QTest::newRow("two durations averaged per hour")
            << fridge
            << QList<WattmeterReading>{reading(ReadingKind::EnergyOverDuration, 1.2, 48),
                                       reading(ReadingKind::EnergyOverDuration, 0.84, 24)}
            << true << 262.8 << "measured";
        // energy over a duration wins over a power reading, and counts the quantity
        QTest::newRow("duration wins, two units")
            << hoursAppliance(100, 9.5, {}, 2)
            << QList<WattmeterReading>{reading(ReadingKind::PowerOn, 300),
                                       reading(ReadingKind::EnergyOverDuration, 0.6, 24)}
            << true << 438.0 << "measured";
        // 0.9 kWh × 4 cycles × 365/7 = 187.714…
        QTest::newRow("washing machine 0.9 kWh per cycle")
            << cyclesAppliance(0.55, 4)
            << QList<WattmeterReading>{reading(ReadingKind::EnergyPerCycle, 0.9)} << true
            << 0.9 * 4 * 365.0 / 7.0 << "measured";
        // per-cycle measured, standby still nominal: mixed. 0.9×4×365/7 + 1 W × 8760 h
        QTest::newRow("per cycle measured, standby nominal")
            << cyclesAppliance(0.55, 4, 1.0)
            << QList<WattmeterReading>{reading(ReadingKind::EnergyPerCycle, 0.9)} << true
            << 0.9 * 4 * 365.0 / 7.0 + 8.76 << "mixed";
        // TV: power read 60 W instead of 75, standby nominal 0.5 W: 60 × 1460 + 0.5 × 7300 → 91.25
        QTest::newRow("TV power measured, standby nominal")
            << hoursAppliance(75, 4, 0.5)
            << QList<WattmeterReading>{reading(ReadingKind::PowerOn, 60)} << true << 91.25
            << "mixed";
        // TV box: standby read 15 W (nominal 7), power nominal: 10.5 × 1460 h? no: 10.5 W × 4 h ×
        // 365 + 15 × 7300
        QTest::newRow("TV box standby measured, power nominal")
            << hoursAppliance(10.5, 4, 7.0)
            << QList<WattmeterReading>{reading(ReadingKind::Standby, 15)} << true
            << (10.5 * 1460 + 15 * 7300) / 1000.0 << "mixed";
        // Both terms measured and averaged: power (70+80)/2 = 75, standby (0.4+0.6)/2 = 0.5
        QTest::newRow("power and standby measured, averaged")
            << hoursAppliance(100, 4, 2.0)
            << QList<WattmeterReading>{reading(ReadingKind::PowerOn, 70),
                                       reading(ReadingKind::PowerOn, 80),
                                       reading(ReadingKind::Standby, 0.4),
                                       reading(ReadingKind::Standby, 0.6)}
            << true << 113.15 << "measured";
        // Power measured on an appliance without standby: every term measured
        QTest::newRow("power only, no standby given")
            << hoursAppliance(100, 2) << QList<WattmeterReading>{reading(ReadingKind::PowerOn, 120)}
            << true << 87.6 << "measured";
        // A standby reading adds standby where none was given: 100 W × 730 h + 2 W × 8030 h
        QTest::newRow("standby read where none was given")
            << hoursAppliance(100, 2) << QList<WattmeterReading>{reading(ReadingKind::Standby, 2)}
            << true << 73.0 + 16.06 << "mixed";
        // Readings that do not fit the usage are not used
        QTest::newRow("per cycle reading on an hours appliance")
            << hoursAppliance(100, 2)
            << QList<WattmeterReading>{reading(ReadingKind::EnergyPerCycle, 1.0)} << false << 73.0
            << "estimated";
        QTest::newRow("power reading on a cycles appliance")
            << cyclesAppliance(0.55, 4)
            << QList<WattmeterReading>{reading(ReadingKind::PowerOn, 2000)} << false
            << 0.55 * 4 * 365.0 / 7.0 << "estimated";
    }

    void measured()
    {
        QFETCH(Appliance, appliance);
        QFETCH(QList<WattmeterReading>, readings);
        QFETCH(bool, hasMeasured);
        QFETCH(double, expected);
        QFETCH(QString, source);
        const ApplianceConsumption c = applianceConsumption(appliance, readings);
        QCOMPARE(c.measuredKwhPerYear.has_value(), hasMeasured);
        QVERIFY2(qAbs(c.kwhPerYear - expected) < 1e-9,
                 qPrintable(QStringLiteral("got %1, expected %2")
                                .arg(c.kwhPerYear, 0, 'g', 12)
                                .arg(expected, 0, 'g', 12)));
        QCOMPARE(key(c.source), source);
        QCOMPARE(c.estimatedKwhPerYear, estimatedKwhPerYear(appliance));
    }

    void standbyEnergy()
    {
        // 7 W nominal, 4 h/day on: 7 × (8760 − 1460) = 51.1 kWh; measured 15 W: 109.5
        const Appliance box = hoursAppliance(10.5, 4, 7.0);
        QVERIFY(qAbs(standbyKwhPerYear(box, {}) - 51.1) < 1e-9);
        QVERIFY(qAbs(standbyKwhPerYear(box, {reading(ReadingKind::Standby, 15)}) - 109.5) < 1e-9);
        // Cycles mode: standby all year. No standby given and none read: nothing.
        QVERIFY(qAbs(standbyKwhPerYear(cyclesAppliance(1, 3, 0.5), {}) - 4.38) < 1e-9);
        QCOMPARE(standbyKwhPerYear(hoursAppliance(100, 2), {}), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestMeasuredConsumption)
#include "tst_measuredconsumption.moc"
