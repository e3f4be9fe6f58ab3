// SPDX-License-Identifier: GPL-3.0-or-later
// The Peaks page (#23) driven as a facilitator would: the figures of a day
// worked out by hand, and the cabin's capacity typed in and undone.

#include "energy/localperiods.h"
#include "guisupport.h"
#include "inventory/householdstore.h"
#include "peaks/cabin.h"
#include "peaks/peakspage.h"
#include "testsupport.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

#include <qcustomplot.h>

using namespace wattelier;
using namespace wattelier::ui;

namespace {

/*!
 * One household on Tuesday 10 June 2025 (summer time, UTC+2): 0.5 kWh every
 * quarter hour (2 kW), and 1.5 kWh in the quarter hour from 18:00 (6 kW).
 * No panels: the net load is the consumption, and the group is the household.
 */
std::unique_ptr<Workshop> oneHouseholdOneDay(const QTemporaryDir &dir)
{
    auto workshop = test::createWorkshop(dir);
    Household h;
    h.name = QStringLiteral("Amira");
    h.pseudonymCode = QStringLiteral("A");
    const qint64 id = workshop->households().insert(h);
    RegularSeries day;
    day.startUtc = brusselsMidnightUtc(QDate(2025, 6, 10));
    day.intervalS = 900;
    day.kwh.assign(96, 0.5f);
    day.kwh[18 * 4] = 1.5f;
    test::storeSeries(*workshop, QStringLiteral("meter"), SeriesKind::Consumption, id, day);
    return workshop;
}

/*! The page at a laptop's size, on the year of the hand-made day. */
bool showOn2025(PeaksPage &page)
{
    page.resize(1200, 700);
    page.yearBox()->setValue(2025);
    return test::showAndActivate(page);
}

} // namespace

class TestPeaksGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::prepareGuiTest(); }

    void figuresOfAHandMadeDay()
    {
        QTemporaryDir dir;
        auto workshop = oneHouseholdOneDay(dir);
        PeaksPage page(*workshop);
        QVERIFY(showOn2025(page));
        page.peaks();
        const QString figures = page.figuresLabel()->text();
        QVERIFY2(figures.contains(QStringLiteral("6 kW, Tuesday 10/06/2025 at 18:00")),
                 qPrintable(figures));
        QVERIFY2(figures.contains(QStringLiteral("Never sent back")), qPrintable(figures));
        // One household peaks with itself: coincidence 1 (100 %).
        QVERIFY2(figures.contains(QStringLiteral("coincidence factor 1.")), qPrintable(figures));
        // The rest of the year is its empty inventory's estimate, 0 kW: the mean over the
        // 35,040 quarter hours of 2025 is (95 × 2 + 6) / 35,040 kW, and the peak
        // 6 × 35,040 / 196 = 1,072.65 times it.
        QVERIFY2(figures.contains(QStringLiteral("the peak is 1,072.7 times the mean load")),
                 qPrintable(figures));
        const auto plots = page.findChildren<QCustomPlot *>();
        QCOMPARE(plots.size(), 4);
        // The day of the peak: its 96 quarter hours; the loads at the peak: one bar of 6 kW.
        const auto *dayGraph = plots.at(1)->graph(0);
        QVERIFY(dayGraph);
        QCOMPARE(dayGraph->dataCount(), 96);
        auto *bars = qobject_cast<QCPBars *>(plots.at(3)->plottable(0));
        QVERIFY(bars);
        QCOMPARE(bars->dataCount(), 1);
        QCOMPARE(qRound(bars->data()->at(0)->value * 1000), 6000);
        QVERIFY(!plots.at(3)->xAxis->ticks()); // no household is named
    }

    void cabinCapacityIsTypedAndUndone()
    {
        QTemporaryDir dir;
        auto workshop = oneHouseholdOneDay(dir);
        PeaksPage page(*workshop);
        QVERIFY(showOn2025(page));
        QVERIFY(page.figuresLabel()->text().isEmpty() ||
                !page.peaks().figures.thresholdKw.has_value());

        QDoubleSpinBox *kva = page.capacityBox();
        kva->setFocus();
        kva->selectAll();
        QTest::keyClicks(kva, QStringLiteral("5"));
        QTest::keyClick(kva, Qt::Key_Enter);
        QCOMPARE(cabinOf(*workshop).kva, std::optional<double>(5.0));
        QCOMPARE(workshop->undoStack()->count(), 1);
        // 5 kVA × 0.95 = 4.75 kW: the 6 kW quarter hour is above it, the 2 kW ones are not.
        page.peaks();
        const QString figures = page.figuresLabel()->text();
        QVERIFY2(
            figures.contains(QStringLiteral("Above the cabin's 4.8 kW:</b> 1 quarter hours")),
            qPrintable(figures));

        workshop->undoStack()->undo();
        QVERIFY(!cabinOf(*workshop).kva);
        QCOMPARE(kva->text(), QStringLiteral("not set"));
        page.peaks();
        QVERIFY(page.figuresLabel()->text().contains(QStringLiteral("Enter the cabin's capacity")));
    }
};

QTEST_MAIN(TestPeaksGui)
#include "tst_peaksgui.moc"
