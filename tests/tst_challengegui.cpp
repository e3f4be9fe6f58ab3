// SPDX-License-Identifier: GPL-3.0-or-later
// GUI test (#4): a week of meter readings entered in the grid with the keyboard
// only, a refused falling index, and rows pasted from a spreadsheet.

#include "challenge/challengeeditor.h"
#include "challenge/challengegridmodel.h"
#include "challenge/challengepage.h"
#include "challenge/challengestore.h"
#include "inventoryeditor.h"
#include "spreadsheetview.h"
#include "testsupport.h"
#include "workshop.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace wattelier;

class TestChallengeGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDir;
    std::unique_ptr<Workshop> mWorkshop;
    QList<qint64> mHouseholds;
    int mFile = 0;

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void init()
    {
        mWorkshop =
            wattelier::test::createWorkshop(mDir, QStringLiteral("ch%1.wattelier").arg(++mFile));
        mHouseholds.clear();
        for (const char *name : {"Ana", "Wim", "Léa"})
            mHouseholds.append(
                InventoryEditor(*mWorkshop).addHousehold(QString::fromUtf8(name), 2));
        Challenge c;
        c.name = QStringLiteral("June");
        c.start = QDate(2026, 6, 1);
        c.weeks = 2;
        // Baseline: the first week, so the grid has no columns before the start.
        QVERIFY(ChallengeEditor(*mWorkshop)
                    .createChallenge(c, mHouseholds, {BaselineKind::FirstWeek, 2, std::nullopt}) >
                0);
    }

    void cleanup() { mWorkshop.reset(); }

    void weekOfReadingsByKeyboard()
    {
        ui::ChallengePage page(*mWorkshop);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QApplication::setActiveWindow(&page);
        ui::SpreadsheetView *grid = page.grid();
        QCOMPARE(grid->model()->rowCount(), 3);
        QCOMPARE(grid->model()->columnCount(), 3); // 1, 8 and 15 June
        grid->setFocus();
        grid->setCurrentIndex(grid->model()->index(0, 0));
        // Ana's three readings along the row: type, Tab, type, Tab, type, Enter.
        const QStringList typed = {QStringLiteral("12000"), QStringLiteral("12063"),
                                   QStringLiteral("12119")};
        for (int i = 0; i < typed.size(); ++i) {
            QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : grid;
            QTest::keyClicks(target, typed.at(i));
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : grid,
                            i + 1 < typed.size() ? Qt::Key_Tab : Qt::Key_Return);
        }
        QTRY_COMPARE(mWorkshop->challenges().meterReadings(mHouseholds.at(0)).size(), 3);
        QCOMPARE(mWorkshop->challenges().meterReadings(mHouseholds.at(0)).at(1).reading.index,
                 12063.0);
        QCOMPARE(mWorkshop->challenges().meterReadings(mHouseholds.at(0)).at(1).reading.date,
                 QDate(2026, 6, 8));
        QTRY_VERIFY(page.keyFigure()->text().contains(QStringLiteral("56")));

        // A falling index is refused with a message, and nothing is written.
        QSignalSpy messages(&page, &ui::ChallengePage::statusMessage);
        QVERIFY(!grid->model()->setData(grid->model()->index(0, 2), QStringLiteral("12050")));
        QCOMPARE(messages.count(), 1);
        QVERIFY(messages.first().first().toString().contains(QStringLiteral("lower")));
        QCOMPARE(mWorkshop->challenges().meterReadings(mHouseholds.at(0)).at(2).reading.index,
                 12119.0);
    }

    void readingMovedToItsRealDay()
    {
        ChallengeEditor(*mWorkshop)
            .setMeterIndexes(
                {{mHouseholds.at(0), QDate(2026, 6, 1), MeterRegister::Single, 100.0},
                 {mHouseholds.at(0), QDate(2026, 6, 8), MeterRegister::Single, 170.0}});
        ui::ChallengePage page(*mWorkshop);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        ui::SpreadsheetView *grid = page.grid();
        grid->setCurrentIndex(grid->model()->index(0, 1));
        QAction *dateAction = grid->actions().value(0);
        QVERIFY(dateAction);
        bool answered = false;
        QTimer::singleShot(0, this, [&answered] {
            QWidget *dialog = QApplication::activeModalWidget();
            auto *date = dialog ? dialog->findChild<QDateEdit *>() : nullptr;
            if (!date)
                return;
            date->setDate(QDate(2026, 6, 9)); // read a day late
            QTest::keyClick(dialog, Qt::Key_Return);
            answered = true;
        });
        dateAction->trigger();
        QVERIFY(answered);
        QCOMPARE(mWorkshop->challenges().meterReadings(mHouseholds.at(0)).at(1).reading.date,
                 QDate(2026, 6, 9));
        // The cell still shows it under 8 June, with its real day in brackets.
        QTRY_VERIFY(grid->model()->index(0, 1).data().toString().contains(QStringLiteral("9/6")));
    }

    void pasteFromASpreadsheet()
    {
        ui::ChallengePage page(*mWorkshop);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QApplication::setActiveWindow(&page);
        ui::SpreadsheetView *grid = page.grid();
        grid->setFocus();
        grid->setCurrentIndex(grid->model()->index(1, 0));
        // Two households' rows as a spreadsheet copies them (thousands separators too).
        QGuiApplication::clipboard()->setText(
            QStringLiteral("5000\t5,040\t5080\r\n7000\t7030\t7070\r\n"));
        QTest::keySequence(grid, QKeySequence::Paste);
        QTRY_COMPARE(mWorkshop->challenges().meterReadings(mHouseholds.at(1)).size(), 3);
        QCOMPARE(mWorkshop->challenges().meterReadings(mHouseholds.at(2)).at(2).reading.index,
                 7070.0);
        QCOMPARE(mWorkshop->challenges().meterReadings(mHouseholds.at(1)).at(1).reading.index,
                 5040.0);
        // One undo step takes the whole paste back.
        mWorkshop->undoStack()->undo();
        QVERIFY(mWorkshop->challenges().meterReadings(mHouseholds.at(1)).isEmpty());
        QVERIFY(mWorkshop->challenges().meterReadings(mHouseholds.at(2)).isEmpty());
        // A paste with a falling index writes nothing.
        QGuiApplication::clipboard()->setText(QStringLiteral("5000\t4900\n"));
        QTest::keySequence(grid, QKeySequence::Paste);
        QVERIFY(mWorkshop->challenges().meterReadings(mHouseholds.at(1)).isEmpty());
    }
};

QTEST_MAIN(TestChallengeGui)
#include "tst_challengegui.moc"
