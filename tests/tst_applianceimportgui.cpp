// SPDX-License-Identifier: GPL-3.0-or-later
// GUI test for the appliance import (#9, item 5): choose the columns with the
// keyboard and watch the preview follow, import into a household, undo the
// whole import with one Ctrl+Z; the dialog opens from the Appliances menu.

#include "appliancefixtures.h"
#include "core/workshop.h"
#include "guisupport.h"
#include "inventory/applianceimport/applianceimportmodel.h"
#include "inventory/applianceimportdialog.h"
#include "inventory/appliancepanel.h"
#include "inventory/appliancestore.h"
#include "inventory/householdstore.h"
#include "inventory/inventoryeditor.h"
#include "inventory/inventorypage.h"
#include "mainwindow.h"
#include "spreadsheetview.h"
#include "testsupport.h"
#include "workshopview.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

using namespace wattelier;

namespace {

QString fixture(const char *name)
{
    return test::appliancesFixturePath(QLatin1String(name));
}

/*! The line-\a line row of the preview. */
const ImportedAppliance *previewRow(const ui::ApplianceImportDialog &dialog, int line)
{
    for (const ImportedAppliance &row : dialog.previewModel()->import().rows) {
        if (row.line == line)
            return &row;
    }
    return nullptr;
}

} // namespace

class TestApplianceImportGui : public QObject
{
    Q_OBJECT

private:
    wattelier::test::WorkshopFiles mFiles;
    std::unique_ptr<Workshop> mWorkshop;
    qint64 mFirst = 0;
    qint64 mSecond = 0;

private slots:
    void initTestCase() { wattelier::test::prepareGuiTest(); }

    void init()
    {
        mWorkshop = mFiles.create(QStringLiteral("gui"));
        mFirst = InventoryEditor(*mWorkshop).addHousehold(QStringLiteral("Hélène Moreau"), 1);
        mSecond = InventoryEditor(*mWorkshop).addHousehold(QStringLiteral("Wim Claes"), 3);
    }

    void cleanup() { mWorkshop.reset(); }

    void chooseColumnsAndImportWithTheKeyboard()
    {
        ui::ApplianceImportDialog dialog(*mWorkshop, mSecond);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Pseudonyms only: the real names stay in the inventory.
        QCOMPARE(dialog.householdBox()->currentText(), QStringLiteral("Household B"));
        QVERIFY(!dialog.importButton()->isEnabled());

        dialog.setFile(fixture("inventaire-libreoffice-fr.csv"));
        QCOMPARE(dialog.preview()->model()->rowCount(), 7);
        QVERIFY(dialog.importButton()->isEnabled());
        QCOMPARE(dialog.summaryLabel()->text(),
                 QStringLiteral("7 appliance(s) will be added to Household B.\nThe file is not "
                                "UTF-8: it was read as Windows-1252. Check the accents in the "
                                "preview."));
        QComboBox *power = dialog.mappingBox(ApplianceField::PowerW);
        QCOMPARE(power->currentText(), QStringLiteral("F: Puissance (W)"));

        // Power not imported: the oven takes the catalogue's, the LED lamps have none.
        power->setFocus();
        QTest::keyClick(power, Qt::Key_Home);
        QCOMPARE(power->currentData().toInt(), -1);
        QCOMPARE(previewRow(dialog, 7)->appliance.powerW, 3000.0); // Four: electric oven
        QVERIFY(previewRow(dialog, 7)->typicalFields.contains(ApplianceField::PowerW));
        QCOMPARE(previewRow(dialog, 6)->appliance.powerW, 0.0); // Lampes LED séjour
        QVERIFY(dialog.importButton()->isEnabled());

        // The notes as power: every line with a note is refused, and says why.
        QTest::keyClick(power, Qt::Key_End);
        QVERIFY(!dialog.importButton()->isEnabled());
        const QAbstractItemModel *model = dialog.preview()->model();
        QVERIFY(model->index(0, 0).data(ApplianceImportModel::HasProblemRole).toBool());
        QVERIFY(!model->index(2, 0).data(ApplianceImportModel::HasProblemRole).toBool());
        QVERIFY2(dialog.summaryLabel()->text().startsWith(
                     QStringLiteral("3 line(s) have problems:\nline 2: “Acheté en 2012” in "
                                    "column “Remarques” is not a number.\nline 3: ")),
                 qPrintable(dialog.summaryLabel()->text()));

        // Typing a letter picks the column again.
        QTest::keyClick(power, Qt::Key_F);
        QCOMPARE(power->currentText(), QStringLiteral("F: Puissance (W)"));
        QCOMPARE(previewRow(dialog, 7)->appliance.powerW, 2400.0);
        QVERIFY(dialog.importButton()->isEnabled());

        // The header read as data: its "Puissance (W)" is no number.
        dialog.headerBox()->setFocus();
        QTest::keyClick(dialog.headerBox(), Qt::Key_Space);
        QVERIFY(!dialog.headerBox()->isChecked());
        QCOMPARE(model->rowCount(), 8);
        QCOMPARE(model->index(0, ApplianceImportModel::LineColumn).data().toInt(), 1);
        QVERIFY(!dialog.importButton()->isEnabled());
        QTest::keyClick(dialog.headerBox(), Qt::Key_Space);
        QCOMPARE(model->rowCount(), 7);

        // Another household, chosen with the arrow keys.
        dialog.householdBox()->setFocus();
        QTest::keyClick(dialog.householdBox(), Qt::Key_Up);
        QVERIFY(dialog.summaryLabel()->text().startsWith(
            QStringLiteral("7 appliance(s) will be added to Household A.\n")));
        QTest::keyClick(dialog.householdBox(), Qt::Key_Down);

        // Enter imports.
        power->setFocus();
        QTest::keyClick(power, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.importedCount(), 7);
        const QList<Appliance> stored = mWorkshop->appliances().forHousehold(mSecond);
        QCOMPARE(stored.size(), 7);
        QCOMPARE(stored.first().name, QStringLiteral("Frigo"));
        QCOMPARE(stored.last().notes, QStringLiteral("Salle de bains, l’hiver ; œil ouvert"));
        QVERIFY(mWorkshop->appliances().forHousehold(mFirst).isEmpty());
        QCOMPARE(mWorkshop->undoStack()->undoText(),
                 QStringLiteral("Import 7 appliance(s) from inventaire-libreoffice-fr.csv"));
    }

    void aLineWithAProblemBlocksTheImport()
    {
        ui::ApplianceImportDialog dialog(*mWorkshop, mFirst);
        dialog.show();
        dialog.setFile(fixture("broken-power.csv"));
        QVERIFY(!dialog.importButton()->isEnabled());
        QCOMPARE(dialog.summaryLabel()->text(),
                 QStringLiteral("1 line(s) have problems:\nline 5: “beaucoup” in column "
                                "“Puissance (W)” is not a number.\nNothing is imported while a "
                                "line has a problem: correct the file and read it again, or "
                                "change the columns."));
        dialog.accept(); // as if Enter reached it anyway
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(mWorkshop->appliances().all().isEmpty());
    }

    void dropAFile()
    {
        ui::ApplianceImportDialog dialog(*mWorkshop, mFirst);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(fixture("toestellen-excel-nl.txt"))});
        const QPoint middle = dialog.rect().center();
        QDragEnterEvent enter(middle, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&dialog, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(middle, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&dialog, &drop);
        QCOMPARE(dialog.preview()->model()->rowCount(), 6);
        QCOMPARE(dialog.mappingBox(ApplianceField::StandbyW)->currentText(),
                 QStringLiteral("G: Stand-by (W)"));
        QVERIFY(dialog.importButton()->isEnabled());
    }

    void everyControlIsNamed()
    {
        ui::ApplianceImportDialog dialog(*mWorkshop, mFirst);
        dialog.show();
        dialog.setFile(fixture("appliances-googlesheets-en.csv"));
        QStringList unnamed;
        for (QWidget *w : dialog.findChildren<QWidget *>()) {
            const bool control = qobject_cast<QAbstractButton *>(w) ||
                                 qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
                                 qobject_cast<QAbstractItemView *>(w);
            if (!control || !w->isVisibleTo(&dialog) || !w->focusPolicy() ||
                qobject_cast<QComboBox *>(w->parentWidget()))
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(w);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                unnamed.append(QLatin1String(w->metaObject()->className()));
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        // Each mapping box is labelled by its field.
        const auto labels =
            QAccessible::queryAccessibleInterface(dialog.mappingBox(ApplianceField::PowerW))
                ->relations(QAccessible::Label);
        QStringList labelTexts;
        for (const auto &[label, relation] : labels)
            labelTexts.append(label->text(QAccessible::Name));
        QVERIFY2(labelTexts.contains(QStringLiteral("Power (W):")),
                 qPrintable(labelTexts.join(QLatin1Char('|'))));
    }

    // For review: WATTELIER_IMPORT_PNG=/tmp/applianceimport.png saves the dialog as shown.
    void rendersWithAFileWithProblems()
    {
        ui::ApplianceImportDialog dialog(*mWorkshop, mSecond);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setFile(fixture("inventaire-libreoffice-fr.csv"));
        // A slip in the mapping, to show how problems look: quantities from "kWh par cycle".
        QComboBox *quantity = dialog.mappingBox(ApplianceField::Quantity);
        quantity->setCurrentIndex(quantity->findData(10));
        QVERIFY(!dialog.importButton()->isEnabled());
        QCoreApplication::processEvents(); // the layout makes room for the longer summary
        const QImage image = dialog.grab().toImage();
        QVERIFY(!image.isNull());
        const QString path = qEnvironmentVariable("WATTELIER_IMPORT_PNG");
        if (!path.isEmpty())
            QVERIFY(image.save(path));
    }

    void importFromTheMenuAndUndoWithCtrlZ()
    {
        const QString path = mFiles.dir().filePath(QStringLiteral("window.wattelier"));
        {
            WorkshopError error;
            auto workshop = Workshop::create(path, QStringLiteral("Window"), &error);
            QVERIFY(workshop);
            const qint64 id =
                InventoryEditor(*workshop).addHousehold(QStringLiteral("Famille Nkemba"), 5);
            InventoryEditor(*workshop).addAppliance(wattelier::test::sampleAppliance(id));
        }
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkshop(path));
        QApplication::setActiveWindow(&window);
        Workshop &workshop = *window.workshop();
        ui::AppliancePanel *panel = window.workshopView()->inventory()->appliances();
        QAction *import = panel->importAction();
        QVERIFY(import->isEnabled());
        bool inMenu = false;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(import))
                inMenu = true;
        }
        QVERIFY(inMenu);

        bool driven = false;
        QTimer::singleShot(0, this, [&driven] {
            auto *dialog =
                qobject_cast<ui::ApplianceImportDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->householdName(), QStringLiteral("Household A"));
            dialog->setFile(fixture("appliances-googlesheets-en.csv"));
            QTest::keyClick(dialog->importButton(), Qt::Key_Space);
            driven = true;
        });
        import->trigger();
        QVERIFY(driven);
        QCOMPARE(workshop.appliances().all().size(), 6);
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Imported 5 appliance(s) into Household A. Undo with Ctrl+Z."));

        ui::SpreadsheetView *table = panel->tableView();
        QApplication::setActiveWindow(&window); // offscreen: the closed dialog leaves none
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(workshop.appliances().all().size(), 1);
        QTest::keyClick(table, Qt::Key_Z, Qt::ShiftModifier | Qt::ControlModifier);
        QTRY_COMPARE(workshop.appliances().all().size(), 6);
    }
};

QTEST_MAIN(TestApplianceImportGui)
#include "tst_applianceimportgui.moc"
