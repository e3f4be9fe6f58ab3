// SPDX-License-Identifier: GPL-3.0-or-later
// GUI tests of the facilitator's PIN (#9): the "My household" window at the
// workshop stays locked until the PIN is typed, and the PIN is set, changed and
// removed in Preferences, each change needing the current PIN.

#include "core/workshop.h"
#include "exchange/householdwindow.h"
#include "exchange/pindialog.h"
#include "exchange/pinlock.h"
#include "exchange/pinsettingsbox.h"
#include "guisupport.h"
#include "householdguisupport.h"
#include "inventory/householdpanel.h"
#include "inventory/householdstore.h"
#include "inventory/inventorypage.h"
#include "mainwindow.h"
#include "preferences.h"
#include "testsupport.h"
#include "workshopview.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace wattelier;
using namespace wattelier::ui;
using wattelier::test::typePin;
using wattelier::test::whenPinDialog;

class TestHouseholdLock : public QObject
{
    Q_OBJECT

private:
private slots:
    void initTestCase() { wattelier::test::prepareGuiTest(); }

    void cleanup() { setFacilitatorPinHash(QString()); }

    void pinLock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.wattelier"));
        {
            auto demo = wattelier::test::openDemoWorkshop(dir);
            QVERIFY(demo);
        }
        MainWindow main;
        main.resize(1366, 768);
        QVERIFY(wattelier::test::showAndActivate(main));
        QVERIFY(main.openWorkshop(path));
        HouseholdPanel *panel = main.workshopView()->inventory()->households();
        const qint64 household = main.workshop()->households().all().at(2).id;
        panel->selectHousehold(household);
        QVERIFY(panel->householdModeAction()->isEnabled());

        // No PIN yet: the facilitator chooses one (typed twice) before the window opens.
        setFacilitatorPinHash(QString());
        whenPinDialog([](PinDialog *dialog) {
            dialog->pinField()->setText(QStringLiteral("1357"));
            typePin(dialog, QStringLiteral("1357"), dialog->repeatField());
        });
        panel->householdModeAction()->trigger();
        QVERIFY(verifyPin(QStringLiteral("1357"), facilitatorPinHash()));
        QPointer<HouseholdWindow> window;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *found = qobject_cast<HouseholdWindow *>(w))
                window = found;
        }
        QVERIFY(window);
        QCOMPARE(window->householdId(), household);
        QCOMPARE(window->mode(), HouseholdWindow::Mode::AtWorkshop);
        QVERIFY(window->isVisible());
        QVERIFY(window->windowState() & Qt::WindowMaximized);
        QVERIFY(!main.isVisible());

        // Closing (Alt+F4, the title bar) asks for the PIN; cancelling keeps it locked.
        whenPinDialog([](PinDialog *dialog) { dialog->reject(); });
        QVERIFY(!window->close());
        QVERIFY(window && window->isVisible());
        QVERIFY(!main.isVisible());

        // A wrong PIN is refused with a plain message; the dialog stays for another try.
        whenPinDialog([](PinDialog *dialog) {
            typePin(dialog, QStringLiteral("1111"));
            QVERIFY(dialog->isVisible());
            QVERIFY(dialog->problemLabel()->isVisible());
            QVERIFY(dialog->problemLabel()->text().contains(QLatin1String("not")));
            QVERIFY(dialog->pinField()->text().isEmpty());
            dialog->reject();
        });
        window->leaveButton()->click();
        QVERIFY(window && window->isVisible());
        QVERIFY(!window->isUnlocked());
        QVERIFY(!main.isVisible());

        // The right PIN closes it and brings the main window back.
        whenPinDialog([](PinDialog *dialog) { typePin(dialog, QStringLiteral("1357")); });
        window->leaveButton()->click();
        QTRY_VERIFY(!window); // deleted on close
        QVERIFY(main.isVisible());
        QVERIFY(main.workshop());
        main.closeWorkshop();
    }

    void pinInPreferences()
    {
        setFacilitatorPinHash(QString());
        PinSettingsBox box;
        box.show();
        QVERIFY(!box.removeButton()->isEnabled());
        // Two different PINs are refused; then the same twice is kept.
        whenPinDialog([](PinDialog *dialog) {
            dialog->pinField()->setText(QStringLiteral("5678"));
            typePin(dialog, QStringLiteral("5679"), dialog->repeatField());
            QVERIFY(dialog->isVisible());
            QVERIFY(dialog->problemLabel()->text().contains(QLatin1String("not the same")));
            dialog->pinField()->clear();
            QTest::keyClicks(dialog->pinField(), QStringLiteral("12a4 "));
            QCOMPARE(dialog->pinField()->text(), QStringLiteral("124")); // digits only
            QCOMPARE(dialog->pinField()->echoMode(), QLineEdit::Password);
            dialog->pinField()->setText(QStringLiteral("5678"));
            typePin(dialog, QStringLiteral("5678"), dialog->repeatField());
        });
        box.setButton()->click();
        QVERIFY(verifyPin(QStringLiteral("5678"), facilitatorPinHash()));
        QVERIFY(box.removeButton()->isEnabled());

        // Changing needs the current PIN: a wrong one changes nothing.
        const QString stored = facilitatorPinHash();
        whenPinDialog([](PinDialog *dialog) {
            typePin(dialog, QStringLiteral("0000"));
            dialog->reject();
        });
        box.setButton()->click();
        QCOMPARE(facilitatorPinHash(), stored);
        whenPinDialog([](PinDialog *dialog) {
            typePin(dialog, QStringLiteral("5678"));
            whenPinDialog([](PinDialog *choose) {
                choose->pinField()->setText(QStringLiteral("24681357"));
                typePin(choose, QStringLiteral("24681357"), choose->repeatField());
            });
        });
        box.setButton()->click();
        QVERIFY(verifyPin(QStringLiteral("24681357"), facilitatorPinHash()));

        // Removing needs it too.
        whenPinDialog([](PinDialog *dialog) { typePin(dialog, QStringLiteral("24681357")); });
        box.removeButton()->click();
        QVERIFY(!hasFacilitatorPin());
    }
};

QTEST_MAIN(TestHouseholdLock)
#include "tst_householdlock.moc"
