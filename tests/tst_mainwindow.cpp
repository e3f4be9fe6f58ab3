// SPDX-License-Identifier: GPL-3.0-or-later
// The main window (#2): welcome screen, the demo, refusing bad files with a
// message while keeping them unmodified, recent files, closing.

#include "core/workshop.h"
#include "guisupport.h"
#include "inventory/householdpanel.h"
#include "inventory/householdstore.h"
#include "inventory/inventorypage.h"
#include "mainwindow.h"
#include "recentfiles.h"
#include "report/reportlanguage.h"
#include "testsupport.h"
#include "welcomepage.h"
#include "workshopview.h"

#include <QAbstractButton>
#include <QAbstractFileIconProvider>
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace wattelier;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDir;

private slots:
    void initTestCase()
    {
        wattelier::test::prepareGuiTest();
        QFile::remove(ui::MainWindow::demoWorkshopPath());
        ui::RecentFiles().clear();
    }

    // File ▸ New never deletes a workshop silently (#19): the open one can never
    // be replaced, an existing one only after a question that names the real
    // file, and then it goes to the trash.
    void newWorkshopNeverReplacesWithoutAsking()
    {
        // Where the trash is (the test's data folder): the same disk as the files.
        // A fresh system has no such folder yet, and QTemporaryDir does not make parents.
        const QString dataFolder =
            QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        QVERIFY(QDir().mkpath(dataFolder));
        QTemporaryDir dir(dataFolder + QStringLiteral("/new-XXXXXX"));
        QVERIFY(dir.isValid());
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // "Mine" chosen while "Mine.wattelier" exists: the question names the real file.
        const QString existing = dir.filePath(QStringLiteral("Mine.wattelier"));
        test::writeFile(existing, "the households of last year");
        QString question;
        QTimer::singleShot(0, [&question] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            question = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!window.newWorkshopAt(dir.filePath(QStringLiteral("Mine"))));
        QVERIFY2(question.contains(QStringLiteral("Mine.wattelier")), qPrintable(question));
        QFile kept(existing);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("the households of last year"));
        kept.close();
        QVERIFY(!window.workshop());

        // Confirmed: the old file goes to the trash and the new workshop opens there.
        QTimer::singleShot(0, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            for (QAbstractButton *button : box->buttons())
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
        });
        QVERIFY(window.newWorkshopAt(dir.filePath(QStringLiteral("Mine"))));
        QVERIFY(window.workshop());
        QCOMPARE(window.workshop()->filePath(), QFileInfo(existing).absoluteFilePath());
        bool inTrash = false;
        QDirIterator trash(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                               QStringLiteral("/Trash/files"),
                           QDir::Files);
        while (trash.hasNext()) {
            QFile file(trash.next());
            if (file.open(QIODevice::ReadOnly) &&
                file.readAll() == QByteArray("the households of last year"))
                inTrash = true;
        }
        QVERIFY2(inTrash, "the replaced file can be restored from the trash");

        // The open workshop itself can never be the target, asked or not.
        const QString open = window.workshop()->filePath();
        const QByteArray before = test::fileDigest(open);
        QTimer::singleShot(0, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QVERIFY(box->text().contains(QStringLiteral("is the workshop that is open")));
            box->button(QMessageBox::Ok)->click();
        });
        QVERIFY(!window.newWorkshopAt(open));
        QCOMPARE(window.workshop()->filePath(), open);
        QCOMPARE(test::fileDigest(open), before);
    }

    // A window saved partly below the screen's bottom edge opens wholly on it:
    // its status line and buttons are never hidden (#20).
    // Qt's file dialog names a folder's type through QAbstractFileIconProvider,
    // a context Debian 12's qtbase catalogue lacks: Wattelier's own catalogue
    // carries it, so a French dialog no longer says "Folder" (#20).
    void fileDialogsSayFolderInTheUsersLanguage()
    {
        QTemporaryDir dir;
        const QAbstractFileIconProvider provider;
        const QFileInfo folder(dir.path());
        QCOMPARE(provider.type(folder), QStringLiteral("Folder"));
        {
            const ReportLanguage french(QStringLiteral("fr"));
            QVERIFY(french.isValid());
            QCOMPARE(provider.type(folder), QStringLiteral("Dossier"));
        }
        const ReportLanguage dutch(QStringLiteral("nl"));
        QCOMPARE(provider.type(folder), QStringLiteral("Map"));
    }

    void opensWhollyOnScreen()
    {
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        {
            ui::MainWindow saved;
            saved.resize(700, 500);
            saved.move(available.left() + 10, available.bottom() - 200);
            QSettings().setValue(QStringLiteral("window/geometry"), saved.saveGeometry());
        }
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(available.contains(window.geometry()),
                 qPrintable(QStringLiteral("%1,%2 %3×%4 outside %5×%6")
                                .arg(window.x())
                                .arg(window.y())
                                .arg(window.width())
                                .arg(window.height())
                                .arg(available.width())
                                .arg(available.height())));
        QSettings().remove(QStringLiteral("window/geometry"));
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
        QCOMPARE(window.workshopView()->inventory()->households()->tableView()->model()->rowCount(),
                 18);
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
