// SPDX-License-Identifier: GPL-3.0-or-later
// Household files in the window (#9): opening one merges it into its
// workshop through the merge dialog (a conflict chosen with the keyboard,
// one undo), opens it in "My household" mode when no workshop is open, and
// refuses it for another workshop.

#include "core/workshop.h"
#include "demo/demoworkshop.h"
#include "exchange/exchangeactions.h"
#include "exchange/householdfile.h"
#include "exchange/householdwindow.h"
#include "exchange/mergedialog.h"
#include "exchange/mergeplanmodel.h"
#include "guisupport.h"
#include "inventory/appliancestore.h"
#include "inventory/catalogue.h"
#include "inventory/householdstore.h"
#include "inventory/inventoryeditor.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QLabel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace wattelier;
using namespace wattelier::ui;

namespace {

HouseholdWindow *householdWindow()
{
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *window = qobject_cast<HouseholdWindow *>(widget); window && window->isVisible())
            return window;
    return nullptr;
}

} // namespace

class TestExchangeGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDir;
    QString mWorkshopPath;
    QString mInvitePath;

private slots:
    void initTestCase()
    {
        wattelier::test::prepareGuiTest(false);
        mWorkshopPath = mDir.filePath(QStringLiteral("workshop.wattelier"));
        WorkshopError error;
        QVERIFY(writeDemoWorkshop(mWorkshopPath, Catalogue::builtIn(), &error));
        mInvitePath = mDir.filePath(QStringLiteral("Household C.wattelier"));
    }

    void inviteAndMergeWithAConflict()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkshop(mWorkshopPath));
        Workshop &workshop = *window.workshop();
        const Household c = *findHousehold(workshop, QStringLiteral("C"));
        QVERIFY(window.exchangeActions()->inviteAction()->isEnabled());
        QVERIFY(window.exchangeActions()->writeInvitationTo(c.id, mInvitePath));

        // At home: a new appliance and a changed power; here, the same power changed too.
        const Appliance first = workshop.appliances().forHousehold(c.id).first();
        {
            WorkshopError error;
            auto file = Workshop::open(mInvitePath, &error);
            QVERIFY(file);
            const qint64 id = exchange::invitedHouseholdId(*file);
            InventoryEditor editor(*file);
            const Appliance theirs = file->appliances().forHousehold(id).first();
            QVERIFY(editor.editAppliance(theirs.id, ApplianceField::PowerW, 130.0).isEmpty());
            QVERIFY(
                editor.addAppliance(test::sampleAppliance(id, QStringLiteral("Chest freezer"))));
        }
        QVERIFY(InventoryEditor(workshop)
                    .editAppliance(first.id, ApplianceField::PowerW, 150.0)
                    .isEmpty());
        const int appliancesBefore = workshop.appliances().forHousehold(c.id).size();
        const int undoIndex = workshop.undoStack()->index();

        // Opening the household's file shows the merge dialog: Space takes the
        // household's value in the conflict, Enter merges.
        int rows = 0;
        QTimer::singleShot(0, [&rows] {
            QTRY_VERIFY(qobject_cast<MergeDialog *>(QApplication::activeModalWidget()));
            auto *dialog = qobject_cast<MergeDialog *>(QApplication::activeModalWidget());
            QTableView *table = dialog->table();
            rows = table->model()->rowCount();
            // The dialog starts on the conflict, where a choice is needed.
            QCOMPARE(table->currentIndex().column(), int(exchange::MergePlanModel::ActionColumn));
            QTest::keyClick(table, Qt::Key_Space);
            QTest::keyClick(table, Qt::Key_Return);
            if (dialog->isVisible())
                dialog->reject(); // a failed step above must not leave the test waiting
        });
        QVERIFY(window.openWorkshop(mInvitePath));
        QCOMPARE(rows, 2); // the new freezer, the conflicting power
        QCOMPARE(workshop.appliances().forHousehold(c.id).size(), appliancesBefore + 1);
        QCOMPARE(workshop.appliances().get(first.id)->powerW, 130.0);
        QCOMPARE(window.workshop(), &workshop); // still the workshop that was open

        // One undo takes the whole merge back.
        QCOMPARE(workshop.undoStack()->index(), undoIndex + 1);
        workshop.undoStack()->undo();
        QCOMPARE(workshop.appliances().forHousehold(c.id).size(), appliancesBefore);
        QCOMPARE(workshop.appliances().get(first.id)->powerW, 150.0);

        // Escape in the dialog merges nothing.
        QTimer::singleShot(0, [] {
            QTRY_VERIFY(qobject_cast<MergeDialog *>(QApplication::activeModalWidget()));
            QTest::keyClick(QApplication::activeModalWidget(), Qt::Key_Escape);
        });
        QVERIFY(!window.exchangeActions()->mergeFile(mInvitePath));
        QCOMPARE(workshop.appliances().forHousehold(c.id).size(), appliancesBefore);
    }

    void opensAtHomeWithoutAWorkshop()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkshop(mInvitePath));
        QVERIFY(!window.workshop());
        QTRY_VERIFY(householdWindow());
        HouseholdWindow *home = householdWindow();
        QCOMPARE(home->mode(), HouseholdWindow::Mode::AtHome);
        QVERIFY(!window.isVisible());
        bool named = false;
        for (QLabel *label : home->findChildren<QLabel *>())
            named = named || label->text().contains(pseudonymFromCode(QStringLiteral("C")));
        QVERIFY(named);
        home->close();
        QTRY_VERIFY(!householdWindow());
    }

    void refusedForAnotherWorkshop()
    {
        const QString other = mDir.filePath(QStringLiteral("other.wattelier"));
        WorkshopError error;
        QVERIFY(writeDemoWorkshop(other, Catalogue::builtIn(), &error));
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkshop(other));
        const QByteArray before = test::fileDigest(other);
        test::answerNextMessageBox(QMessageBox::Ok);
        QVERIFY(!window.openWorkshop(mInvitePath));
        QCOMPARE(window.workshop()->filePath(), QFileInfo(other).absoluteFilePath());
        QVERIFY(!householdWindow());
        window.closeWorkshop();
        QCOMPARE(test::fileDigest(other), before);
    }
};

QTEST_MAIN(TestExchangeGui)
#include "tst_exchangegui.moc"
