// SPDX-License-Identifier: GPL-3.0-or-later
// Undo and redo of every inventory edit (#2), through InventoryEditor, the way
// the windows make them; each step is checked in the file itself.

#include "core/workshop.h"
#include "inventory/appliancestore.h"
#include "inventory/catalogue.h"
#include "inventory/householdcommands.h"
#include "inventory/householdstore.h"
#include "inventory/inventoryeditor.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace wattelier;

class TestUndoCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDir;
    std::unique_ptr<Workshop> mWorkshop;
    int mFileNumber = 0;

    Workshop &w() { return *mWorkshop; }
    QUndoStack &stack() { return *mWorkshop->undoStack(); }

    /*! What a fresh connection reads from the file, proving the state is on disk. */
    int appliancesOnDisk()
    {
        WorkshopError error;
        const QString copy =
            mDir.filePath(QStringLiteral("snapshot-%1.wattelier").arg(++mFileNumber));
        if (!mWorkshop->saveCopyAs(copy, &error))
            return -1;
        auto reopened = Workshop::open(copy, &error);
        return reopened ? int(reopened->appliances().all().size()) : -1;
    }

private slots:
    void init()
    {
        mWorkshop = wattelier::test::createWorkshop(
            mDir, QStringLiteral("undo-%1.wattelier").arg(++mFileNumber));
        QVERIFY(mWorkshop);
    }

    void cleanup() { mWorkshop.reset(); }

    void addHouseholdUndoRedo()
    {
        InventoryEditor editor(w());
        const qint64 id = editor.addHousehold(QStringLiteral("Famille Diallo"), 6);
        QVERIFY(id > 0);
        QCOMPARE(w().households().get(id)->pseudonymCode, QStringLiteral("A"));
        QCOMPARE(stack().undoText(), QStringLiteral("Add household"));
        stack().undo();
        QVERIFY(!w().households().get(id));
        stack().redo();
        const auto restored = w().households().get(id);
        QVERIFY(restored);
        QCOMPARE(restored->name, QStringLiteral("Famille Diallo"));
        QCOMPARE(restored->occupants, 6);
        QCOMPARE(restored->pseudonymCode, QStringLiteral("A"));
        // The next household gets the next letter.
        const qint64 second = editor.addHousehold(QStringLiteral("Wim"));
        QCOMPARE(w().households().get(second)->pseudonymCode, QStringLiteral("B"));
    }

    void removeHouseholdRestoresItsAppliances()
    {
        InventoryEditor editor(w());
        const qint64 id = editor.addHousehold(QStringLiteral("Jan & Els"), 2);
        const qint64 a1 =
            editor.addAppliance(wattelier::test::sampleAppliance(id, QStringLiteral("Fridge")));
        const qint64 a2 =
            editor.addAppliance(wattelier::test::sampleAppliance(id, QStringLiteral("Kettle")));
        QCOMPARE(appliancesOnDisk(), 2);

        QVERIFY(editor.removeHousehold(id));
        QVERIFY(!w().households().get(id));
        QCOMPARE(appliancesOnDisk(), 0); // cascaded on disk
        stack().undo();
        QVERIFY(w().households().get(id));
        QCOMPARE(w().appliances().get(a1)->name, QStringLiteral("Fridge"));
        QCOMPARE(w().appliances().get(a2)->name, QStringLiteral("Kettle"));
        QCOMPARE(appliancesOnDisk(), 2);
        stack().redo();
        QCOMPARE(w().appliances().all().size(), 0);
    }

    void editHouseholdUndoRedoAndRefusals()
    {
        InventoryEditor editor(w());
        const qint64 id = editor.addHousehold(QStringLiteral("Nadia"), 1);
        QVERIFY(editor.editHousehold(id, HouseholdField::Name, QStringLiteral("  Nadia & Hugo "))
                    .isEmpty());
        QCOMPARE(w().households().get(id)->name, QStringLiteral("Nadia & Hugo"));
        QVERIFY(editor.editHousehold(id, HouseholdField::Occupants, 3).isEmpty());
        stack().undo();
        QCOMPARE(w().households().get(id)->occupants, 1);
        stack().undo();
        QCOMPARE(w().households().get(id)->name, QStringLiteral("Nadia"));
        stack().redo();
        stack().redo();
        QCOMPARE(w().households().get(id)->occupants, 3);

        const int depth = stack().count();
        QVERIFY(!editor.editHousehold(id, HouseholdField::Occupants, 0).isEmpty());
        QVERIFY(!editor.editHousehold(id, HouseholdField::Name, QStringLiteral("   ")).isEmpty());
        // An edit that changes nothing is not an undo step.
        QVERIFY(editor.editHousehold(id, HouseholdField::Occupants, 3).isEmpty());
        QCOMPARE(stack().count(), depth);
    }

    void notesTypedInSeveralGoesAreOneStep()
    {
        InventoryEditor editor(w());
        const qint64 id = editor.addHousehold(QStringLiteral("Hélène"));
        const int depth = stack().count();
        editor.editHousehold(id, HouseholdField::Notes, QStringLiteral("Aquarium"));
        editor.editHousehold(id, HouseholdField::Notes, QStringLiteral("Aquarium enthusiast"));
        QCOMPARE(stack().count(), depth + 1);
        stack().undo();
        QVERIFY(w().households().get(id)->notes.isEmpty());
        // Other fields do not merge.
        editor.editHousehold(id, HouseholdField::Occupants, 2);
        editor.editHousehold(id, HouseholdField::Occupants, 3);
        QCOMPARE(stack().count(), depth + 2);
    }

    void notesOfTwoHouseholdsAreTwoSteps()
    {
        InventoryEditor editor(w());
        const qint64 first = editor.addHousehold(QStringLiteral("Hélène"));
        const qint64 second = editor.addHousehold(QStringLiteral("Wim"));
        const int depth = stack().count();
        editor.editHousehold(first, HouseholdField::Notes, QStringLiteral("Aquarium"));
        editor.editHousehold(second, HouseholdField::Notes, QStringLiteral("Sauna"));
        QCOMPARE(stack().count(), depth + 2);
        stack().undo();
        QCOMPARE(w().households().get(first)->notes, QStringLiteral("Aquarium"));
        QVERIFY(w().households().get(second)->notes.isEmpty());
    }

    // The store helper (RecordTable) answers false for a record that is not
    // there, sends no signal, and a command on it leaves no undo step.
    void aRecordThatIsNotThereIsNotChanged()
    {
        InventoryEditor editor(w());
        const qint64 id = editor.addHousehold(QStringLiteral("Hélène"));
        QVERIFY(w().households().remove(id));
        QSignalSpy changed(&w().households(), &HouseholdStore::changed);
        QSignalSpy removed(&w().households(), &HouseholdStore::removed);
        QVERIFY(!w().households().update(id, HouseholdField::Occupants, 3));
        QVERIFY(!w().households().remove(id));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(removed.count(), 0);
        const int depth = stack().count();
        w().push(new EditHouseholdCommand(w(), id, HouseholdField::Occupants, 3));
        QCOMPARE(stack().count(), depth);
        QVERIFY(w().lastWriteError().isEmpty()); // nothing failed to write: there was nothing
    }

    void editApplianceFields_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("name") << int(ApplianceField::Name)
                              << QVariant(QStringLiteral("Old freezer"));
        QTest::newRow("category") << int(ApplianceField::Category)
                                  << QVariant(QStringLiteral("other"));
        QTest::newRow("priority") << int(ApplianceField::Priority)
                                  << QVariant(QStringLiteral("comfort"));
        QTest::newRow("flexibility")
            << int(ApplianceField::Flexibility) << QVariant(QStringLiteral("across_days"));
        QTest::newRow("quantity") << int(ApplianceField::Quantity) << QVariant(2);
        QTest::newRow("power") << int(ApplianceField::PowerW) << QVariant(150.0);
        QTest::newRow("standby") << int(ApplianceField::StandbyW) << QVariant(1.5);
        QTest::newRow("usage mode")
            << int(ApplianceField::UsageMode) << QVariant(QStringLiteral("cycles"));
        QTest::newRow("hours") << int(ApplianceField::HoursPerDay) << QVariant(3.5);
        QTest::newRow("days") << int(ApplianceField::DaysPerWeek) << QVariant(5.0);
        QTest::newRow("cycles") << int(ApplianceField::CyclesPerWeek) << QVariant(4.0);
        QTest::newRow("kWh per cycle") << int(ApplianceField::KwhPerCycle) << QVariant(0.9);
        QTest::newRow("notes") << int(ApplianceField::Notes)
                               << QVariant(QStringLiteral("in the cellar"));
    }

    void editApplianceFields()
    {
        QFETCH(int, field);
        QFETCH(QVariant, value);
        const auto f = ApplianceField(field);
        InventoryEditor editor(w());
        const qint64 household = editor.addHousehold(QStringLiteral("Ana"));
        const qint64 id = editor.addAppliance(wattelier::test::sampleAppliance(household));
        const QVariant before = fieldValue(*w().appliances().get(id), f);
        QVERIFY(before != value);

        QVERIFY(editor.editAppliance(id, f, value).isEmpty());
        QCOMPARE(fieldValue(*w().appliances().get(id), f), value);
        stack().undo();
        QCOMPARE(fieldValue(*w().appliances().get(id), f), before);
        stack().redo();
        QCOMPARE(fieldValue(*w().appliances().get(id), f), value);

        // Reopening the file shows the redone value: nothing waits for a Save.
        const QString path = w().filePath();
        mWorkshop.reset();
        WorkshopError error;
        mWorkshop = Workshop::open(path, &error);
        QVERIFY2(mWorkshop, qPrintable(error.message));
        QCOMPARE(fieldValue(*w().appliances().get(id), f), value);
    }

    void standbyCanBeClearedAndRestored()
    {
        InventoryEditor editor(w());
        const qint64 household = editor.addHousehold(QStringLiteral("Ana"));
        Appliance tv = wattelier::test::sampleAppliance(household, QStringLiteral("TV"));
        tv.standbyW = 0.5;
        const qint64 id = editor.addAppliance(tv);
        QVERIFY(editor.editAppliance(id, ApplianceField::StandbyW, QVariant()).isEmpty());
        QVERIFY(!w().appliances().get(id)->standbyW.has_value());
        stack().undo();
        QCOMPARE(w().appliances().get(id)->standbyW, std::optional<double>(0.5));
    }

    void invalidApplianceEditIsRefused()
    {
        InventoryEditor editor(w());
        const qint64 household = editor.addHousehold(QStringLiteral("Ana"));
        const qint64 id = editor.addAppliance(wattelier::test::sampleAppliance(household));
        const int depth = stack().count();
        QVERIFY(!editor.editAppliance(id, ApplianceField::HoursPerDay, 25.0).isEmpty());
        QVERIFY(
            !editor.editAppliance(id, ApplianceField::Priority, QStringLiteral("vital")).isEmpty());
        QCOMPARE(stack().count(), depth);
        QCOMPARE(w().appliances().get(id)->hoursPerDay, 9.5);
    }

    void addDuplicateRemoveAppliances()
    {
        InventoryEditor editor(w());
        const qint64 household = editor.addHousehold(QStringLiteral("Karim & Sara"));
        const qint64 fridge = editor.addAppliance(wattelier::test::sampleAppliance(household));
        const qint64 copy = editor.duplicateAppliance(fridge);
        QVERIFY(copy > 0 && copy != fridge);
        QCOMPARE(w().appliances().get(copy)->name, w().appliances().get(fridge)->name);
        QVERIFY(w().appliances().get(copy)->position > w().appliances().get(fridge)->position);
        QCOMPARE(w().appliances().forHousehold(household).size(), 2);

        QVERIFY(editor.removeAppliances({fridge, copy}));
        QCOMPARE(w().appliances().forHousehold(household).size(), 0);
        stack().undo(); // one step brings both back
        QCOMPARE(w().appliances().forHousehold(household).size(), 2);
        QCOMPARE(w().appliances().get(fridge)->name, QStringLiteral("Fridge"));
        stack().undo(); // the duplicate
        QCOMPARE(w().appliances().forHousehold(household).size(), 1);
        stack().undo(); // the first add
        QCOMPARE(w().appliances().forHousehold(household).size(), 0);
        stack().redo();
        QCOMPARE(w().appliances().get(fridge)->name, QStringLiteral("Fridge"));
    }

    void catalogueEntryIsOneStep()
    {
        const CatalogueEntry *entry = Catalogue::builtIn().find(QStringLiteral("washing_machine"));
        QVERIFY(entry);
        InventoryEditor editor(w());
        const qint64 household = editor.addHousehold(QStringLiteral("Rossi"));
        const qint64 id = editor.addAppliance(
            wattelier::test::sampleAppliance(household, QStringLiteral("Machine")));
        const int depth = stack().count();
        QVERIFY(editor.applyCatalogueEntry(id, *entry, false));
        QCOMPARE(stack().count(), depth + 1);
        const Appliance filled = *w().appliances().get(id);
        QCOMPARE(filled.usageMode, UsageMode::Cycles);
        QCOMPARE(filled.category, Category::Washing);
        QCOMPARE(filled.catalogueKey, QStringLiteral("washing_machine"));
        QCOMPARE(filled.kwhPerCycle, entry->typical.kwhPerCycle);
        stack().undo();
        const Appliance back = *w().appliances().get(id);
        QCOMPARE(back.usageMode, UsageMode::Hours);
        QCOMPARE(back.name, QStringLiteral("Machine"));
        QVERIFY(back.catalogueKey.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUndoCommands)
#include "tst_undocommands.moc"
