// SPDX-License-Identifier: GPL-3.0-or-later
// Helpful warnings while entering a wattmeter reading (#3).

#include "inventory/catalogue.h"
#include "wattmeter/wattmeterreadingwarnings.h"

#include <QLocale>
#include <QTest>

#include "testsupport.h"

using namespace wattelier;

using wattelier::test::reading;

namespace {

QList<int> kindsOf(const QList<WattmeterReadingWarning> &warnings)
{
    QList<int> kinds;
    for (const WattmeterReadingWarning &w : warnings)
        kinds.append(int(w.kind));
    return kinds;
}

Appliance fromCatalogue(const char *key)
{
    const CatalogueEntry *entry = Catalogue::builtIn().find(QLatin1String(key));
    return entry ? entry->toAppliance(QStringLiteral("en")) : Appliance{};
}

} // namespace

using Kind = WattmeterReadingWarning::Kind;

class TestWattmeterReadingWarnings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void warnings_data()
    {
        QTest::addColumn<QString>("catalogueKey");
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("hours");
        QTest::addColumn<double>("resolution");
        QTest::addColumn<QList<int>>("expected");
        QTest::addColumn<bool>("confirm");

        const auto row = [](const char *name, const char *key, ReadingKind kind, double value,
                            double hours, double resolution, QList<Kind> expected, bool confirm) {
            QList<int> expectedKinds;
            for (const Kind k : expected)
                expectedKinds.append(int(k));
            QTest::newRow(name) << QString::fromLatin1(key) << int(kind) << value << hours
                                << resolution << expectedKinds << confirm;
        };
        row("TV standby 0.5 W: below 1 W resolution", "tv_led_40_50", ReadingKind::Standby, 0.5, 0,
            1.0, {Kind::BelowResolution}, false);
        row("TV box standby 15 W: fine", "tv_box_decoder", ReadingKind::Standby, 15, 0, 1.0, {},
            false);
        row("standby 1.5 W with a 2 W wattmeter", "tv_led_40_50", ReadingKind::Standby, 1.5, 0, 2.0,
            {Kind::BelowResolution}, false);
        row("fridge power: it cycles", "fridge", ReadingKind::PowerOn, 80, 0, 1.0,
            {Kind::CyclingAppliance}, false);
        row("freezer over 24 h: fine", "chest_freezer", ReadingKind::EnergyOverDuration, 0.7, 24,
            1.0, {}, false);
        row("heat-pump dryer power: it cycles", "tumble_dryer_heat_pump", ReadingKind::PowerOn, 700,
            0, 1.0, {Kind::CyclingAppliance, Kind::UnusedForUsage}, false);
        row("kettle typed in kW", "kettle", ReadingKind::PowerOn, 2.2, 0, 1.0,
            {Kind::FarFromTypical}, true);
        row("kettle 2200 W: fine", "kettle", ReadingKind::PowerOn, 2200, 0, 1.0, {}, false);
        row("washing per cycle in Wh", "washing_machine", ReadingKind::EnergyPerCycle, 900, 0, 1.0,
            {Kind::FarFromTypical}, true);
        row("washing 0.9 kWh per cycle: fine", "washing_machine", ReadingKind::EnergyPerCycle, 0.9,
            0, 1.0, {}, false);
        row("per cycle on an hours appliance", "kettle", ReadingKind::EnergyPerCycle, 0.1, 0, 1.0,
            {Kind::UnusedForUsage}, false);
        row("fridge 1.2 kWh over 48 h: fine", "fridge", ReadingKind::EnergyOverDuration, 1.2, 48,
            1.0, {}, false);
        row("fridge 1200 kWh over 48 h: unit slip", "fridge", ReadingKind::EnergyOverDuration, 1200,
            48, 1.0, {Kind::FarFromTypical}, true);
    }

    void warnings()
    {
        QFETCH(QString, catalogueKey);
        QFETCH(int, kind);
        QFETCH(double, value);
        QFETCH(double, hours);
        QFETCH(double, resolution);
        QFETCH(QList<int>, expected);
        QFETCH(bool, confirm);
        const Appliance appliance = fromCatalogue(catalogueKey.toLatin1().constData());
        QVERIFY(!appliance.catalogueKey.isEmpty());
        const auto warnings = readingWarnings(appliance, reading(ReadingKind(kind), value, hours),
                                              Catalogue::builtIn().find(catalogueKey), resolution);
        QCOMPARE(kindsOf(warnings), expected);
        bool needsConfirmation = false;
        for (const WattmeterReadingWarning &w : warnings) {
            QVERIFY(!w.message.isEmpty());
            needsConfirmation = needsConfirmation || w.needsConfirmation;
        }
        QCOMPARE(needsConfirmation, confirm);
    }

    void withoutCatalogueEntryNoTypicalCheck()
    {
        Appliance custom;
        custom.name = QStringLiteral("Grandma's radio");
        custom.powerW = 20;
        custom.hoursPerDay = 2;
        const auto warnings =
            readingWarnings(custom, reading(ReadingKind::PowerOn, 20000), nullptr);
        QVERIFY(warnings.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWattmeterReadingWarnings)
#include "tst_wattmeterreadingwarnings.moc"
