// SPDX-License-Identifier: GPL-3.0-or-later
// The main window (#2): welcome screen, the demo, refusing bad files with a
// message while keeping them unmodified, recent files, closing.

#include "householdstore.h"
#include "inventory/householdpanel.h"
#include "inventory/inventorypage.h"
#include "mainwindow.h"
#include "recentfiles.h"
#include "testsupport.h"
#include "welcomepage.h"
#include "workshop.h"
#include "workshopview.h"

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace wattelier;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QFile::remove(ui::MainWindow::demoWorkshopPath());
        ui::RecentFiles().clear();
    }

    void startsOnTheWelcomeScreen()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.welcomePage()->isVisible());
        QVERIFY(!window.workshop());
        QCOMPARE(window.windowTitle(), QStringLiteral("Wattelier"));
    }

    void demoButtonOpensTheDemo()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::mouseClick(window.welcomePage()->demoButton(), Qt::LeftButton);
        QVERIFY(window.workshop());
        QVERIFY(window.workshopView()->inventory()->isVisible());
        QCOMPARE(window.workshopView()->inventory()->households()->tableView()->model()->rowCount(), 18);
        QVERIFY(window.windowTitle().contains(QStringLiteral("example data")));
        // The first household is selected and its appliances are listed.
        QVERIFY(window.workshopView()->inventory()->households()->currentHouseholdId() > 0);
        // The demo is not listed among the user's own recent workshops.
        QVERIFY(!ui::RecentFiles().files().contains(ui::MainWindow::demoWorkshopPath()));

        // Opening it again reuses the file with the user's edits.
        const qint64 first = window.workshopView()->inventory()->households()->currentHouseholdId();
        window.workshop()->households().update(first, HouseholdField::Name,
                                               QStringLiteral("Renamed"));
        window.closeWorkshop();
        QVERIFY(window.welcomePage()->isVisible());
        QVERIFY(window.openDemoWorkshop());
        QCOMPARE(window.workshop()->households().get(first)->name, QStringLiteral("Renamed"));
    }

    void refusedFileShowsWhyAndIsUnchanged()
    {
        const QString path = mDir.filePath(QStringLiteral("export.wattelier"));
        wattelier::test::writeFile(path, "Date;Heure;Volume\n01-06-2026;00:15;0,123\n");
        const QByteArray before = wattelier::test::fileDigest(path);
        ui::MainWindow window;
        window.show();
        QSignalSpy errors(&window, &ui::MainWindow::errorShown);
        QVERIFY(!window.openWorkshop(path));
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.first().first().toString().contains(QStringLiteral("export.wattelier")));
        QVERIFY(!window.workshop());
        QCOMPARE(wattelier::test::fileDigest(path), before);
    }

    void openedFilesAreRemembered()
    {
        const QString path = mDir.filePath(QStringLiteral("recent.wattelier"));
        {
            WorkshopError error;
            QVERIFY(Workshop::create(path, QStringLiteral("Recent"), &error));
        }
        ui::MainWindow window;
        QVERIFY(window.openWorkshop(path));
        QCOMPARE(ui::RecentFiles().files().first(), path);
        window.closeWorkshop();
        // The welcome screen lists it.
        bool listed = false;
        QListWidget *list = window.welcomePage()->recentList();
        for (int i = 0; i < list->count(); ++i)
            listed = listed || list->item(i)->data(Qt::UserRole).toString() == path;
        QVERIFY(listed);
        // A file that disappeared is dropped from the list when opening fails.
        QVERIFY(QFile::remove(path));
        QVERIFY(!window.openWorkshop(path));
        QVERIFY(!ui::RecentFiles().files().contains(path));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
