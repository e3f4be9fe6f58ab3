// SPDX-License-Identifier: GPL-3.0-or-later
// GUI tests for the wattmeter issue (#3): entering a reading with the keyboard,
// live warnings, confirmation of a far-off value, and the comparison view.

#include "core/workshop.h"
#include "guisupport.h"
#include "inventory/appliancepanel.h"
#include "inventory/appliancestore.h"
#include "inventory/appliancetablemodel.h"
#include "inventory/catalogue.h"
#include "inventory/householdstore.h"
#include "inventory/inventoryeditor.h"
#include "inventory/inventorypage.h"
#include "mainwindow.h"
#include "spreadsheetview.h"
#include "testsupport.h"
#include "wattmeter/comparisonpage.h"
#include "wattmeter/wattmeterreadingdialog.h"
#include "wattmeter/wattmeterreadingeditor.h"
#include "wattmeter/wattmeterreadingspanel.h"
#include "wattmeter/wattmeterreadingstore.h"
#include "wattmeter/wattmetersdialog.h"
#include "wattmeter/wattmeterstore.h"
#include "workshopview.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace wattelier;

class TestWattmeterGui : public QObject
{
    Q_OBJECT

private:
    wattelier::test::WorkshopFiles mFiles;
    std::unique_ptr<Workshop> mWorkshop;
    qint64 mHousehold = 0;

    Appliance addFromCatalogue(const char *key)
    {
        Appliance a =
            Catalogue::builtIn().find(QLatin1String(key))->toAppliance(QStringLiteral("en"));
        a.householdId = mHousehold;
        a.id = InventoryEditor(*mWorkshop).addAppliance(a);
        return *mWorkshop->appliances().get(a.id);
    }

private slots:
    void initTestCase() { wattelier::test::prepareGuiTest(); }

    void init()
    {
        mWorkshop = mFiles.create(QStringLiteral("g"));
        mHousehold = InventoryEditor(*mWorkshop).addHousehold(QStringLiteral("Hélène Moreau"), 1);
    }

    void cleanup() { mWorkshop.reset(); }

    void fridgeReadingByKeyboard()
    {
        const Appliance fridge = addFromCatalogue("fridge");
        WattmeterReading blank;
        blank.applianceId = fridge.id;
        ui::WattmeterReadingDialog dialog(*mWorkshop, fridge, blank);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // A fridge cycles: the dialog proposes energy over a duration, 24 h.
        QCOMPARE(dialog.kindCombo()->currentData().toString(),
                 QStringLiteral("energy_over_duration"));
        QTest::keyClicks(dialog.valueField(), QStringLiteral("1.2"));
        dialog.durationField()->clear();
        QTest::keyClicks(dialog.durationField(), QStringLiteral("48"));
        QVERIFY(dialog.warningLabel()->isHidden());
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const WattmeterReading r = dialog.reading();
        QCOMPARE(r.kind, ReadingKind::EnergyOverDuration);
        QCOMPARE(r.value, 1.2);
        QCOMPARE(r.durationHours, 48.0);
        QCOMPARE(r.measuredOn, QDate::currentDate());
    }

    void warningsShowWhileTyping()
    {
        const Appliance fridge = addFromCatalogue("fridge");
        WattmeterReading blank;
        blank.applianceId = fridge.id;
        ui::WattmeterReadingDialog dialog(*mWorkshop, fridge, blank);
        dialog.show();
        dialog.kindCombo()->setCurrentIndex(
            dialog.kindCombo()->findData(QStringLiteral("power_on")));
        QTest::keyClicks(dialog.valueField(), QStringLiteral("80"));
        QVERIFY(dialog.warningLabel()->isVisible());
        QVERIFY(dialog.warningLabel()->text().contains(QStringLiteral("24 hours")));
        dialog.kindCombo()->setCurrentIndex(
            dialog.kindCombo()->findData(QStringLiteral("standby")));
        dialog.valueField()->setText(QStringLiteral("0.4"));
        QVERIFY(dialog.warningLabel()->text().contains(QStringLiteral("resolution")));
        dialog.valueField()->setText(QStringLiteral("abc"));
        QVERIFY(dialog.warningLabel()->text().contains(QStringLiteral("not a number")));
    }

    void farOffValueAsksForConfirmation()
    {
        const Appliance kettle = addFromCatalogue("kettle");
        WattmeterReading blank;
        blank.applianceId = kettle.id;
        ui::WattmeterReadingDialog dialog(*mWorkshop, kettle, blank);
        dialog.show();
        QTest::keyClicks(dialog.valueField(), QStringLiteral("2.2")); // kW typed as W
        bool asked = false;
        // Answer "No" to the confirmation: the dialog stays open for a correction.
        QTimer::singleShot(0, this, [&asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked = box->text().contains(QStringLiteral("unit"));
            box->button(QMessageBox::No)->click();
        });
        dialog.accept();
        QVERIFY(asked);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        dialog.valueField()->setText(QStringLiteral("2200"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void readingFromTheInventoryWithCtrlR()
    {
        const Appliance kettle = addFromCatalogue("kettle");
        const QString path = mWorkshop->filePath();
        mWorkshop.reset();
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkshop(path));
        QApplication::setActiveWindow(&window);
        QTableView *table = window.workshopView()->inventory()->appliances()->tableView();
        table->setFocus();
        table->selectRow(0);
        // The dialog is modal: answer it from the event loop.
        bool filled = false;
        QTimer::singleShot(0, this, [&filled] {
            auto *dialog =
                qobject_cast<ui::WattmeterReadingDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            QCOMPARE(dialog->kindCombo()->currentData().toString(), QStringLiteral("power_on"));
            QTest::keyClicks(dialog->valueField(), QStringLiteral("2100"));
            QTest::keyClick(dialog, Qt::Key_Return);
            filled = true;
        });
        QTest::keyClick(table, Qt::Key_R, Qt::ControlModifier);
        QVERIFY(filled);
        Workshop &workshop = *window.workshop();
        QTRY_COMPARE(workshop.wattmeterReadings().forAppliance(kettle.id).size(), 1);
        QCOMPARE(workshop.wattmeterReadings().forAppliance(kettle.id).first().value, 2100.0);
        // The table shows the measured figure; the readings panel lists the reading.
        QVERIFY(!table->model()
                     ->index(0, ApplianceTableModel::MeasuredColumn)
                     .data()
                     .toString()
                     .isEmpty());
        QCOMPARE(window.workshopView()->inventory()->readings()->tableView()->model()->rowCount(),
                 1);
        QApplication::setActiveWindow(&window); // offscreen: the closed dialog took activation
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(workshop.wattmeterReadings().forAppliance(kettle.id).isEmpty());
    }

    void wattmetersDialogShowsWhereEachOneIs()
    {
        WattmeterReadingEditor editor(*mWorkshop);
        Wattmeter meter;
        meter.label = QStringLiteral("Blue one");
        meter.resolutionW = 0.1;
        const qint64 id = editor.addWattmeter(meter);
        editor.addWattmeter(Wattmeter{});
        QVERIFY(editor.lendWattmeter(id, mHousehold, QDate(2026, 11, 3)).isEmpty());
        ui::WattmetersDialog dialog(*mWorkshop, false);
        dialog.show();
        QCOMPARE(dialog.table()->rowCount(), 2);
        int row = -1;
        for (int r = 0; r < dialog.table()->rowCount(); ++r) {
            if (dialog.table()->item(r, 0)->text() == QStringLiteral("Blue one"))
                row = r;
        }
        QVERIFY(row >= 0);
        // Pseudonyms, never names, unless names are shown.
        QCOMPARE(dialog.table()->item(row, 2)->text(), QStringLiteral("Household A"));
        dialog.table()->selectRow(row);
        QCOMPARE(dialog.history()->rowCount(), 1);
        // Returned today through the editor: the dialog follows the store.
        QVERIFY(editor.returnWattmeter(id, QDate::currentDate()).isEmpty());
        QVERIFY(dialog.table()->item(row, 2)->text() != QStringLiteral("Household A"));
    }

    void comparisonView()
    {
        const Appliance fridge = addFromCatalogue("fridge_freezer");
        const Appliance box = addFromCatalogue("tv_box_decoder");
        addFromCatalogue("kettle"); // not measured: not listed
        WattmeterReading r;
        r.applianceId = fridge.id;
        r.measuredOn = QDate(2026, 11, 2);
        r.kind = ReadingKind::EnergyOverDuration;
        r.value = 3.0;
        r.durationHours = 24; // 1095 kWh/year: the old freezer
        QVERIFY(WattmeterReadingEditor(*mWorkshop).addReading(r));
        r.applianceId = box.id;
        r.kind = ReadingKind::Standby;
        r.value = 15;
        QVERIFY(WattmeterReadingEditor(*mWorkshop).addReading(r));

        ui::ComparisonPage page(*mWorkshop);
        page.resize(1200, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QAbstractItemModel *model = page.tableView()->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, 1).data().toString(), fridge.name); // biggest surprise first
        // Pseudonyms by default: this page is shown to the group.
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Household A"));
        QVERIFY(page.totalsLabel()->text().contains(QStringLiteral("measured where")));
        const QString measuredTotals = page.totalsLabel()->text();
        page.measuredSwitch()->click();
        QVERIFY(page.totalsLabel()->text() != measuredTotals);
        QVERIFY(page.totalsLabel()->text().contains(QStringLiteral("estimates only")));
        // 15 W standby × (8760 − running hours) at 0.35 €/kWh is in the standby line.
        QVERIFY(page.standbyLabel()->text().contains(QStringLiteral("€")));

        // One household chosen by typing what is shown (#23: 250 in the list);
        // text naming nobody goes back to the household shown.
        QComboBox *scope = page.scopeCombo();
        QCOMPARE(scope->count(), 2); // the group and Household A
        scope->lineEdit()->selectAll();
        QTest::keyClicks(scope->lineEdit(), QStringLiteral("Household A"));
        QTest::keyClick(scope->lineEdit(), Qt::Key_Return);
        QCOMPARE(scope->currentIndex(), 1);
        QCOMPARE(model->rowCount(), 2);
        scope->lineEdit()->selectAll();
        QTest::keyClicks(scope->lineEdit(), QStringLiteral("Nobody"));
        emit scope->lineEdit()->editingFinished();
        QCOMPARE(scope->currentText(), QStringLiteral("Household A"));
        QCOMPARE(scope->currentIndex(), 1);

        // Undo of the reading updates the page.
        mWorkshop->undoStack()->undo();
        QCOMPARE(model->rowCount(), 1);
    }
};

QTEST_MAIN(TestWattmeterGui)
#include "tst_wattmetergui.moc"
