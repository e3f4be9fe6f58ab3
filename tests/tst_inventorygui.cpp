// SPDX-License-Identifier: GPL-3.0-or-later
// GUI test (#2): a facilitator enters an appliance with the keyboard only —
// Ctrl+N, type, Tab from cell to cell, Enter — then undoes with Ctrl+Z.

#include "core/workshop.h"
#include "guisupport.h"
#include "inventory/appliancepanel.h"
#include "inventory/appliancestore.h"
#include "inventory/appliancetablemodel.h"
#include "inventory/householdpanel.h"
#include "inventory/householdstore.h"
#include "inventory/inventoryeditor.h"
#include "inventory/inventorypage.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "spreadsheetview.h"
#include "testsupport.h"
#include "workshopview.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QLocale>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace wattelier;

class TestInventoryGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDir;

    // The window's focus widget: under the offscreen platform a completer popup
    // that closes leaves no active window, though the window keeps its focus.
    static QWidget *focus()
    {
        if (QWidget *widget = QApplication::focusWidget())
            return widget;
        const auto windows = QApplication::topLevelWidgets();
        for (QWidget *window : windows) {
            if (qobject_cast<ui::MainWindow *>(window) && window->isVisible())
                return window->focusWidget();
        }
        return nullptr;
    }

    /*! Types into whatever editor has focus, then presses \a key. */
    static void typeThen(const QString &text, Qt::Key key = Qt::Key_Tab)
    {
        QWidget *editor = focus();
        QVERIFY(editor);
        if (!text.isEmpty())
            QTest::keyClicks(editor, text);
        QTest::keyClick(focus(), key);
    }

    /*! Writes a workshop with one household (and \a appliances), opens it in a shown window. */
    std::unique_ptr<ui::MainWindow> openWindow(const QString &fileName,
                                               const QStringList &appliances = {})
    {
        const QString path = mDir.filePath(fileName);
        {
            WorkshopError error;
            auto workshop = Workshop::create(path, fileName, &error);
            if (!workshop)
                return nullptr;
            const qint64 id =
                InventoryEditor(*workshop).addHousehold(QStringLiteral("Famille Nkemba"), 5);
            for (const QString &name : appliances)
                InventoryEditor(*workshop).addAppliance(wattelier::test::sampleAppliance(id, name));
        }
        auto window = std::make_unique<ui::MainWindow>();
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()) || !window->openWorkshop(path))
            return nullptr;
        QApplication::setActiveWindow(window.get());
        return window;
    }

private slots:
    void initTestCase() { wattelier::test::prepareGuiTest(); }

    void enterAnApplianceWithTheKeyboardOnly()
    {
        auto owner = openWindow(QStringLiteral("keyboard.wattelier"));
        QVERIFY(owner);
        ui::MainWindow &window = *owner;
        Workshop &workshop = *window.workshop();
        ui::SpreadsheetView *table = window.workshopView()->inventory()->appliances()->tableView();
        table->setFocus();

        // Ctrl+N adds a row and opens its name for typing.
        QTest::keyClick(table, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(qobject_cast<QLineEdit *>(focus()));
        QCOMPARE(workshop.appliances().all().size(), 1);

        typeThen(QStringLiteral("Grandma's freezer")); // name
        QTRY_VERIFY(qobject_cast<QComboBox *>(focus()));
        typeThen(QStringLiteral("c"));                 // category: Cold
        typeThen(QStringLiteral("c"));                 // priority: Comfort
        typeThen(QStringLiteral("a"));                 // flexibility: Across days
        typeThen(QStringLiteral("2"));                 // quantity
        typeThen(QStringLiteral("150"));               // power, W
        typeThen(QStringLiteral("0.5"));               // standby, W
        typeThen(QString());                           // counted in: hours (kept)
        typeThen(QStringLiteral("6"));                 // hours per day
        typeThen(QStringLiteral("5"), Qt::Key_Return); // days per week, Enter

        QTRY_COMPARE(workshop.appliances().all().first().daysPerWeek, 5.0);
        const Appliance a = workshop.appliances().all().first();
        QCOMPARE(a.name, QStringLiteral("Grandma's freezer"));
        QCOMPARE(a.category, Category::Cold);
        QCOMPARE(a.priority, Priority::Comfort);
        QCOMPARE(a.flexibility, Flexibility::AcrossDays);
        QCOMPARE(a.quantity, 2);
        QCOMPARE(a.powerW, 150.0);
        QCOMPARE(a.standbyW, std::optional<double>(0.5));
        QCOMPARE(a.usageMode, UsageMode::Hours);
        QCOMPARE(a.hoursPerDay, 6.0);

        // The estimate is shown in the table: 2 × [150 × 6 × 5 × 365/7 + 0.5 × (8760 − 1564.3)] /
        // 1000
        const double onHours = 6.0 * 5.0 * 365.0 / 7.0;
        const double expected = 2 * (150.0 * onHours + 0.5 * (8760.0 - onHours)) / 1000.0;
        QCOMPARE(table->model()->index(0, 12).data().toString(),
                 QStringLiteral("%1 kWh").arg(QLocale().toString(expected, 'f', 0)));

        // Enter on the last cell leaves the keyboard in the table; Ctrl+Z undoes the last edit.
        QTRY_COMPARE(focus(), static_cast<QWidget *>(table));
        QApplication::setActiveWindow(&window); // see focus()
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(workshop.appliances().all().first().daysPerWeek, 7.0);
        QTest::keyClick(table, Qt::Key_Z, Qt::ShiftModifier | Qt::ControlModifier);
        QTRY_COMPARE(workshop.appliances().all().first().daysPerWeek, 5.0);
    }

    void addFromTheCatalogueByTypingAWord()
    {
        auto owner = openWindow(QStringLiteral("catalogue.wattelier"));
        QVERIFY(owner);
        ui::MainWindow &window = *owner;
        // Ctrl+K goes to the catalogue field; a Dutch word finds the fridge.
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QLineEdit *field = window.workshopView()->inventory()->appliances()->catalogueField();
        QTRY_VERIFY(field->hasFocus() || focus() == field);
        QTest::keyClicks(field, QStringLiteral("koelkast"));
        QCompleter *completer = field->completer();
        QVERIFY(!completer); // the completer is not QLineEdit's own: it filters by meaning
        QAbstractItemView *popup = field->findChild<QCompleter *>()->popup();
        QTRY_VERIFY(popup->isVisible());
        QVERIFY(popup->model()->rowCount() >= 1);
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QTRY_COMPARE(window.workshop()->appliances().all().size(), 1);
        const Appliance added = window.workshop()->appliances().all().first();
        QCOMPARE(added.catalogueKey, QStringLiteral("fridge"));
        QCOMPARE(added.category, Category::Cold);
        QVERIFY(added.powerW > 0);
        QTRY_VERIFY(field->text().isEmpty()); // ready for the next one
    }

    // An appliance with a chosen priority, mouse-free, in at most nine keys (#20):
    // "lave" (4), Down, Enter (the catalogue's washing machine), "c" (comfort), Enter
    // (back to the catalogue box for the next one): 8 keys.
    void applianceWithItsPriorityInNineKeys()
    {
        auto owner = openWindow(QStringLiteral("priority.wattelier"));
        QVERIFY(owner);
        ui::MainWindow &window = *owner;
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QLineEdit *field = window.workshopView()->inventory()->appliances()->catalogueField();
        QTRY_VERIFY(field->hasFocus() || focus() == field);
        int keys = 0;
        QTest::keyClicks(field, QStringLiteral("wash"));
        keys += 4;
        QAbstractItemView *popup = field->findChild<QCompleter *>()->popup();
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        keys += 2;
        QTRY_COMPARE(window.workshop()->appliances().all().size(), 1);
        QCOMPARE(window.workshop()->appliances().all().first().catalogueKey,
                 QStringLiteral("washing_machine"));
        ui::SpreadsheetView *table = window.workshopView()->inventory()->appliances()->tableView();
        QTRY_COMPARE(focus(), static_cast<QWidget *>(table));
        QCOMPARE(table->currentIndex().column(), int(ApplianceTableModel::PriorityColumn));
        QApplication::setActiveWindow(&window);
        QTest::keyClick(table, Qt::Key_C);
        ++keys;
        QTRY_COMPARE(window.workshop()->appliances().all().first().priority, Priority::Comfort);
        QTest::keyClick(table, Qt::Key_Return);
        ++keys;
        QTRY_VERIFY(field->hasFocus() || focus() == field);
        QVERIFY2(keys <= 9, qPrintable(QString::number(keys)));
        // One undo takes the priority back to the catalogue's, the next the appliance.
        window.workshop()->undoStack()->undo();
        QVERIFY(window.workshop()->appliances().all().first().priority != Priority::Comfort);
    }

    void badNumberIsRefusedWithAMessage()
    {
        auto owner = openWindow(QStringLiteral("bad-number.wattelier"), {QStringLiteral("Fridge")});
        QVERIFY(owner);
        ui::MainWindow &window = *owner;
        ui::SpreadsheetView *table = window.workshopView()->inventory()->appliances()->tableView();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 8)); // hours per day
        QTest::keyClick(table, Qt::Key_F2);
        QTRY_VERIFY(qobject_cast<QLineEdit *>(focus()));
        typeThen(QStringLiteral("30"), Qt::Key_Return);
        // Refused on the page's own message bar, which stays (#20), not in the status bar.
        ui::MessageBar *bar = window.workshopView()->messageBar(ui::WorkshopView::Inventory);
        QTRY_VERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(QStringLiteral("24")), qPrintable(bar->text()));
        QCOMPARE(bar->kind(), ui::MessageBar::Kind::Problem);
        QTest::qWait(50);
        QVERIFY(bar->isVisible());
        QTest::mouseClick(bar->closeButton(), Qt::LeftButton);
        QVERIFY(!bar->isVisible());
        QCOMPARE(window.workshop()->appliances().all().first().hoursPerDay, 9.5);
    }

    void deleteKeyRemovesTheSelectedAppliance()
    {
        auto owner = openWindow(QStringLiteral("delete.wattelier"),
                                {QStringLiteral("A"), QStringLiteral("B")});
        QVERIFY(owner);
        ui::MainWindow &window = *owner;
        ui::SpreadsheetView *table = window.workshopView()->inventory()->appliances()->tableView();
        table->setFocus();
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_Delete);
        QTRY_COMPARE(window.workshop()->appliances().all().size(), 1);
        QCOMPARE(window.workshop()->appliances().all().first().name, QStringLiteral("B"));
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(window.workshop()->appliances().all().size(), 2);
    }
};

QTEST_MAIN(TestInventoryGui)
#include "tst_inventorygui.moc"
