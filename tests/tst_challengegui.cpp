// SPDX-License-Identifier: GPL-3.0-or-later
// GUI test (#4): a week of meter readings entered in the grid with the keyboard
// only, a refused falling index, and rows pasted from a spreadsheet.

#include "challenge/challengeeditor.h"
#include "challenge/challengegridmodel.h"
#include "challenge/challengepage.h"
#include "challenge/challengestore.h"
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
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace wattelier;

class TestChallengeGui : public QObject
{
    Q_OBJECT

private:
    wattelier::test::WorkshopFiles mFiles;
    std::unique_ptr<Workshop> mWorkshop;
    QList<qint64> mHouseholds;

private slots:
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
};

QTEST_MAIN(TestChallengeGui)
#include "tst_challengegui.moc"
