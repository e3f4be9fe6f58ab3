// SPDX-License-Identifier: GPL-3.0-or-later
// The "Production and consumption" and "What if" pages (#6), driven with
// QTest under QT_QPA_PLATFORM=offscreen.

#include "core/units.h"
#include "energy/averagedaychart.h"
#include "energy/balancechart.h"
#include "energy/balancelayers.h"
#include "energy/curvespage.h"
#include "energy/energyeditor.h"
#include "energy/keyfigurespanel.h"
#include "energy/pvinstallationdialog.h"
#include "energy/scenariostore.h"
#include "energy/scenariotablemodels.h"
#include "energy/whatifpage.h"
#include "inventory/appliancestore.h"
#include "inventory/householdstore.h"
#include "peaks/cabin.h"
#include "report/reportlanguage.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTest>
#include <QUndoStack>

using namespace wattelier;
using namespace wattelier::ui;

namespace {

/*! Two households (one with a washing machine that can wait) and 6 kWp on the roof. */
std::unique_ptr<Workshop> makeWorkshop(const QTemporaryDir &dir)
{
    auto workshop = test::createWorkshop(dir);
    for (const char *code : {"A", "B"}) {
        Household h;
        h.name = QStringLiteral("Family ") + QLatin1String(code);
        h.pseudonymCode = QLatin1String(code);
        const qint64 id = workshop->households().insert(h);
        workshop->appliances().insert(test::sampleAppliance(id));
        workshop->appliances().insert(test::flexibleWasher(id, 5, 1.2));
    }
    PvInstallation pv;
    pv.kwp = 6.0;
    EnergyEditor(*workshop).setPvInstallation(pv);
    workshop->undoStack()->clear();
    return workshop;
}

bool showAtLaptopSize(QWidget &page)
{
    page.resize(1200, 700);
    page.show();
    return QTest::qWaitForWindowExposed(&page);
}

} // namespace

class TestCurvesGui : public QObject
{
    Q_OBJECT

private slots:
    void figuresFollowThePeriodShown()
    {
        QTemporaryDir dir;
        auto workshop = makeWorkshop(dir);
        CurvesPage page(*workshop);
        QVERIFY(showAtLaptopSize(page));
        page.showPeriod(PeriodKind::Day, QDate(2025, 6, 24));
        const WorkshopCurves &curves = page.curves();
        QCOMPARE(curves.productionSource, ProductionSource::Estimated);
        const UtcPeriod day = periodContaining(PeriodKind::Day, QDate(2025, 6, 24));
        QCOMPARE(page.shownBalance().fromUtc, day.fromUtc);
        QVERIFY(page.shownBalance().productionKwh > 0); // (figures: figuresOfAHandMadeDay)

        // Alt+Right: the next day.
        QApplication::setActiveWindow(&page);
        page.balanceChart()->setFocus();
        QTest::keyClick(page.balanceChart(), Qt::Key_Right, Qt::AltModifier);
        const UtcPeriod next = periodContaining(PeriodKind::Day, QDate(2025, 6, 25));
        QCOMPARE(page.balanceChart()->visibleFromUtc(), next.fromUtc);
        QCOMPARE(page.shownBalance().fromUtc, next.fromUtc);

        // Right alone pans the chart by a fifth of the view, and the figures follow.
        QTest::keyClick(page.balanceChart(), Qt::Key_Right);
        QCOMPARE(page.balanceChart()->visibleFromUtc(), next.fromUtc + 86400 / 5);
        // The figures count every quarter hour on screen, the first one partly shown too.
        QCOMPARE(page.shownBalance().fromUtc, next.fromUtc + 86400 / 5 / 900 * 900);
        // Minus zooms out around the centre.
        QTest::keyClick(page.balanceChart(), Qt::Key_Minus);
        QCOMPARE(page.balanceChart()->visibleToUtc() - page.balanceChart()->visibleFromUtc(),
                 qint64(2 * 86400));
    }

    // Six hours of 21 June 2025 computed by hand (#19): the group's panels
    // produce 0, 0, 2, 4, 3, 0 kWh; households A and B each use 0.5 kWh an hour.
    // Used on the spot each hour: min(production, 1) = 0, 0, 1, 1, 1, 0 = 3 kWh
    // of 9 produced and 6 used: self-consumption 3/9 = 33 %, self-sufficiency
    // 3/6 = 50 %, sent to the grid 9 − 3 = 6 kWh, taken from it 6 − 3 = 3 kWh.
    void figuresOfAHandMadeDay()
    {
        QTemporaryDir dir;
        auto workshop = test::createWorkshop(dir);
        const qint64 start = QDateTime(QDate(2025, 6, 21), QTime(8, 0), Qt::UTC).toSecsSinceEpoch();
        const auto hourly = [start](std::vector<float> kwh) {
            RegularSeries s;
            s.startUtc = start;
            s.intervalS = 3600;
            s.kwh = std::move(kwh);
            return s;
        };
        test::storeSeries(*workshop, QStringLiteral("Roof"), SeriesKind::Production, 0,
                          hourly({0, 0, 2, 4, 3, 0}));
        for (const char *code : {"A", "B"}) {
            Household h;
            h.name = QStringLiteral("Family ") + QLatin1String(code);
            h.pseudonymCode = QLatin1String(code);
            const qint64 id = workshop->households().insert(h);
            test::storeSeries(*workshop, QStringLiteral("Meter ") + QLatin1String(code),
                              SeriesKind::Consumption, id,
                              hourly({0.5f, 0.5f, 0.5f, 0.5f, 0.5f, 0.5f}));
        }
        CurvesPage page(*workshop);
        QVERIFY(showAtLaptopSize(page));
        page.showPeriod(PeriodKind::Day, QDate(2025, 6, 21));
        const EnergyBalance &shown = page.shownBalance();
        QCOMPARE(shown.productionKwh, 9.0);
        QCOMPARE(shown.consumptionKwh, 6.0);
        QCOMPARE(shown.selfConsumedKwh, 3.0);
        QCOMPARE(shown.injectedKwh, 6.0);
        QCOMPARE(shown.offtakeKwh, 3.0);
        QCOMPARE(page.keyFigures()->selfConsumptionText(), QStringLiteral("33 %"));
        QCOMPARE(page.keyFigures()->selfSufficiencyText(), QStringLiteral("50 %"));
    }

    // The sources line counts what is drawn (#20): a household measured in
    // another year is estimated here, and said to be measured elsewhere.
    void sourcesCountTheYearShown()
    {
        const ReportLanguage english(QStringLiteral("en")); // its plural forms
        QTemporaryDir dir;
        auto workshop = test::createWorkshop(dir);
        const auto dayOf = [](int year) {
            RegularSeries s;
            s.startUtc = QDateTime(QDate(year, 6, 21), QTime(8, 0), Qt::UTC).toSecsSinceEpoch();
            s.intervalS = 3600;
            s.kwh = {0.5f, 0.5f, 0.5f};
            return s;
        };
        for (const int year : {2025, 2024, 0}) {
            Household h;
            h.name = QStringLiteral("Family %1").arg(year);
            h.pseudonymCode = QString::number(year);
            const qint64 id = workshop->households().insert(h);
            if (year > 0)
                test::storeSeries(*workshop, h.name, SeriesKind::Consumption, id, dayOf(year));
        }
        CurvesPage page(*workshop);
        QVERIFY(showAtLaptopSize(page));
        page.showPeriod(PeriodKind::Day, QDate(2025, 6, 21));
        QCOMPARE(page.curves().measuredHouseholds, 1);
        QCOMPARE(page.curves().measuredInOtherYears, 1);
        QVERIFY2(page.sourceLabel()->text().contains(
                     QStringLiteral("Consumption in 2025: 1 household measured, 2 estimated "
                                    "from the inventory (1 measured in other years only).")),
                 qPrintable(page.sourceLabel()->text()));
        page.showPeriod(PeriodKind::Day, QDate(2024, 6, 21));
        QVERIFY2(page.sourceLabel()->text().contains(
                     QStringLiteral("Consumption in 2024: 1 household measured, 2 estimated "
                                    "from the inventory (1 measured in other years only).")),
                 qPrintable(page.sourceLabel()->text()));
    }

    // A year is drawn as one step per Brussels day, not as 6-hour means that
    // swing between night and noon into a block of colour (#20). Each day by
    // hand: 2 kWh produced in each of 5 hours (10 kWh), 1 kWh used in each of
    // 24 (24 kWh), used on the spot 5 × min(2, 1) = 5 kWh. Means over the
    // day: 10/24 = 0.42 kW, 24/24 = 1.00 kW, 5/24 = 0.21 kW (the lower of the
    // two means, 0.42, would double what is used on the spot).
    void yearDrawnDayByDay()
    {
        QTemporaryDir dir;
        auto workshop = test::createWorkshop(dir);
        const UtcPeriod year = periodContaining(PeriodKind::Year, QDate(2025, 1, 1));
        RegularSeries production, consumption;
        for (RegularSeries *s : {&production, &consumption}) {
            s->startUtc = year.fromUtc;
            s->intervalS = 3600;
        }
        for (qint64 t = year.fromUtc; t < year.toUtc; t += 3600) {
            const int utcHour = int((t / 3600) % 24);
            production.kwh.push_back(utcHour >= 10 && utcHour < 15 ? 2.0f : 0.0f);
            consumption.kwh.push_back(1.0f);
        }
        test::storeSeries(*workshop, QStringLiteral("Roof"), SeriesKind::Production, 0, production);
        Household h;
        h.name = QStringLiteral("Family A");
        h.pseudonymCode = QStringLiteral("A");
        const qint64 id = workshop->households().insert(h);
        test::storeSeries(*workshop, QStringLiteral("Meter"), SeriesKind::Consumption, id,
                          consumption);
        CurvesPage page(*workshop);
        QVERIFY(showAtLaptopSize(page));
        page.showPeriod(PeriodKind::Year, QDate(2025, 1, 1));
        const qint64 noon = QDateTime(QDate(2025, 6, 21), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
        page.balanceChart()->placeCrosshair(noon);
        const QString text = page.balanceChart()->crosshairText();
        QVERIFY2(text.contains(QStringLiteral("(mean of the day)")), qPrintable(text));
        const QStringList lines = text.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines[1].endsWith(QStringLiteral(": 0.42 kW")), qPrintable(text));
        QVERIFY2(lines[2].endsWith(QStringLiteral(": 1.00 kW")), qPrintable(text));
        QVERIFY2(lines[3].endsWith(QStringLiteral(": 0.21 kW")), qPrintable(text));
        // Zoomed in on one day, the hours themselves are drawn again.
        page.showPeriod(PeriodKind::Day, QDate(2025, 6, 21));
        page.balanceChart()->placeCrosshair(noon);
        QVERIFY2(!page.balanceChart()->crosshairText().contains(QStringLiteral("mean of the day")),
                 qPrintable(page.balanceChart()->crosshairText()));
        if (qEnvironmentVariableIsSet("WATTELIER_CHART_PNG")) {
            page.showPeriod(PeriodKind::Year, QDate(2025, 1, 1));
            page.balanceChart()->replot();
            page.balanceChart()->grab().save(qEnvironmentVariable("WATTELIER_CHART_PNG"));
        }
    }

    void crosshairTellsTheValues()
    {
        QTemporaryDir dir;
        auto workshop = makeWorkshop(dir);
        CurvesPage page(*workshop);
        QVERIFY(showAtLaptopSize(page));
        page.showPeriod(PeriodKind::Day, QDate(2025, 6, 24));
        BalanceChart *chart = page.balanceChart();
        QVERIFY(chart->crosshairText().isEmpty());
        const QPoint middle = chart->axisRect()->rect().center();
        QTest::mouseMove(chart, middle);
        QMouseEvent move(QEvent::MouseMove, QPointF(middle), chart->mapToGlobal(QPointF(middle)),
                         Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(chart, &move);
        const QString text = chart->crosshairText();
        QVERIFY2(text.contains(flowName(EnergyFlow::Production)) &&
                     text.contains(QStringLiteral("kW")),
                 qPrintable(text));
    }

    void viewsAverageDayAndMonths()
    {
        QTemporaryDir dir;
        auto workshop = makeWorkshop(dir);
        CurvesPage page(*workshop);
        QVERIFY(showAtLaptopSize(page));
        page.showPeriod(PeriodKind::Day, QDate(2025, 12, 10));
        page.setView(CurvesPage::View::AverageDay);
        const AverageDay december = page.averageDayChart()->shownDay();
        QCOMPARE(december.days, 31);
        const UtcPeriod month = periodContaining(PeriodKind::Month, QDate(2025, 12, 1));
        QCOMPARE(page.shownBalance().fromUtc, month.fromUtc);
        QCOMPARE(page.shownBalance().toUtc, month.toUtc);
        // PageUp goes back a month in this view: June has a bigger midday peak.
        QApplication::setActiveWindow(&page);
        page.averageDayChart()->setFocus();
        for (int i = 0; i < 6; ++i)
            QTest::keyClick(page.averageDayChart(), Qt::Key_PageUp);
        const AverageDay june = page.averageDayChart()->shownDay();
        QCOMPARE(june.days, 30);
        QVERIFY(june.productionKwh[13 * 4] > 3 * december.productionKwh[13 * 4]);

        page.setView(CurvesPage::View::Months);
        const UtcPeriod year = periodContaining(PeriodKind::Year, QDate(2025, 1, 1));
        QCOMPARE(page.shownBalance().fromUtc, year.fromUtc);
        QCOMPARE(page.shownBalance().coverage(), 1.0);
    }

    void installationChangesRebuildTheCurves()
    {
        QTemporaryDir dir;
        auto workshop = makeWorkshop(dir);
        PvInstallationDialog dialog(pvInstallationOf(*workshop));
        dialog.kwpField()->setValue(12.0);
        QVERIFY(dialog.estimateLabel()->text().contains(
            units::kwh(estimatePv(dialog.installation().system()).annualKwh)));
        dialog.kwpField()->setValue(0.0);
        QVERIFY(!dialog.installation().kwp);

        CurvesPage page(*workshop);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const double before = balanceOf(page.curves().curves).productionKwh;
        PvInstallation bigger = pvInstallationOf(*workshop);
        bigger.kwp = 12.0;
        EnergyEditor(*workshop).setPvInstallation(bigger);
        QTRY_VERIFY(std::abs(balanceOf(page.curves().curves).productionKwh - 2 * before) < 1.0);
        QVERIFY(page.sourceLabel()->text().contains(QLocale().toString(12.0)));
        workshop->undoStack()->undo();
        QTRY_VERIFY(std::abs(balanceOf(page.curves().curves).productionKwh - before) < 1.0);
    }

    void whatIfScenariosByKeyboard()
    {
        QTemporaryDir dir;
        auto workshop = makeWorkshop(dir);
        WhatIfPage page(*workshop);
        QVERIFY(showAtLaptopSize(page));
        QApplication::setActiveWindow(&page);
        page.scenarioList()->setFocus();
        QTest::keyClick(page.scenarioList(), Qt::Key_Insert);
        QCOMPARE(workshop->scenarios().all().size(), 1);
        page.refresh();
        QCOMPARE(page.comparison()->columnCount(), 2); // today and the new scenario
        // Moving the washing machines into sunny hours gains self-consumption.
        const QModelIndex today =
            page.comparison()->index(ScenarioComparisonModel::SelfConsumedRow, 0);
        const QModelIndex scenario =
            page.comparison()->index(ScenarioComparisonModel::SelfConsumedRow, 1);
        QVERIFY(page.comparison()->data(scenario, Qt::EditRole).toDouble() >
                page.comparison()->data(today, Qt::EditRole).toDouble());
        QCOMPARE(page.appliances()->rowCount(), 2);

        // Untick "within the day": nothing moves any more; undo brings it back.
        page.withinDayBox()->click();
        QCOMPARE(workshop->scenarios().all().first().shiftWithinDay, false);
        page.refresh();
        QCOMPARE(page.appliances()->rowCount(), 0);
        QCOMPARE(page.comparison()->data(scenario, Qt::EditRole).toDouble(),
                 page.comparison()->data(today, Qt::EditRole).toDouble());
        workshop->undoStack()->undo();
        QTRY_VERIFY(page.withinDayBox()->isChecked());

        // More panels: 9 kWp instead of 6 is one and a half times the production.
        page.changeKwpBox()->click();
        page.kwpField()->setValue(9.0);
        emit page.kwpField()->editingFinished();
        QCOMPARE(workshop->scenarios().all().first().targetKwp, std::optional<double>(9.0));
        page.refresh();
        const QModelIndex production =
            page.comparison()->index(ScenarioComparisonModel::ProductionRow, 1);
        const QModelIndex todayProduction =
            page.comparison()->index(ScenarioComparisonModel::ProductionRow, 0);
        QVERIFY(std::abs(page.comparison()->data(production, Qt::EditRole).toDouble() -
                         1.5 * page.comparison()->data(todayProduction, Qt::EditRole).toDouble()) <
                1.0);

        // Delete, then undo.
        page.scenarioList()->setFocus();
        QTest::keyClick(page.scenarioList(), Qt::Key_Delete);
        QVERIFY(workshop->scenarios().all().isEmpty());
        workshop->undoStack()->undo();
        QCOMPARE(workshop->scenarios().all().size(), 1);
    }

    // #23: the same washing machines moved away from the group's peak instead of into the sun.
    void whatIfAwayFromThePeak()
    {
        QTemporaryDir dir;
        auto workshop = makeWorkshop(dir);
        Cabin cabin;
        cabin.kva = 0.2;
        cabin.powerFactor = 1.0;
        QVERIFY(setCabin(*workshop, cabin).isEmpty());
        WhatIfPage page(*workshop);
        QVERIFY(showAtLaptopSize(page));
        QApplication::setActiveWindow(&page);
        page.scenarioList()->setFocus();
        QTest::keyClick(page.scenarioList(), Qt::Key_Insert);
        QCOMPARE(page.objectiveBox()->currentIndex(), 0); // into the sun, as before #23
        page.objectiveBox()->setFocus();
        QTest::keyClick(page.objectiveBox(), Qt::Key_Down);
        QCOMPARE(workshop->scenarios().all().first().shiftObjective, ShiftObjective::AwayFromPeak);
        page.refresh();

        const auto figure = [&](int row, int column) {
            return page.comparison()->data(page.comparison()->index(row, column), Qt::EditRole);
        };
        const double peakToday = figure(ScenarioComparisonModel::PeakRow, 0).toDouble();
        const double peakAfter = figure(ScenarioComparisonModel::PeakRow, 1).toDouble();
        QVERIFY2(peakToday > 0.2 && peakAfter < peakToday,
                 qPrintable(QStringLiteral("%1 → %2 kW").arg(peakToday).arg(peakAfter)));
        const double aboveToday = figure(ScenarioComparisonModel::AboveThresholdRow, 0).toDouble();
        const double aboveAfter = figure(ScenarioComparisonModel::AboveThresholdRow, 1).toDouble();
        QVERIFY2(
            aboveToday > 0 && aboveAfter < aboveToday,
            qPrintable(QStringLiteral("%1 → %2 quarter hours").arg(aboveToday).arg(aboveAfter)));
        QCOMPARE(page.appliances()->rowCount(), 2);
        QVERIFY(page.appliances()
                    ->data(page.appliances()->index(0, ShiftedApplianceModel::MovedColumn),
                           Qt::EditRole)
                    .toDouble() > 0);

        // Undo puts the scenario back into the sun.
        workshop->undoStack()->undo();
        QCOMPARE(workshop->scenarios().all().first().shiftObjective,
                 ShiftObjective::IntoProduction);
        QTRY_COMPARE(page.objectiveBox()->currentIndex(), 0);

        // Without a cabin, its hours cannot be counted: said, not 0.
        workshop->undoStack()->redo();
        QVERIFY(setCabin(*workshop, Cabin{}).isEmpty());
        page.refresh();
        QVERIFY(!figure(ScenarioComparisonModel::AboveThresholdRow, 0).isValid());
        QCOMPARE(page.comparison()
                     ->data(page.comparison()->index(ScenarioComparisonModel::AboveThresholdRow, 0))
                     .toString(),
                 QStringLiteral("cabin not described"));
    }
};

QTEST_MAIN(TestCurvesGui)
#include "tst_curvesgui.moc"
