// SPDX-License-Identifier: GPL-3.0-or-later
// The inventory's item models and summary (#2): what views show, edits going
// through undo, and models following changes made elsewhere (undo, other views).

#include "core/workshop.h"
#include "inventory/appliancestore.h"
#include "inventory/appliancetablemodel.h"
#include "inventory/estimate.h"
#include "inventory/householdlistmodel.h"
#include "inventory/householdstore.h"
#include "inventory/inventoryeditor.h"
#include "inventory/inventorysummary.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace wattelier;

class TestItemModels : public QObject
{
    Q_OBJECT

private:
    wattelier::test::WorkshopFiles mFiles;
    std::unique_ptr<Workshop> mWorkshop;
    qint64 mHouseholdA = 0;
    qint64 mHouseholdB = 0;

private slots:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        mWorkshop = mFiles.create(QStringLiteral("m"));
        InventoryEditor editor(*mWorkshop);
        mHouseholdA = editor.addHousehold(QStringLiteral("Amira & Youssef"), 4);
        mHouseholdB = editor.addHousehold(QStringLiteral("Wim Claes"), 1);
        editor.addAppliance(
            wattelier::test::sampleAppliance(mHouseholdA, QStringLiteral("Fridge")));
        Appliance washer = wattelier::test::sampleAppliance(mHouseholdA, QStringLiteral("Washer"));
        washer.usageMode = UsageMode::Cycles;
        washer.category = Category::Washing;
        washer.priority = Priority::Useful;
        washer.kwhPerCycle = 0.55;
        washer.cyclesPerWeek = 3.5;
        editor.addAppliance(washer);
        editor.addAppliance(
            wattelier::test::sampleAppliance(mHouseholdB, QStringLiteral("Kettle")));
    }

    void cleanup() { mWorkshop.reset(); }

    void applianceModelShowsOneHousehold()
    {
        ApplianceTableModel model(*mWorkshop);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setHouseholdId(mHouseholdA);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ApplianceTableModel::NameColumn).data().toString(),
                 QStringLiteral("Fridge"));
        QCOMPARE(model.index(0, ApplianceTableModel::PowerColumn).data().toString(),
                 QStringLiteral("100 W"));
        QCOMPARE(model.index(0, ApplianceTableModel::PriorityColumn).data().toString(),
                 QStringLiteral("Indispensable"));
        QCOMPARE(model.index(0, ApplianceTableModel::PriorityColumn).data(Qt::EditRole).toString(),
                 QStringLiteral("indispensable"));
        // 100 W × 9.5 h × 365 = 346.75 kWh, shown rounded
        QCOMPARE(model.index(0, ApplianceTableModel::EstimateColumn).data().toString(),
                 QStringLiteral("347 kWh"));
        QCOMPARE(model.index(0, ApplianceTableModel::EstimateColumn)
                     .data(ApplianceTableModel::SortRole)
                     .toDouble(),
                 estimatedKwhPerYear(*mWorkshop->appliances().get(model.applianceIdAt(0))));
    }

    void numbersFollowTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::Belgium));
        ApplianceTableModel model(*mWorkshop);
        model.setHouseholdId(mHouseholdA);
        QCOMPARE(model.index(0, ApplianceTableModel::HoursPerDayColumn).data().toString(),
                 QStringLiteral("9,5"));
        QCOMPARE(model.index(1, ApplianceTableModel::KwhPerCycleColumn).data().toString(),
                 QStringLiteral("0,55"));
    }

    void usageColumnsFollowTheMode()
    {
        ApplianceTableModel model(*mWorkshop);
        model.setHouseholdId(mHouseholdA);
        const auto editable = [&](int row, int column) {
            return model.flags(model.index(row, column)).testFlag(Qt::ItemIsEditable);
        };
        QVERIFY(editable(0, ApplianceTableModel::HoursPerDayColumn));
        QVERIFY(!editable(0, ApplianceTableModel::CyclesPerWeekColumn));
        QVERIFY(editable(1, ApplianceTableModel::CyclesPerWeekColumn));
        QVERIFY(!editable(1, ApplianceTableModel::HoursPerDayColumn));
        QVERIFY(!editable(0, ApplianceTableModel::EstimateColumn));
        QCOMPARE(model.index(1, ApplianceTableModel::HoursPerDayColumn).data().toString(),
                 QStringLiteral("—"));
    }

    void setDataIsUndoable()
    {
        ApplianceTableModel model(*mWorkshop);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHouseholdId(mHouseholdA);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(0, ApplianceTableModel::PowerColumn), 150.0));
        QCOMPARE(model.index(0, ApplianceTableModel::PowerColumn).data().toString(),
                 QStringLiteral("150 W"));
        QVERIFY(changed.count() >= 1);
        mWorkshop->undoStack()->undo();
        QCOMPARE(model.index(0, ApplianceTableModel::PowerColumn).data().toString(),
                 QStringLiteral("100 W"));
        // Priority is set with its stable key, as the combo box delegate does.
        QVERIFY(model.setData(model.index(0, ApplianceTableModel::PriorityColumn),
                              QStringLiteral("comfort")));
        QCOMPARE(model.index(0, ApplianceTableModel::PriorityColumn).data().toString(),
                 QStringLiteral("Comfort"));
        // An emptied standby cell means "none given".
        QVERIFY(model.setData(model.index(0, ApplianceTableModel::StandbyColumn), 2.0));
        QVERIFY(model.setData(model.index(0, ApplianceTableModel::StandbyColumn), QString()));
        QVERIFY(!mWorkshop->appliances().get(model.applianceIdAt(0))->standbyW.has_value());
    }

    void invalidSetDataIsRejectedWithAReason()
    {
        ApplianceTableModel model(*mWorkshop);
        model.setHouseholdId(mHouseholdA);
        QSignalSpy rejected(&model, &ApplianceTableModel::editRejected);
        QVERIFY(!model.setData(model.index(0, ApplianceTableModel::HoursPerDayColumn), 30.0));
        QCOMPARE(rejected.count(), 1);
        QVERIFY(rejected.first().first().toString().contains(QStringLiteral("24")));
        QVERIFY(!model.setData(model.index(0, ApplianceTableModel::EstimateColumn), 10.0));
    }

    void followsChangesMadeElsewhere()
    {
        ApplianceTableModel model(*mWorkshop);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHouseholdId(mHouseholdA);
        InventoryEditor editor(*mWorkshop);
        editor.addAppliance(
            wattelier::test::sampleAppliance(mHouseholdB, QStringLiteral("Toaster")));
        QCOMPARE(model.rowCount(), 2); // another household's
        const qint64 id = editor.addAppliance(
            wattelier::test::sampleAppliance(mHouseholdA, QStringLiteral("Oven")));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Oven"));
        editor.removeAppliances({id});
        QCOMPARE(model.rowCount(), 2);
        mWorkshop->undoStack()->undo();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(id), 2);
        editor.removeHousehold(mHouseholdA);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.householdId(), 0);
    }

    void householdModel()
    {
        HouseholdListModel model(*mWorkshop);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        // Names are hidden until asked for (#19).
        QVERIFY(!model.showNames());
        QCOMPARE(model.index(0, HouseholdListModel::NameColumn).data().toString(),
                 QStringLiteral("Household A"));
        model.setShowNames(true);
        QCOMPARE(model.index(0, HouseholdListModel::NameColumn).data().toString(),
                 QStringLiteral("Amira & Youssef"));
        QCOMPARE(model.index(0, HouseholdListModel::PseudonymColumn).data().toString(),
                 QStringLiteral("Household A"));
        QCOMPARE(model.index(0, HouseholdListModel::OccupantsColumn).data().toString(),
                 QStringLiteral("4"));
        const double before = model.index(1, HouseholdListModel::KwhColumn)
                                  .data(HouseholdListModel::SortRole)
                                  .toDouble();
        InventoryEditor(*mWorkshop)
            .addAppliance(
                wattelier::test::sampleAppliance(mHouseholdB, QStringLiteral("Second fridge")));
        QVERIFY(qAbs(model.index(1, HouseholdListModel::KwhColumn)
                         .data(HouseholdListModel::SortRole)
                         .toDouble() -
                     before - 346.75) < 1e-9);

        // Names hidden: pseudonyms only, and names cannot be edited blind.
        model.setShowNames(false);
        QCOMPARE(model.index(0, HouseholdListModel::NameColumn).data().toString(),
                 QStringLiteral("Household A"));
        QVERIFY(!model.flags(model.index(0, HouseholdListModel::NameColumn))
                     .testFlag(Qt::ItemIsEditable));
        model.setShowNames(true);

        QVERIFY(model.setData(model.index(1, HouseholdListModel::OccupantsColumn), 2));
        QCOMPARE(mWorkshop->households().get(mHouseholdB)->occupants, 2);
        QVERIFY(!model.setData(model.index(1, HouseholdListModel::OccupantsColumn), 0));

        InventoryEditor(*mWorkshop).removeHousehold(mHouseholdA);
        QCOMPARE(model.rowCount(), 1);
        mWorkshop->undoStack()->undo();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.householdIdAt(0), mHouseholdA);
    }

    void summaryTotals()
    {
        InventorySummary summary(*mWorkshop);
        summary.setHouseholdId(mHouseholdA);
        QSignalSpy changed(&summary, &InventorySummary::changed);
        // A: fridge 346.75 + washer 0.55 × 3.5 × 365/7 = 100.375; B: 346.75
        QVERIFY(qAbs(summary.householdTotals().kwhPerYear - 447.125) < 1e-9);
        QVERIFY(qAbs(summary.groupTotals().kwhPerYear - 793.875) < 1e-9);
        QVERIFY(qAbs(summary.groupTotals().byPriority.value(Priority::Useful) - 100.375) < 1e-9);
        QVERIFY(qAbs(summary.groupTotals().byCategory.value(Category::Cold) - 693.5) < 1e-9);
        QCOMPARE(summary.groupTotals().byCategory.value(Category::Mobility), 0.0);
        QCOMPARE(summary.householdCount(), 2);
        QCOMPARE(summary.occupantCount(), 5);
        QVERIFY(qAbs(summary.kwhPerOccupant() - 793.875 / 5) < 1e-9);

        const qint64 id = mWorkshop->appliances().forHousehold(mHouseholdB).first().id;
        InventoryEditor(*mWorkshop)
            .editAppliance(id, ApplianceField::Priority, QStringLiteral("comfort"));
        QVERIFY(changed.count() >= 1);
        QVERIFY(qAbs(summary.groupTotals().byPriority.value(Priority::Comfort) - 346.75) < 1e-9);

        // B made another participant (#22): still in the group's total, out of the
        // homes' averages: one household of 4 people, 447.125 kWh.
        QVERIFY(InventoryEditor(*mWorkshop)
                    .editHousehold(mHouseholdB, HouseholdField::Kind, QStringLiteral("participant"))
                    .isEmpty());
        QVERIFY(qAbs(summary.groupTotals().kwhPerYear - 793.875) < 1e-9);
        QCOMPARE(summary.householdCount(), 1);
        QCOMPARE(summary.homes().otherParticipants, 1);
        QVERIFY(qAbs(summary.kwhPerHousehold() - 447.125) < 1e-9);
        QVERIFY(qAbs(summary.kwhPerOccupant() - 447.125 / 4) < 1e-9);
        QCOMPARE(InventoryEditor(*mWorkshop)
                     .editHousehold(mHouseholdB, HouseholdField::Kind, QStringLiteral("shop")),
                 QStringLiteral("A member is a household or another participant."));
        mWorkshop->undoStack()->undo();
        QCOMPARE(summary.householdCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
