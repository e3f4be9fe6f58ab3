// SPDX-License-Identifier: GPL-3.0-or-later
// How a workshop's curves are assembled (#6): measured production summed or
// estimated from the installation, each household measured where it can be
// and estimated from its inventory elsewhere; scenarios saved, undone and
// evaluated on those curves.

#include "energy/consumptionprofile.h"
#include "energy/energyeditor.h"
#include "energy/localperiods.h"
#include "energy/scenarioevaluation.h"
#include "energy/scenariostore.h"
#include "energy/workshopcurves.h"
#include "inventory/appliancestore.h"
#include "inventory/householdstore.h"
#include "inventory/inventorytotals.h"
#include "testsupport.h"
#include "timeseries/seriesstore.h"

#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <numeric>

using namespace wattelier;

namespace {

constexpr int year = 2025;

double total(const RegularSeries &s)
{
    double sum = 0;
    for (float v : s.kwh)
        sum += std::isnan(v) ? 0.0 : v;
    return sum;
}

/*! A constant series over the whole of 2025, \a kwh per quarter hour. */
RegularSeries flatYear(float kwh)
{
    return test::flatYear(year, kwh);
}

struct Group
{
    std::unique_ptr<Workshop> workshop;
    qint64 a = 0;
    qint64 b = 0;
};

/*! Two households: A with a fridge and a washing machine that can wait, B with a fridge. */
Group makeGroup(const QTemporaryDir &dir)
{
    Group g;
    g.workshop = test::createWorkshop(dir);
    Household a;
    a.name = QStringLiteral("Amira");
    a.pseudonymCode = QStringLiteral("A");
    g.a = g.workshop->households().insert(a);
    Household b;
    b.name = QStringLiteral("Jan");
    b.pseudonymCode = QStringLiteral("B");
    g.b = g.workshop->households().insert(b);
    g.workshop->appliances().insert(test::sampleAppliance(g.a));
    g.workshop->appliances().insert(test::flexibleWasher(g.a, 4, 1.0));
    g.workshop->appliances().insert(test::sampleAppliance(g.b));
    return g;
}

} // namespace

class TestWorkshopCurves : public QObject
{
    Q_OBJECT

private slots:
    void estimatedFromInventoriesAndInstallation()
    {
        QTemporaryDir dir;
        Group g = makeGroup(dir);
        // No production measured and no installation: nothing to compare with.
        WorkshopCurves none = workshopCurves(*g.workshop, {.year = year, .flexibleLoads = true});
        QCOMPARE(none.productionSource, ProductionSource::None);
        QCOMPARE(none.estimatedHouseholds, 2);
        // The group's estimated curve holds exactly the inventories' total.
        const double inventories = inventoryTotals(g.workshop->appliances().all()).kwhPerYear;
        QVERIFY(std::abs(total(none.curves.consumption) - inventories) < 0.01);
        QVERIFY(std::abs(none.estimatedConsumptionKwh - inventories) < 1e-6);
        QCOMPARE(none.flexible.size(), std::size_t(1)); // the washing machine
        // The movable loads only when asked for: the curves themselves do not change.
        const WorkshopCurves fixed = workshopCurves(*g.workshop, {.year = year});
        QVERIFY(fixed.flexible.empty());
        QCOMPARE(fixed.curves.consumption.kwh, none.curves.consumption.kwh);
        // Nothing produced is 0 kWh, not a gap: the figures count the consumption
        // drawn, the same total as the inventories (#20).
        const EnergyBalance noPanels = balanceOf(none.curves);
        QVERIFY2(std::abs(noPanels.consumptionKwh - inventories) < 0.01,
                 qPrintable(QString::number(noPanels.consumptionKwh)));
        QCOMPARE(noPanels.productionKwh, 0.0);
        QCOMPARE(noPanels.coverage(), 1.0);
        QCOMPARE(noPanels.selfSufficiencyRate(), std::optional<double>(0.0));
        QVERIFY(!noPanels.selfConsumptionRate());

        PvInstallation pv;
        pv.kwp = 5.0;
        QVERIFY(EnergyEditor(*g.workshop).setPvInstallation(pv).isEmpty());
        QCOMPARE(pvInstallationOf(*g.workshop).kwp, std::optional<double>(5.0));
        const WorkshopCurves estimated = workshopCurves(*g.workshop, {.year = year});
        QCOMPARE(estimated.productionSource, ProductionSource::Estimated);
        QVERIFY(std::abs(total(estimated.curves.production) - estimatePv(pv.system()).annualKwh) <
                1.0);
        // Undo takes the installation away again.
        g.workshop->undoStack()->undo();
        QVERIFY(!pvInstallationOf(*g.workshop).kwp);
    }

    void measurementsWinWhereTheyExist()
    {
        QTemporaryDir dir;
        Group g = makeGroup(dir);
        // Household B's smart meter: 0.1 kWh every quarter hour, except a week in March.
        RegularSeries meter = flatYear(0.1f);
        const UtcPeriod gap = periodContaining(PeriodKind::Week, QDate(year, 3, 10));
        for (qint64 t = gap.fromUtc; t < gap.toUtc; t += 900)
            meter.kwh[std::size_t((t - meter.startUtc) / 900)] = std::nanf("");
        test::storeSeries(*g.workshop, QStringLiteral("B meter"), SeriesKind::Consumption, g.b,
                          meter);
        test::storeSeries(*g.workshop, QStringLiteral("Roof"), SeriesKind::Production, 0,
                          flatYear(0.05f));
        test::storeSeries(*g.workshop, QStringLiteral("Garage"), SeriesKind::Production, 0,
                          flatYear(0.02f));

        const WorkshopCurves c = workshopCurves(*g.workshop);
        QCOMPARE(c.year, year); // the year with production
        QCOMPARE(c.productionSource, ProductionSource::Measured);
        QCOMPARE(c.productionSeries, 2);
        QCOMPARE(c.measuredHouseholds, 1);
        QCOMPARE(c.estimatedHouseholds, 1);
        QCOMPARE(c.curves.production.kwh[100], 0.07f); // the two roofs summed

        // B alone: measured values, and its inventory's estimate during the missing week.
        const WorkshopCurves b = workshopCurves(*g.workshop, {.householdId = g.b});
        QCOMPARE(b.productionSource, ProductionSource::None); // the roofs are the group's
        QCOMPARE(b.curves.consumption.kwh[100], 0.1f);
        const std::size_t inGap = std::size_t((gap.fromUtc - b.curves.consumption.startUtc) / 900);
        QVERIFY(b.curves.consumption.kwh[inGap] != 0.1f);
        QVERIFY(!std::isnan(b.curves.consumption.kwh[inGap]));
        // Its figures are what is drawn: every quarter hour counted (#20).
        const EnergyBalance bAlone = balanceOf(b.curves);
        QCOMPARE(bAlone.coverage(), 1.0);
        QVERIFY(std::abs(bAlone.consumptionKwh - total(b.curves.consumption)) < 0.01);
        QVERIFY(bAlone.consumptionKwh > 0.1 * 4 * 24 * 350); // about 0.4 kWh an hour

        // The group is the sum of its households, interval by interval.
        const WorkshopCurves a = workshopCurves(*g.workshop, {.householdId = g.a});
        for (std::size_t i : {std::size_t(0), std::size_t(5000), inGap})
            QVERIFY(std::abs(c.curves.consumption.kwh[i] -
                             (a.curves.consumption.kwh[i] + b.curves.consumption.kwh[i])) < 1e-5);

        // Inventory only: the meter is ignored.
        const WorkshopCurves inventory =
            workshopCurves(*g.workshop, {.householdId = g.b, .inventoryOnly = true});
        QCOMPARE(inventory.measuredHouseholds, 0);
        QVERIFY(inventory.curves.consumption.kwh[100] != 0.1f);
    }

    void movableLoadsAreMadeAgainAsPlaced_data()
    {
        QTest::addColumn<int>("emptyDays");
        QTest::addColumn<bool>("kept");
        // A few days without consumption clip a few values: the load keeps a recipe.
        QTest::newRow("10 empty days") << 10 << false;
        // Most days empty: most values clipped, the curve itself is kept.
        QTest::newRow("300 empty days") << 300 << true;
    }

    void movableLoadsAreMadeAgainAsPlaced()
    {
        QFETCH(int, emptyDays);
        QFETCH(bool, kept);
        QTemporaryDir dir;
        Group g = makeGroup(dir);
        g.workshop->appliances().insert(test::flexibleWasher(g.b, 5, 1.2));
        // A's meter: 0.1 kWh a quarter hour, nothing at all on its first emptyDays days.
        RegularSeries meter = flatYear(0.1f);
        const std::size_t emptyValues = std::size_t(emptyDays) * 96;
        std::fill(meter.kwh.begin(), meter.kwh.begin() + std::ptrdiff_t(emptyValues), 0.0f);
        test::storeSeries(*g.workshop, QStringLiteral("A meter"), SeriesKind::Consumption, g.a,
                          meter);

        const WorkshopCurves c = workshopCurves(*g.workshop, {.year = year, .flexibleLoads = true});
        QCOMPARE(c.flexible.size(), std::size_t(2)); // A's and B's washing machines
        for (const ApplianceLoad &load : c.flexible) {
            // Expected independently: the spread of the running energy over the
            // year, never more than A's meter, as B is estimated from its inventory.
            const RegularSeries spread =
                spreadOverYear(load.pattern, load.movableKwhPerYear, year, 900);
            const RegularSeries made = load.movableCurve();
            QCOMPARE(made.startUtc, c.curves.consumption.startUtc);
            QCOMPARE(made.kwh.size(), spread.kwh.size());
            const bool isA = load.householdId == g.a;
            std::size_t clipped = 0;
            double sum = 0;
            for (std::size_t i = 0; i < spread.kwh.size(); ++i) {
                const float expected = isA ? std::min(spread.kwh[i], meter.kwh[i]) : spread.kwh[i];
                clipped += expected != spread.kwh[i];
                if (made.kwh[i] != expected)
                    QFAIL(qPrintable(QStringLiteral("value %1: %2 instead of %3")
                                         .arg(i)
                                         .arg(double(made.kwh[i]))
                                         .arg(double(expected))));
                sum += made.kwh[i];
            }
            QCOMPARE(clipped > 0, isA);
            QVERIFY(std::abs(load.movableCurveKwh() - sum) < 1e-9);
            // Kept as values only when the recipe would be larger.
            QCOMPARE(!load.movable.kwh.empty(), isA && kept);
        }
    }

    void hourlyMeterPutsEveryoneOnTheHour()
    {
        QTemporaryDir dir;
        Group g = makeGroup(dir);
        // B's meter gives hours: 0.4 kWh each, the whole year. The group's grid is the hour,
        // and A's estimate must keep its whole year on it (each hour = its four quarter hours).
        const UtcPeriod y = periodContaining(PeriodKind::Year, QDate(year, 1, 1));
        RegularSeries hourly;
        hourly.startUtc = y.fromUtc;
        hourly.intervalS = 3600;
        hourly.kwh.assign(std::size_t((y.toUtc - y.fromUtc) / 3600), 0.4f);
        test::storeSeries(*g.workshop, QStringLiteral("B meter"), SeriesKind::Consumption, g.b,
                          hourly);
        const WorkshopCurves c = workshopCurves(*g.workshop, {.year = year});
        QCOMPARE(c.curves.consumption.intervalS, 3600);
        QCOMPARE(c.curves.consumption.kwh.size(), std::size_t(8760));
        const WorkshopCurves a = workshopCurves(*g.workshop, {.householdId = g.a, .year = year});
        const double aYear = inventoryTotals(g.workshop->appliances().forHousehold(g.a)).kwhPerYear;
        QVERIFY2(std::abs(total(a.curves.consumption) - aYear) < 0.01,
                 qPrintable(QString::number(total(a.curves.consumption))));
        // The group: A's whole estimate plus B's 8,760 × 0.4 kWh measured, nothing lost.
        QVERIFY2(std::abs(total(c.curves.consumption) - (aYear + 8760 * 0.4)) < 0.05,
                 qPrintable(QString::number(total(c.curves.consumption))));
        // Hour by hour, the group is A's four quarter hours plus B's hour.
        const WorkshopCurves aQuarter = workshopCurves(*g.workshop, {.householdId = g.a});
        for (std::size_t hour : {std::size_t(0), std::size_t(4000), std::size_t(8759)}) {
            double four = 0;
            for (std::size_t q = 4 * hour; q < 4 * hour + 4; ++q)
                four += aQuarter.curves.consumption.kwh[q];
            QVERIFY(std::abs(c.curves.consumption.kwh[hour] - (four + 0.4)) < 1e-4);
        }
        // B measured every hour: the inventory is still what the scope note quotes.
        QCOMPARE(c.measuredHouseholds, 1);
        const double inventories = inventoryTotals(g.workshop->appliances().all()).kwhPerYear;
        QVERIFY(std::abs(c.estimatedConsumptionKwh - inventories) < 1e-6);
    }

    void defaultYearFollowsTheData()
    {
        QTemporaryDir dir;
        Group g = makeGroup(dir);
        QCOMPARE(defaultCurveYear(*g.workshop), QDate::currentDate().year() - 1);
        // Smart-meter data of 2024 only: that year.
        RegularSeries meter = flatYear(0.1f);
        meter.startUtc -= 365 * 86400; // 365 days earlier: all of 2024 but its first day
        test::storeSeries(*g.workshop, QStringLiteral("meter"), SeriesKind::Offtake, g.a, meter);
        QCOMPARE(defaultCurveYear(*g.workshop), 2024);
        // Production wins: a year of panels in 2025.
        test::storeSeries(*g.workshop, QStringLiteral("roof"), SeriesKind::Production, 0,
                          flatYear(0.05f));
        QCOMPARE(defaultCurveYear(*g.workshop), 2025);
        // Half a year of 2026 as well: the latest year with a fair part of the data.
        RegularSeries spring = flatYear(0.05f);
        spring.startUtc += 365 * 86400;           // 2026 from 1 January...
        spring.kwh.resize(std::size_t(200 * 96)); // ...for 200 days
        test::storeSeries(*g.workshop, QStringLiteral("roof 2026"), SeriesKind::Production, 0,
                          spring);
        QCOMPARE(defaultCurveYear(*g.workshop), 2026);
    }

    void scenariosAreSavedAndUndoable()
    {
        QTemporaryDir dir;
        Group g = makeGroup(dir);
        EnergyEditor editor(*g.workshop);
        Scenario bad;
        QString error;
        const auto refused = editor.addScenario(bad);
        QVERIFY(!refused);
        error = refused.error();
        QVERIFY(!error.isEmpty());

        Scenario roof;
        roof.name = QStringLiteral("Warehouse roof");
        roof.targetKwp = 10.0;
        const qint64 id = editor.addScenario(roof).valueOr(0);
        QVERIFY(id > 0);
        Scenario changed = *g.workshop->scenarios().get(id);
        changed.shiftAcrossDays = false;
        QVERIFY(editor.replaceScenario(changed).isEmpty());
        QCOMPARE(g.workshop->scenarios().get(id)->shiftAcrossDays, false);
        g.workshop->undoStack()->undo();
        QCOMPARE(g.workshop->scenarios().get(id)->shiftAcrossDays, true);
        QVERIFY(editor.removeScenario(id));
        QVERIFY(g.workshop->scenarios().all().isEmpty());
        g.workshop->undoStack()->undo();
        QCOMPARE(g.workshop->scenarios().get(id)->name, QStringLiteral("Warehouse roof"));
        g.workshop->undoStack()->undo(); // the change
        g.workshop->undoStack()->undo(); // the addition
        QVERIFY(g.workshop->scenarios().all().isEmpty());
        g.workshop->undoStack()->redo();
        QCOMPARE(g.workshop->scenarios().all().first().id, id); // the same id comes back
    }

    void scenarioScalesProductionAndMovesFlexibleLoad()
    {
        QTemporaryDir dir;
        Group g = makeGroup(dir);
        PvInstallation pv;
        pv.kwp = 3.0;
        EnergyEditor(*g.workshop).setPvInstallation(pv);
        const WorkshopCurves curves =
            workshopCurves(*g.workshop, {.year = year, .flexibleLoads = true});

        Scenario more;
        more.name = QStringLiteral("Twice the panels");
        more.targetKwp = 6.0;
        more.shiftWithinDay = more.shiftAcrossDays = false;
        const ScenarioResult doubled = evaluateScenario(curves, more, pv.kwp);
        QVERIFY(doubled.error.isEmpty());
        QCOMPARE(doubled.productionFactor, 2.0);
        QVERIFY(std::abs(doubled.scenario.productionKwh - 2 * doubled.today.productionKwh) < 0.5);
        QVERIFY(doubled.scenario.selfConsumedKwh >= doubled.today.selfConsumedKwh);
        QVERIFY(doubled.appliances.empty());
        // Without today's peak power there is nothing to scale from.
        QVERIFY(!evaluateScenario(curves, more, std::nullopt).error.isEmpty());

        Scenario shift;
        shift.name = QStringLiteral("Washing at noon");
        const ScenarioResult moved = evaluateScenario(curves, shift, pv.kwp);
        QCOMPARE(moved.appliances.size(), std::size_t(1));
        QVERIFY(moved.appliances.front().movedKwh > 0);
        QVERIFY(moved.scenario.selfConsumedKwh > moved.today.selfConsumedKwh);
        QVERIFY(std::abs(moved.scenario.consumptionKwh - moved.today.consumptionKwh) < 0.01);
        QVERIFY(std::abs(moved.scenario.selfConsumedKwh - moved.today.selfConsumedKwh -
                         moved.appliances.front().selfConsumedGainKwh) < 0.01);
        // Only appliances flexible "across days" chosen: the washing machine stays.
        shift.shiftWithinDay = false;
        QVERIFY(evaluateScenario(curves, shift, pv.kwp).appliances.empty());
    }
};

QTEST_GUILESS_MAIN(TestWorkshopCurves)
#include "tst_workshopcurves.moc"
