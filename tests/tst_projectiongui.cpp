// SPDX-License-Identifier: GPL-3.0-or-later
// Projection mode (#7): a presentation driven through every slide with the
// keys presentation remotes send, under QT_QPA_PLATFORM=offscreen; no
// household's name on the wall while names are off; names only after a
// confirmation, with a band on the wall; images exported; the sequence edited
// and undone.

#include "core/workshop.h"
#include "demo/demoworkshop.h"
#include "energy/balancechart.h"
#include "guisupport.h"
#include "inventory/catalogue.h"
#include "inventory/householdstore.h"
#include "mainwindow.h"
#include "peaks/cabin.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "presentation/presentation.h"
#include "presentation/presentationwindow.h"
#include "presentation/presenterview.h"
#include "presentation/projectionsession.h"
#include "presentation/slidecontent.h"
#include "presentation/slidesequencedialog.h"
#include "presentation/slidestore.h"
#include "presentation/slideview.h"
#include "report/reportlanguage.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QListWidget>
#include <QMessageBox>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace wattelier;
using namespace wattelier::ui;
using wattelier::test::answerNextMessageBox;

namespace {

/*! Every text a widget tree shows or tells assistive technology. */
QStringList textsOf(QWidget *root)
{
    QStringList texts{root->accessibleName(), root->accessibleDescription(), root->toolTip()};
    for (QWidget *w : root->findChildren<QWidget *>())
        texts << w->accessibleName() << w->accessibleDescription() << w->toolTip();
    if (auto *view = qobject_cast<SlideView *>(root))
        texts << view->content().allText();
    for (SlideView *view : root->findChildren<SlideView *>())
        texts << view->content().allText();
    return texts;
}

/*! The household names found in \a texts. */
QStringList namesIn(const QStringList &texts, const QList<Household> &households)
{
    QStringList found;
    for (const Household &h : households)
        for (const QString &text : texts)
            if (text.contains(h.name))
                found << h.name;
    return found;
}

} // namespace

class TestProjectionGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { wattelier::test::prepareGuiTest(false); }

    void remoteKeysGoThroughEverySlideWithoutANameOnTheWall()
    {
        QTemporaryDir dir;
        auto workshop = test::openDemoWorkshop(dir);
        QVERIFY(workshop);
        const QList<Household> households = workshop->households().all();
        Presentation presentation(*workshop);
        PresentationWindow wall(presentation);
        PresenterView presenter(*workshop, presentation, wall);
        wall.resize(1024, 768);
        wall.show();
        presenter.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wall));
        QApplication::setActiveWindow(&wall);
        const int count = presentation.count();
        QVERIFY2(count >= 7, qPrintable(QString::number(count)));

        QSet<SlideKind> seen;
        for (int i = 0; i < count; ++i) {
            QCOMPARE(presentation.current(), i);
            seen.insert(presentation.slide(i).kind);
            const QStringList names = namesIn(textsOf(&wall) + textsOf(&presenter), households);
            QVERIFY2(names.isEmpty(), qPrintable(QStringLiteral("slide %1 shows %2")
                                                     .arg(i + 1)
                                                     .arg(names.join(QStringLiteral(", ")))));
            QVERIFY(!wall.slideView()->content().title.isEmpty());
            // Right, PageDown and Space all go forward, as remotes send one or the other.
            const Qt::Key keys[] = {Qt::Key_Right, Qt::Key_PageDown, Qt::Key_Space};
            QTest::keyClick(&wall, keys[i % 3]);
        }
        QCOMPARE(presentation.current(), count - 1); // stays on the last slide
        QVERIFY(seen.contains(SlideKind::EnergyCurves));
        QVERIFY(seen.contains(SlideKind::WattmeterSurprises));
        QVERIFY(seen.contains(SlideKind::ChallengeProgress));

        QTest::keyClick(&wall, Qt::Key_Home);
        QCOMPARE(presentation.current(), 0);
        QTest::keyClick(&wall, Qt::Key_End);
        QCOMPARE(presentation.current(), count - 1);
        QTest::keyClick(&wall, Qt::Key_PageUp);
        QTest::keyClick(&wall, Qt::Key_Left);
        QCOMPARE(presentation.current(), count - 3);
        // B and "." darken the wall and light it again.
        QTest::keyClick(&wall, Qt::Key_B);
        QVERIFY(presentation.isBlack());
        QVERIFY(!wall.slideView()->isVisible());
        QTest::keyClick(&wall, Qt::Key_Period);
        QVERIFY(!presentation.isBlack());
        QVERIFY(wall.slideView()->isVisible());
        // The presenter view sees the next slide and takes the same keys.
        QCOMPARE(presenter.nextView()->content().title, presentation.content(count - 2).title);
        QTest::keyClick(&presenter, Qt::Key_Right);
        QCOMPARE(presentation.current(), count - 2);
        QSignalSpy finished(&presentation, &Presentation::finished);
        QTest::keyClick(&wall, Qt::Key_Escape);
        QCOMPARE(finished.count(), 1);
    }

    // One figure everywhere (#20): the year slide's consumption counts the
    // households' measured data, so it parts from the inventory slide's total;
    // the slide names that total and says why, in the same words as the page.
    void yearSlideReconcilesWithTheInventory()
    {
        const ReportLanguage english(QStringLiteral("en"));
        QTemporaryDir dir;
        auto workshop = test::openDemoWorkshop(dir);
        QVERIFY(workshop);
        Presentation presentation(*workshop);
        QString inventoryTotal;
        QStringList yearLines;
        for (int i = 0; i < presentation.count(); ++i) {
            const Slide &slide = presentation.slide(i);
            const SlideContent &content = presentation.content(i);
            if (slide.kind == SlideKind::InventoryCategory)
                inventoryTotal = content.figures.value(0).value;
            if (slide.kind == SlideKind::EnergyCurves && slide.period == PeriodKind::Year)
                yearLines = content.lines;
        }
        QVERIFY(!inventoryTotal.isEmpty());
        const QString expected = QStringLiteral("The inventories estimate %1 a year; here 2 "
                                                "households count their measured data")
                                     .arg(inventoryTotal);
        QCOMPARE(yearLines.size(), 1);
        QVERIFY2(yearLines.first().startsWith(expected), qPrintable(yearLines.first()));
    }

    void everySlideFitsAProjector_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"fr", "nl", "en"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    // At 1024 × 768 every title, figure, label and line is drawn whole, shrunk if
    // need be, never cut with "…" (#20: "Ce que nous consommons, pa").
    void everySlideFitsAProjector()
    {
        QFETCH(QString, language);
        const ReportLanguage scope(language);
        QVERIFY(scope.isValid());
        QTemporaryDir dir;
        auto workshop = test::openDemoWorkshop(dir);
        QVERIFY(workshop);
        QVERIFY(setCabin(*workshop, Cabin{20.0, 0.95}).isEmpty()); // adds the peaks slide
        Presentation presentation(*workshop);
        SlideView view;
        view.resize(1024, 768);
        QStringList cut;
        for (int i = 0; i < presentation.count(); ++i) {
            view.setContent(presentation.content(i));
            const QImage image = view.grab().toImage();
            if (qEnvironmentVariableIsSet("WATTELIER_SLIDE_PNG"))
                image.save(QStringLiteral("%1/slide-%2-%3.png")
                               .arg(qEnvironmentVariable("WATTELIER_SLIDE_PNG"), language)
                               .arg(i + 1));
            for (const QString &text : view.cutTexts())
                cut.append(QStringLiteral("slide %1: “%2”").arg(i + 1).arg(text));
        }
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
    }

    // The peaks slide (#23) joins the sequence once the cabin is described, and
    // shows the group only: twelve monthly peaks against the cabin's threshold.
    void peaksSlideShowsTheGroupOnly()
    {
        QTemporaryDir dir;
        auto workshop = test::openDemoWorkshop(dir);
        const auto hasPeaks = [&] {
            for (const Slide &slide : defaultSlides(*workshop))
                if (slide.kind == SlideKind::Peaks)
                    return true;
            return false;
        };
        QVERIFY(!hasPeaks());
        QVERIFY(setCabin(*workshop, Cabin{20.0, 0.95}).isEmpty());
        QVERIFY(hasPeaks());
        Slide slide;
        slide.kind = SlideKind::Peaks;
        slide.date = QDate(2025, 1, 1);
        const SlideContent content = slideContent(*workshop, slide, true);
        QVERIFY(content.emptyMessage.isEmpty());
        QCOMPARE(content.bars.size(), 12);
        for (const SlideBar &bar : content.bars)
            QCOMPARE(bar.reference, std::optional<double>(19.0)); // 20 kVA × 0.95
        const QString text = content.allText().join(QLatin1Char('\n'));
        for (const Household &h : workshop->households().all())
            QVERIFY2(!text.contains(h.name), qPrintable(h.name));
    }

    void namesNeedAConfirmationAndShowABand()
    {
        QTemporaryDir dir;
        auto workshop = test::openDemoWorkshop(dir);
        const QList<Household> households = workshop->households().all();
        Presentation presentation(*workshop);
        PresentationWindow wall(presentation);
        PresenterView presenter(*workshop, presentation, wall);
        wall.resize(1024, 768);
        wall.show();
        presenter.show();
        int surprises = -1;
        for (int i = 0; i < presentation.count(); ++i)
            if (presentation.slide(i).kind == SlideKind::WattmeterSurprises)
                surprises = i;
        QVERIFY(surprises >= 0);
        presentation.goTo(surprises);

        answerNextMessageBox(QMessageBox::No);
        presenter.namesBox()->click();
        QVERIFY(!presentation.namesShown());
        QVERIFY(!presenter.namesBox()->isChecked());
        QVERIFY(namesIn(textsOf(&wall), households).isEmpty());

        answerNextMessageBox(QMessageBox::Yes);
        presenter.namesBox()->click();
        QVERIFY(presentation.namesShown());
        QVERIFY(wall.slideView()->namesShown()); // the band on the wall
        QVERIFY(!namesIn(textsOf(&wall), households).isEmpty());

        presenter.namesBox()->click(); // off again, without a question
        QVERIFY(!presentation.namesShown());
        QVERIFY(!wall.slideView()->namesShown());
        QVERIFY(namesIn(textsOf(&wall), households).isEmpty());
    }

    void slidesExportAsImages()
    {
        QTemporaryDir dir;
        auto workshop = test::openDemoWorkshop(dir);
        Presentation presentation(*workshop);
        PresentationWindow wall(presentation);
        PresenterView presenter(*workshop, presentation, wall);
        QTemporaryDir out;
        const QStringList written = presenter.exportImages(out.path());
        QCOMPARE(written.size(), presentation.count());
        const QImage first(written.first());
        QCOMPARE(first.size(), QSize(1920, 1080));
    }

    void preferencesChooseTheProjectionScreen()
    {
        PreferencesDialog dialog;
        QComboBox *screens = dialog.screenBox();
        QCOMPARE(screens->count(), int(QGuiApplication::screens().size()) + 1);
        screens->setCurrentIndex(1); // the first screen
        dialog.accept();
        QCOMPARE(projectionScreenChoice(), 0);
        QCOMPARE(ProjectionSession::projectionScreen(), 0);
        PreferencesDialog again;
        QCOMPARE(again.screenBox()->currentIndex(), 1);
        again.screenBox()->setCurrentIndex(0); // automatic
        again.accept();
        QCOMPARE(projectionScreenChoice(), -1);
        QCOMPARE(ProjectionSession::projectionScreen(),
                 QGuiApplication::screens().size() > 1 ? 1 : 0);
    }

    void f5PresentsAndEscEnds()
    {
        QTemporaryDir dir;
        auto workshop = test::openDemoWorkshop(dir);
        const QString path = workshop->filePath();
        workshop.reset();
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkshop(path));
        QApplication::setActiveWindow(&window);
        QTest::keyClick(&window, Qt::Key_F5);
        PresentationWindow *wall = nullptr;
        const auto findWall = [&wall] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *p = qobject_cast<PresentationWindow *>(w); p && p->isVisible())
                    wall = p;
            return wall != nullptr;
        };
        QTRY_VERIFY(findWall());
        QVERIFY(wall->isFullScreen());
        QTest::keyClick(wall, Qt::Key_Escape);
        QTRY_VERIFY(!wall->isVisible());
        window.closeWorkshop();
    }

    void sequenceEditsAreSavedAndUndoable()
    {
        QTemporaryDir dir;
        auto workshop = test::openDemoWorkshop(dir);
        const int defaults = int(SlideEditor(*workshop).sequence().size());
        QVERIFY(workshop->slides().all().isEmpty());
        SlideSequenceDialog dialog(*workshop);
        QCOMPARE(dialog.list()->count(), defaults);
        dialog.list()->setCurrentRow(0);
        dialog.kindBox()->setCurrentIndex(
            dialog.kindBox()->findData(int(SlideKind::InventoryCategory)));
        dialog.addChosenKind();
        QCOMPARE(workshop->slides().all().size(), defaults + 1);
        QCOMPARE(dialog.list()->count(), defaults + 1);
        QCOMPARE(workshop->slides().all().size(), defaults + 1);
        QCOMPARE(workshop->slides().all().at(1).kind, SlideKind::InventoryCategory);
        dialog.list()->setCurrentRow(1);
        dialog.moveCurrent(1);
        QCOMPARE(workshop->slides().all().at(2).kind, SlideKind::InventoryCategory);
        workshop->undoStack()->undo(); // the move
        QCOMPARE(workshop->slides().all().at(1).kind, SlideKind::InventoryCategory);
        workshop->undoStack()->undo(); // the addition, and the saving of the default sequence
        QVERIFY(workshop->slides().all().isEmpty());
        QCOMPARE(dialog.list()->count(), defaults);
    }
};

QTEST_MAIN(TestProjectionGui)
#include "tst_projectiongui.moc"
