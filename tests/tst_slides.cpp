// SPDX-License-Identifier: GPL-3.0-or-later
// Projection slides (#7): the stored sequence, its undoable editor, and what
// each slide says, without ever showing a household unless names are on.

#include "challenge/challengeeditor.h"
#include "challenge/challengereport.h"
#include "challenge/challengespread.h"
#include "challenge/challengestore.h"
#include "core/units.h"
#include "core/workshop.h"
#include "demo/demoworkshop.h"
#include "energy/energyeditor.h"
#include "energy/localperiods.h"
#include "energy/scenariostore.h"
#include "energy/workshopcurves.h"
#include "inventory/appliancestore.h"
#include "inventory/catalogue.h"
#include "inventory/householdstore.h"
#include "inventory/inventoryeditor.h"
#include "inventory/inventorytotals.h"
#include "presentation/slidecontent.h"
#include "presentation/slidestore.h"
#include "testsupport.h"
#include "wattmeter/wattmeterreadingstore.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace wattelier;

namespace {

QList<qint64> idsOf(const QList<Slide> &slides)
{
    QList<qint64> ids;
    for (const Slide &s : slides)
        ids.append(s.id);
    return ids;
}

QList<SlideKind> kindsOf(const QList<Slide> &slides)
{
    QList<SlideKind> kinds;
    for (const Slide &s : slides)
        kinds.append(s.kind);
    return kinds;
}

Slide scenarioSlide(qint64 scenarioId)
{
    Slide slide;
    slide.kind = SlideKind::Scenario;
    slide.scenarioId = scenarioId;
    return slide;
}

} // namespace

class TestSlides : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDemoDir;
    std::unique_ptr<Workshop> mDemo;

private slots:
    void initTestCase()
    {
        const QString path = mDemoDir.filePath(QStringLiteral("demo.wattelier"));
        WorkshopError error;
        QVERIFY2(writeDemoWorkshop(path, Catalogue::builtIn(), &error), qPrintable(error.message));
        mDemo = Workshop::open(path, &error);
        QVERIFY2(mDemo, qPrintable(error.message));
        // The demo describes its panels and scenarios; make sure of it for the tests below.
        if (!pvInstallationOf(*mDemo).kwp) {
            PvInstallation pv;
            pv.kwp = 45.0;
            QVERIFY(EnergyEditor(*mDemo).setPvInstallation(pv).isEmpty());
        }
        if (mDemo->scenarios().all().isEmpty()) {
            Scenario roof;
            roof.name = QStringLiteral("Warehouse roof");
            roof.targetKwp = 90.0;
            QVERIFY(mDemo->scenarios().insert(roof) > 0);
        }
    }

    void cleanupTestCase() { mDemo.reset(); }

    void keysRoundTrip_data()
    {
        QTest::addColumn<SlideKind>("kind");
        QTest::addColumn<QString>("key");
        const QStringList keys = {
            QStringLiteral("title"),
            QStringLiteral("inventory_priority"),
            QStringLiteral("inventory_category"),
            QStringLiteral("wattmeter_surprises"),
            QStringLiteral("challenge_progress"),
            QStringLiteral("energy_curves"),
            QStringLiteral("scenario"),
            QStringLiteral("peaks"),
            QStringLiteral("sharing"),
        };
        QCOMPARE(allSlideKinds().size(), keys.size());
        for (int i = 0; i < keys.size(); ++i)
            QTest::newRow(qPrintable(keys.at(i))) << allSlideKinds().at(i) << keys.at(i);
    }

    void keysRoundTrip()
    {
        QFETCH(SlideKind, kind);
        QFETCH(QString, key);
        QCOMPARE(wattelier::key(kind), key);
        QCOMPARE(slideKindFromKey(key), std::optional<SlideKind>(kind));
        QVERIFY(!label(kind).isEmpty());
    }

    void unknownKey() { QVERIFY(!slideKindFromKey(QStringLiteral("pie_chart"))); }

    void storeInsertReplaceRemove()
    {
        QTemporaryDir dir;
        auto workshop = test::createWorkshop(dir);
        QVERIFY(workshop);
        SlideStore &store = workshop->slides();
        QVERIFY(store.all().isEmpty());
        QCOMPARE(store.nextPosition(), 0);

        Slide curves;
        curves.kind = SlideKind::EnergyCurves;
        curves.period = PeriodKind::Week;
        curves.date = QDate(2025, 11, 19);
        curves.notes = QStringLiteral("Point at the Sunday peak");
        curves.position = 1;
        const qint64 first = store.insert(curves);
        QVERIFY(first > 0);
        curves.id = first;
        QCOMPARE(store.get(first), std::optional<Slide>(curves));

        Slide gone = scenarioSlide(42); // its scenario does not exist: kept as it is
        const qint64 second = store.insert(gone);
        QVERIFY(second > 0);
        gone.id = second;
        QCOMPARE(store.get(second)->scenarioId, 42);
        QVERIFY(!store.get(second)->date.isValid());
        QCOMPARE(store.nextPosition(), 2);
        QCOMPARE(idsOf(store.all()), (QList<qint64>{second, first})); // by position

        curves.period = PeriodKind::Month;
        curves.date = QDate();
        curves.position = -1;
        QVERIFY(store.replace(curves));
        QCOMPARE(store.get(first), std::optional<Slide>(curves));
        QCOMPARE(idsOf(store.all()), (QList<qint64>{first, second}));

        QVERIFY(store.remove(second));
        QVERIFY(!store.remove(second));
        QVERIFY(!store.get(second));
        QCOMPARE(store.all().size(), 1);

        // A scenario slide whose scenario is gone says so.
        const SlideContent content = slideContent(*workshop, gone, false);
        QVERIFY(!content.emptyMessage.isEmpty());
    }

    void firstAddSavesTheDefaultSequenceInOneStep()
    {
        QTemporaryDir dir;
        auto workshop = test::createWorkshop(dir);
        QVERIFY(workshop);
        SlideEditor editor(*workshop);
        const QList<Slide> defaults = defaultSlides(*workshop);
        QCOMPARE(kindsOf(defaults),
                 (QList<SlideKind>{SlideKind::Title, SlideKind::InventoryPriority,
                                   SlideKind::InventoryCategory}));
        QCOMPARE(idsOf(defaults), (QList<qint64>{0, 0, 0}));
        QCOMPARE(editor.sequence(), defaults);

        const qint64 id = editor.addSlide(scenarioSlide(7));
        QVERIFY(id > 0);
        QCOMPARE(workshop->undoStack()->count(), 1);
        QList<Slide> saved = workshop->slides().all();
        QCOMPARE(saved.size(), 4);
        QCOMPARE(saved.last().id, id);
        QCOMPARE(saved.last().scenarioId, 7);
        for (int i = 0; i < saved.size(); ++i)
            QCOMPARE(saved.at(i).position, i);
        QCOMPARE(editor.sequence(), saved);

        workshop->undoStack()->undo();
        QVERIFY(workshop->slides().all().isEmpty());
        QCOMPARE(editor.sequence(), defaults);

        workshop->undoStack()->redo();
        QCOMPARE(workshop->slides().all(), saved);

        // Inserting in the middle renumbers the others.
        Slide title;
        const qint64 second = editor.addSlide(title, 1);
        QCOMPARE(workshop->undoStack()->count(), 2);
        saved = workshop->slides().all();
        QCOMPARE(saved.size(), 5);
        QCOMPARE(saved.at(1).id, second);
        for (int i = 0; i < saved.size(); ++i)
            QCOMPARE(saved.at(i).position, i);
    }

    void moveAndRemoveUndoWithTheSameIds()
    {
        QTemporaryDir dir;
        auto workshop = test::createWorkshop(dir);
        QVERIFY(workshop);
        SlideEditor editor(*workshop);
        QUndoStack *stack = workshop->undoStack();

        // Moving an unsaved default slide saves the sequence in the same step.
        QVERIFY(editor.moveSlide(0, 2));
        QCOMPARE(stack->count(), 1);
        const QList<Slide> moved = editor.sequence();
        QCOMPARE(kindsOf(moved),
                 (QList<SlideKind>{SlideKind::InventoryPriority, SlideKind::InventoryCategory,
                                   SlideKind::Title}));
        const QList<qint64> ids = idsOf(moved);
        stack->undo();
        QVERIFY(workshop->slides().all().isEmpty());
        stack->redo();
        QCOMPARE(editor.sequence(), moved);

        QVERIFY(editor.moveSlide(2, 0));
        QCOMPARE(stack->count(), 2);
        QCOMPARE(idsOf(editor.sequence()), (QList<qint64>{ids[2], ids[0], ids[1]}));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(editor.sequence().at(i).position, i);
        stack->undo();
        QCOMPARE(editor.sequence(), moved);
        stack->redo();
        QCOMPARE(idsOf(editor.sequence()), (QList<qint64>{ids[2], ids[0], ids[1]}));
        QVERIFY(!editor.moveSlide(0, 3));

        const QList<Slide> before = editor.sequence();
        QVERIFY(editor.removeSlide(ids[0]));
        QCOMPARE(idsOf(editor.sequence()), (QList<qint64>{ids[2], ids[1]}));
        QCOMPARE(editor.sequence().at(1).position, 1);
        stack->undo();
        QCOMPARE(editor.sequence(), before);
        stack->redo();
        QCOMPARE(idsOf(editor.sequence()), (QList<qint64>{ids[2], ids[1]}));
        QVERIFY(!editor.removeSlide(ids[0]));

        Slide changed = editor.sequence().first();
        changed.notes = QStringLiteral("Welcome everyone");
        QVERIFY(editor.replaceSlide(changed));
        QCOMPARE(workshop->slides().get(changed.id)->notes, changed.notes);
        stack->undo();
        QVERIFY(workshop->slides().get(changed.id)->notes.isEmpty());
    }

    void removeAndChangeUnsavedDefaults()
    {
        QTemporaryDir dir;
        auto workshop = test::createWorkshop(dir);
        QVERIFY(workshop);
        SlideEditor editor(*workshop);
        QVERIFY(!editor.removeSlide(0));
        QVERIFY(editor.removeSlideAt(1));
        QCOMPARE(workshop->undoStack()->count(), 1);
        QCOMPARE(kindsOf(editor.sequence()),
                 (QList<SlideKind>{SlideKind::Title, SlideKind::InventoryCategory}));
        workshop->undoStack()->undo();
        QVERIFY(workshop->slides().all().isEmpty());

        Slide notes = editor.sequence().at(2);
        notes.notes = QStringLiteral("Ask who has a second fridge");
        QVERIFY(editor.replaceSlide(notes));
        QCOMPARE(workshop->undoStack()->count(), 1);
        QCOMPARE(workshop->slides().all().size(), 3);
        QCOMPARE(workshop->slides().all().at(2).notes, notes.notes);
    }

    void demoDefaultsHaveEveryKind()
    {
        const QList<Slide> slides = defaultSlides(*mDemo);
        const QList<SlideKind> kinds = kindsOf(slides);
        // Every kind but the peaks, which join once the cabin is described
        // (tst_projectiongui::peaksSlideShowsTheGroupOnly); the demo leaves it blank.
        for (SlideKind kind : allSlideKinds())
            QVERIFY2(kinds.contains(kind) == (kind != SlideKind::Peaks), qPrintable(key(kind)));
        for (int i = 0; i < slides.size(); ++i) {
            QCOMPARE(slides.at(i).id, 0);
            QCOMPARE(slides.at(i).position, i);
        }
        const int year = defaultCurveYear(*mDemo);
        QList<Slide> curves;
        for (const Slide &s : slides)
            if (s.kind == SlideKind::EnergyCurves)
                curves.append(s);
        QCOMPARE(curves.size(), 2);
        QCOMPARE(curves.at(0).period, PeriodKind::Day);
        QCOMPARE(curves.at(0).date, QDate(year, 6, 21));
        QCOMPARE(curves.at(1).period, PeriodKind::Year);
        QCOMPARE(curves.at(1).date, QDate(year, 1, 1));
        QCOMPARE(kinds.count(SlideKind::Scenario), mDemo->scenarios().all().size());
    }

    void withoutNamesNoHouseholdAppears()
    {
        const QList<Household> households = mDemo->households().all();
        QVERIFY(households.size() > 3);
        for (const Slide &slide : defaultSlides(*mDemo)) {
            const SlideContent content = slideContent(*mDemo, slide, false);
            QVERIFY2(content.emptyMessage.isEmpty(), qPrintable(content.emptyMessage));
            for (const QString &text : content.allText()) {
                for (const Household &h : households) {
                    QVERIFY2(!text.contains(h.name),
                             qPrintable(key(slide.kind) + QStringLiteral(": ") + text));
                }
            }
        }
    }

    void withNamesTheSurprisesSayWhose()
    {
        Slide slide;
        slide.kind = SlideKind::WattmeterSurprises;
        const QStringList text = slideContent(*mDemo, slide, true).allText();
        bool named = false;
        for (const Household &h : mDemo->households().all())
            for (const QString &t : text)
                named = named || t.contains(h.name);
        QVERIFY(named);
        const SlideContent content = slideContent(*mDemo, slide, false);
        QCOMPARE(content.bars.size(), 5);
        for (const SlideBar &bar : content.bars) {
            QVERIFY(bar.reference);
            QVERIFY(bar.colour.isValid());
        }
    }

    void challengeLinesOnlyWithNames()
    {
        Slide slide;
        slide.kind = SlideKind::ChallengeProgress;
        const SlideContent anonymous = slideContent(*mDemo, slide, false);
        // Without names, how the households' changes are spread (#23), counted
        // here apart: the finished weeks' energy against as many usual weeks.
        const ChallengeReport report =
            challengeReport(*mDemo, mDemo->challenges().challenges().first().id);
        int counted = 0, below = 0;
        for (const HouseholdChallenge &h : report.households) {
            double used = 0;
            int weeks = 0;
            for (qsizetype w = 0; w < h.weeks.size(); ++w)
                if (report.groupWeeks.at(w).finished && h.weeks.at(w).figure.kwh) {
                    used += *h.weeks.at(w).figure.kwh;
                    ++weeks;
                }
            if (h.baselineKwhPerWeek && weeks > 0) {
                ++counted;
                below += used < *h.baselineKwhPerWeek * weeks;
            }
        }
        QVERIFY(counted >= 5);
        QCOMPARE(anonymous.lines.size(), 2);
        QCOMPARE(anonymous.lines.first(),
                 QStringLiteral("%1 of %2 households used less than their usual weeks")
                     .arg(below)
                     .arg(counted));
        QVERIFY(!anonymous.bars.isEmpty());
        QVERIFY(!anonymous.figures.isEmpty());
        const SlideContent named = slideContent(*mDemo, slide, true);
        QVERIFY(!named.lines.isEmpty());
        QStringList sorted = named.lines;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
        QCOMPARE(named.lines, sorted);
    }

    // A group larger than a slide can list sees the spread, names on or off (#23).
    void aLargeChallengeIsASpreadEvenWithNames()
    {
        QTemporaryDir dir;
        auto workshop = test::createWorkshop(dir);
        QList<Household> homes;
        for (int i = 1; i <= largestListedGroup + 1; ++i) {
            Household h;
            h.name = QStringLiteral("Home %1").arg(i);
            homes.append(h);
        }
        const auto ids = InventoryEditor(*workshop).addHouseholds(homes);
        QVERIFY(ids.ok());
        Challenge c;
        c.name = QStringLiteral("Spring");
        c.start = QDate(2025, 3, 3);
        c.weeks = 1;
        QVERIFY(ChallengeEditor(*workshop)
                    .createChallenge(c, *ids, {BaselineKind::AnnualBill, 2, 5200.0})
                    .ok());
        // Home i uses 90 + i kWh against a usual 5,200 / 52 = 100: homes 1–9 below, 10 at 0 %.
        QList<MeterIndexEntry> readings;
        for (int i = 0; i < ids->size(); ++i) {
            readings.append({ids->at(i), QDate(2025, 3, 3), MeterRegister::Single, 500.0});
            readings.append({ids->at(i), QDate(2025, 3, 10), MeterRegister::Single, 591.0 + i});
        }
        QVERIFY(ChallengeEditor(*workshop).setMeterIndexes(readings).isEmpty());
        Slide slide;
        slide.kind = SlideKind::ChallengeProgress;
        const SlideContent named = slideContent(*workshop, slide, true);
        QCOMPARE(named.lines.size(), 2);
        QCOMPARE(named.lines.first(),
                 QStringLiteral("9 of %1 households used less than their usual weeks")
                     .arg(largestListedGroup + 1));
        for (const QString &text : named.allText())
            QVERIFY2(!text.contains(QStringLiteral("Home")), qPrintable(text));
    }

    void inventoryBarsAddUpToTheTotals_data()
    {
        QTest::addColumn<SlideKind>("kind");
        QTest::newRow("priority") << SlideKind::InventoryPriority;
        QTest::newRow("category") << SlideKind::InventoryCategory;
    }

    void inventoryBarsAddUpToTheTotals()
    {
        QFETCH(SlideKind, kind);
        Slide slide;
        slide.kind = kind;
        const SlideContent content = slideContent(*mDemo, slide, false);
        const ReadingsByAppliance readings = mDemo->wattmeterReadings().byAppliance();
        const InventoryTotals totals = inventoryTotals(mDemo->appliances().all(), &readings);
        double sum = 0;
        for (const SlideBar &bar : content.bars)
            sum += bar.value;
        QVERIFY(qAbs(sum - totals.kwhPerYear) < 0.5);
        QCOMPARE(content.figures.first().value, units::kwh(totals.kwhPerYear));
    }

    void curveFiguresAreTheBalance_data()
    {
        QTest::addColumn<PeriodKind>("period");
        QTest::newRow("day") << PeriodKind::Day;
        QTest::newRow("week") << PeriodKind::Week;
        QTest::newRow("month") << PeriodKind::Month;
        QTest::newRow("year") << PeriodKind::Year;
    }

    void curveFiguresAreTheBalance()
    {
        QFETCH(PeriodKind, period);
        Slide slide;
        slide.kind = SlideKind::EnergyCurves;
        slide.period = period;
        slide.date = QDate(defaultCurveYear(*mDemo), 6, 24);
        const SlideContent content = slideContent(*mDemo, slide, false);
        QVERIFY(content.showsCurves);
        const UtcPeriod utc = periodContaining(period, slide.date);
        QCOMPARE(content.fromUtc, utc.fromUtc);
        QCOMPARE(content.toUtc, utc.toUtc);
        CurveOptions options;
        options.year = slide.date.year();
        const EnergyBalance balance =
            balanceOf(workshopCurves(*mDemo, options).curves, utc.fromUtc, utc.toUtc);
        QCOMPARE(content.figures.size(), 4);
        QCOMPARE(content.figures.at(0).value,
                 units::percent(balance.selfConsumptionRate().value() * 100.0));
        QCOMPARE(content.figures.at(1).value,
                 units::percent(balance.selfSufficiencyRate().value() * 100.0));
        QCOMPARE(content.figures.at(2).value, units::kwh(balance.productionKwh));
        QCOMPARE(content.figures.at(3).value, units::kwh(balance.consumptionKwh));
        QVERIFY(!content.subtitle.isEmpty());
    }

    void scenarioSlideComparesWithToday()
    {
        const Scenario roof = mDemo->scenarios().all().first();
        const SlideContent content = slideContent(*mDemo, scenarioSlide(roof.id), false);
        QCOMPARE(content.title, roof.name);
        QVERIFY2(content.emptyMessage.isEmpty(), qPrintable(content.emptyMessage));
        QCOMPARE(content.figures.size(), 4);
        QVERIFY(content.figures.first().value.contains(QStringLiteral("→")));
    }

    void emptyWorkshopSaysSo_data()
    {
        QTest::addColumn<SlideKind>("kind");
        QTest::newRow("challenge") << SlideKind::ChallengeProgress;
        QTest::newRow("curves") << SlideKind::EnergyCurves;
        QTest::newRow("surprises") << SlideKind::WattmeterSurprises;
        QTest::newRow("scenario") << SlideKind::Scenario;
    }

    void emptyWorkshopSaysSo()
    {
        QFETCH(SlideKind, kind);
        QTemporaryDir dir;
        auto workshop = test::createWorkshop(dir);
        QVERIFY(workshop);
        Slide slide;
        slide.kind = kind;
        slide.scenarioId = 1;
        const SlideContent content = slideContent(*workshop, slide, true);
        QVERIFY(!content.emptyMessage.isEmpty());
        QVERIFY(!content.showsCurves);
        QVERIFY(content.allText().contains(content.emptyMessage));
    }

    void titleSlideCountsTheGroup()
    {
        Slide slide;
        const SlideContent content = slideContent(*mDemo, slide, false);
        QCOMPARE(content.title, mDemo->name());
        QCOMPARE(content.figures.size(), 4);
        QCOMPARE(content.figures.at(0).value, QLocale().toString(mDemo->households().count()));
    }
};

QTEST_GUILESS_MAIN(TestSlides)
#include "tst_slides.moc"
