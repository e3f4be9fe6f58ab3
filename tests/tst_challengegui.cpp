// SPDX-License-Identifier: GPL-3.0-or-later
// GUI test (#4): a week of meter readings entered in the grid with the keyboard
// only, a refused falling index, and rows pasted from a spreadsheet.

#include "challenge/challengedialog.h"
#include "challenge/challengeeditor.h"
#include "challenge/challengegridmodel.h"
#include "challenge/challengepage.h"
#include "challenge/challengestore.h"
#include "challenge/changespreadchart.h"
#include "challenge/householdcharts.h"
#include "core/workshop.h"
#include "inventory/inventoryeditor.h"
#include "spreadsheetview.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <qcustomplot.h>

using namespace wattelier;

class TestChallengeGui : public QObject
{
    Q_OBJECT

private:
    wattelier::test::WorkshopFiles mFiles;
    std::unique_ptr<Workshop> mWorkshop;
    QList<qint64> mHouseholds;

private slots:
    // A new défi is between homes (#22): another participant (an association)
    // is listed but not ticked.
    void aNewChallengeLeavesOtherParticipantsOut()
    {
        QTemporaryDir dir;
        auto workshop = test::createWorkshop(dir);
        InventoryEditor editor(*workshop);
        const qint64 home = editor.addHousehold(QStringLiteral("Famille Peeters"), 4);
        const qint64 association = editor.addHousehold(QStringLiteral("Les Amis du Parc"), 1);
        QVERIFY(
            editor.editHousehold(association, HouseholdField::Kind, QStringLiteral("participant"))
                .isEmpty());
        ui::ChallengeDialog dialog(*workshop, Challenge{}, false);
        QCOMPARE(dialog.participants(), QList<qint64>{home});
    }

    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void init()
    {
        mWorkshop = mFiles.create(QStringLiteral("ch"));
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
                    .createChallenge(c, mHouseholds, {BaselineKind::FirstWeek, 2, std::nullopt})
                    .ok());
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
        QTRY_COMPARE(mWorkshop->challenges().indexReadings(mHouseholds.at(0)).size(), 3);
        QCOMPARE(mWorkshop->challenges().indexReadings(mHouseholds.at(0)).at(1).reading.index,
                 12063.0);
        QCOMPARE(mWorkshop->challenges().indexReadings(mHouseholds.at(0)).at(1).reading.date,
                 QDate(2026, 6, 8));
        QTRY_VERIFY(page.keyFigure()->text().contains(QStringLiteral("56")));

        // A falling index is refused with a message, and nothing is written.
        QSignalSpy messages(&page, &ui::ChallengePage::problem);
        QVERIFY(!grid->model()->setData(grid->model()->index(0, 2), QStringLiteral("12050")));
        QCOMPARE(messages.count(), 1);
        QVERIFY(messages.first().first().toString().contains(QStringLiteral("lower")));
        QCOMPARE(mWorkshop->challenges().indexReadings(mHouseholds.at(0)).at(2).reading.index,
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
        QCOMPARE(mWorkshop->challenges().indexReadings(mHouseholds.at(0)).at(1).reading.date,
                 QDate(2026, 6, 9));
        // The cell still shows it under 8 June, with its real day in brackets.
        QTRY_VERIFY(grid->model()->index(0, 1).data().toString().contains(QStringLiteral("09/06")));
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
        QTRY_COMPARE(mWorkshop->challenges().indexReadings(mHouseholds.at(1)).size(), 3);
        QCOMPARE(mWorkshop->challenges().indexReadings(mHouseholds.at(2)).at(2).reading.index,
                 7070.0);
        QCOMPARE(mWorkshop->challenges().indexReadings(mHouseholds.at(1)).at(1).reading.index,
                 5040.0);
        // One undo step takes the whole paste back.
        mWorkshop->undoStack()->undo();
        QVERIFY(mWorkshop->challenges().indexReadings(mHouseholds.at(1)).isEmpty());
        QVERIFY(mWorkshop->challenges().indexReadings(mHouseholds.at(2)).isEmpty());
        // A paste with a falling index writes nothing.
        QGuiApplication::clipboard()->setText(QStringLiteral("5000\t4900\n"));
        QTest::keySequence(grid, QKeySequence::Paste);
        QVERIFY(mWorkshop->challenges().indexReadings(mHouseholds.at(1)).isEmpty());
    }
    // A cell clicked open (its editor showing) takes a block the same way as a
    // cell reached with the keyboard (#20).
    void pasteIntoAnOpenCellPastesTheBlock()
    {
        ui::ChallengePage page(*mWorkshop);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QApplication::setActiveWindow(&page);
        ui::SpreadsheetView *grid = page.grid();
        const QModelIndex cell = grid->model()->index(1, 0);
        const QPoint centre = grid->visualRect(cell).center();
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, centre);
        QTest::qWait(QApplication::doubleClickInterval() + 50);
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, centre); // opens its editor
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QTRY_VERIFY(editor = qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        QGuiApplication::clipboard()->setText(QStringLiteral("5000\t5040\n7000\t7030\n"));
        QTest::keySequence(editor, QKeySequence::Paste);
        QTRY_COMPARE(mWorkshop->challenges().indexReadings(mHouseholds.at(1)).size(), 2);
        QCOMPARE(mWorkshop->challenges().indexReadings(mHouseholds.at(2)).at(1).reading.index,
                 7030.0);
        QVERIFY(!qobject_cast<QLineEdit *>(QApplication::focusWidget())); // the editor closed

        // One value goes into the editor as text, to be finished by hand.
        mWorkshop->undoStack()->undo();
        grid->setCurrentIndex(cell);
        grid->edit(cell);
        QTRY_VERIFY(editor = qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        editor->clear();
        QGuiApplication::clipboard()->setText(QStringLiteral("51"));
        QTest::keySequence(editor, QKeySequence::Paste);
        QCOMPARE(editor->text(), QStringLiteral("51"));
        QVERIFY(mWorkshop->challenges().indexReadings(mHouseholds.at(1)).isEmpty());
    }

    // "12.300" in French is twelve thousand three hundred or twelve point three:
    // asked, never guessed; "8 190" and "12.300,5" are read at once (#20).
    void numbersAsBelgiansTypeThem()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::Belgium));
        ui::ChallengePage page(*mWorkshop);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QAbstractItemModel *model = page.grid()->model();
        QVERIFY(model->setData(model->index(0, 0), QStringLiteral("8 190")));
        QVERIFY(model->setData(model->index(0, 1), QStringLiteral("8.250,5")));
        QCOMPARE(mWorkshop->challenges().indexReadings(mHouseholds.at(0)).at(1).reading.index,
                 8250.5);

        QString question;
        QTimer::singleShot(0, [&question] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            question = box->text();
            for (QAbstractButton *button : box->buttons())
                if (button->text() == QLocale().toString(12300.0, 'f', 0))
                    button->click();
        });
        QVERIFY(!model->setData(model->index(1, 0), QStringLiteral("12.300")));
        QVERIFY2(question.contains(QStringLiteral("12.300")), qPrintable(question));
        QCOMPARE(mWorkshop->challenges().indexReadings(mHouseholds.at(1)).size(), 1);
        QCOMPARE(mWorkshop->challenges().indexReadings(mHouseholds.at(1)).first().reading.index,
                 12300.0);

        // A pasted block asks once; cancelling pastes nothing.
        QTimer::singleShot(0, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QVERIFY(box->text().contains(QStringLiteral("1")));
            box->button(QMessageBox::Cancel)->click();
        });
        page.grid()->setCurrentIndex(model->index(2, 0));
        page.grid()->setFocus();
        QGuiApplication::clipboard()->setText(QStringLiteral("7.000\t7.030\n"));
        QTest::keySequence(page.grid(), QKeySequence::Paste);
        QVERIFY(mWorkshop->challenges().indexReadings(mHouseholds.at(2)).isEmpty());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    // #23: a challenge of 194 households opens on how their changes are spread;
    // finding a household narrows the grid, the changes and the little charts,
    // and a paste or a clearing touches only the rows found.
    void aGroupOf194()
    {
        auto workshop = mFiles.create(QStringLiteral("volta"));
        QList<Household> homes;
        for (int i = 1; i <= 194; ++i) {
            Household h;
            h.name = QStringLiteral("Home %1").arg(i, 3, 10, QLatin1Char('0'));
            homes.append(h);
        }
        const auto ids = InventoryEditor(*workshop).addHouseholds(homes);
        QVERIFY(ids.ok());
        Challenge c;
        c.name = QStringLiteral("Volta");
        c.start = QDate(2026, 6, 1);
        c.weeks = 4;
        QVERIFY(ChallengeEditor(*workshop)
                    .createChallenge(c, *ids, {BaselineKind::FirstWeek, 2, std::nullopt})
                    .ok());
        // Home i uses 50 kWh the first week (its baseline), then 50 + d with
        // d = (i − 1) % 11 − 5 kWh in weeks 2 and 3: a change of 2d %. d = −5…+1
        // come 18 times each, +2…+5 17 times.
        QList<MeterIndexEntry> readings;
        for (int i = 0; i < 194; ++i) {
            const double d = i % 11 - 5;
            double index = 1000;
            for (const int day : {1, 8, 15, 22}) {
                readings.append({ids->at(i), QDate(2026, 6, day), MeterRegister::Single, index});
                index += day == 1 ? 50 : 50 + d;
            }
        }
        QVERIFY(ChallengeEditor(*workshop).setMeterIndexes(readings).isEmpty());
        workshop->setShowNames(true);

        ui::ChallengePage page(*workshop);
        page.resize(1366, 768);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QApplication::setActiveWindow(&page);
        QCOMPARE(page.details()->currentWidget(), page.spreadChart());
        // Week 2's box, by hand over the 194 changes sorted: 90 below 0 % (d = −5…−1),
        // positions 48–49 at −6 % (p25), 96–97 at 0 % (median), 144–145 at +6 % (p75).
        auto *boxes = qobject_cast<QCPStatisticalBox *>(page.spreadChart()->plot()->plottable(0));
        QVERIFY(boxes);
        QCOMPARE(boxes->data()->size(), 3); // the three weeks with readings at both ends
        const auto week2 = boxes->data()->findBegin(2.0, false);
        QCOMPARE(week2->key, 2.0);
        QVERIFY(std::abs(week2->lowerQuartile + 6.0) < 1e-9);
        QVERIFY(std::abs(week2->median) < 1e-9);
        QVERIFY(std::abs(week2->upperQuartile - 6.0) < 1e-9);
        // Over the three finished weeks a home changes by 2d / 150: 90 of 194 used less.
        QVERIFY2(page.spreadChart()->caption()->text().contains(QStringLiteral("90 of 194")),
                 qPrintable(page.spreadChart()->caption()->text()));

        // "9": Home 009, 019, …, 090–099, 109, …: rows far apart.
        QTest::keyClicks(page.findField(), QStringLiteral("9"));
        ui::SpreadsheetView *grid = page.grid();
        QList<int> shown;
        for (int row = 0; row < grid->model()->rowCount(); ++row)
            if (!grid->isRowHidden(row))
                shown.append(row);
        // 009…189 in tens (19), 090–099 (10, one already counted: 099), 190–194 (5,
        // 199 absent; 190 and 191… are new), and 109, 119, …, 189 already in the first.
        // Counted by hand: x9 for x = 00…18 → 19; 090–098 → 9; 190–194 → 5. 33 homes.
        QCOMPARE(shown.size(), 33);
        QCOMPARE(shown.at(0), 8);  // Home 009
        QCOMPARE(shown.at(1), 18); // Home 019
        int changesShown = 0;
        for (int row = 0; row < page.changesTable()->model()->rowCount(); ++row)
            changesShown += !page.changesTable()->isRowHidden(row);
        QCOMPARE(changesShown, 33 + 1); // and the group's row
        QCOMPARE(page.householdCharts()->shownCount(), 33);

        // Delete over the rows of Home 009 to Home 019 in the 22 June column:
        // the two found lose their reading, the nine hidden between keep theirs.
        grid->setFocus();
        const int june22 = 3;
        grid->setCurrentIndex(grid->model()->index(8, june22));
        grid->selectionModel()->select(
            QItemSelection(grid->model()->index(8, june22), grid->model()->index(18, june22)),
            QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(grid, Qt::Key_Delete);
        const auto readingsOf = [&](int row) {
            return workshop->challenges().indexReadings(ids->at(row)).size();
        };
        QTRY_COMPARE(readingsOf(8), qsizetype(3));
        QCOMPARE(readingsOf(18), qsizetype(3));
        QCOMPARE(readingsOf(9), qsizetype(4));
        workshop->undoStack()->undo();
        QCOMPARE(readingsOf(8), qsizetype(4));

        // Two rows pasted on Home 009's 29 June cell land on Home 009 and Home 019.
        grid->setCurrentIndex(grid->model()->index(8, june22 + 1));
        QGuiApplication::clipboard()->setText(QStringLiteral("1200\n1300\n"));
        QTest::keySequence(grid, QKeySequence::Paste);
        QTRY_COMPARE(readingsOf(8), qsizetype(5));
        QCOMPARE(readingsOf(18), qsizetype(5));
        QCOMPARE(readingsOf(9), qsizetype(4));
        QCOMPARE(workshop->challenges().indexReadings(ids->at(18)).last().reading.index, 1300.0);
    }
};

QTEST_MAIN(TestChallengeGui)
#include "tst_challengegui.moc"
