// SPDX-License-Identifier: GPL-3.0-or-later
// Wattmeter readings, wattmeters and loans (#3): stored at once, undoable,
// and never lost when their appliance or household is deleted and restored.

#include "core/workshop.h"
#include "inventory/appliancestore.h"
#include "inventory/householdstore.h"
#include "inventory/inventoryeditor.h"
#include "inventory/inventoryjson.h"
#include "testsupport.h"
#include "wattmeter/comparison.h"
#include "wattmeter/wattmeterreadingeditor.h"
#include "wattmeter/wattmeterreadingstore.h"
#include "wattmeter/wattmeterstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace wattelier;

class TestWattmeterReadings : public QObject
{
    Q_OBJECT

private:
    wattelier::test::WorkshopFiles mFiles;
    std::unique_ptr<Workshop> mWorkshop;
    qint64 mHousehold = 0;
    qint64 mFridge = 0;

    Workshop &w() { return *mWorkshop; }
    QUndoStack &stack() { return *mWorkshop->undoStack(); }

    WattmeterReading fridgeOver48h() const
    {
        WattmeterReading r;
        r.applianceId = mFridge;
        r.measuredOn = QDate(2026, 11, 14);
        r.measuredBy = QStringLiteral("Youssef");
        r.kind = ReadingKind::EnergyOverDuration;
        r.value = 1.2;
        r.durationHours = 48;
        return r;
    }

private slots:
    void init()
    {
        mWorkshop = mFiles.create(QStringLiteral("r"));
        QVERIFY(mWorkshop);
        mHousehold = InventoryEditor(w()).addHousehold(QStringLiteral("Amira & Youssef"), 4);
        mFridge = InventoryEditor(w()).addAppliance(wattelier::test::sampleAppliance(mHousehold));
        stack().clear();
    }

    void cleanup() { mWorkshop.reset(); }

    void addEditRemoveWithUndo()
    {
        WattmeterReadingEditor editor(w());
        QSignalSpy changed(&w().wattmeterReadings(), &WattmeterReadingStore::changed);
        const qint64 id = editor.addReading(fridgeOver48h()).valueOr(0);
        QVERIFY(id > 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toLongLong(), mFridge);
        const WattmeterReading stored = *w().wattmeterReadings().get(id);
        QCOMPARE(stored.measuredBy, QStringLiteral("Youssef"));
        QCOMPARE(stored.durationHours, 48.0);
        QCOMPARE(stored.measuredOn, QDate(2026, 11, 14));

        WattmeterReading changedReading = stored;
        changedReading.value = 1.5;
        QVERIFY(editor.editReading(changedReading).isEmpty());
        QCOMPARE(w().wattmeterReadings().get(id)->value, 1.5);
        stack().undo();
        QCOMPARE(w().wattmeterReadings().get(id)->value, 1.2);

        QVERIFY(editor.removeReadings({id}));
        QVERIFY(!w().wattmeterReadings().get(id));
        stack().undo();
        QCOMPARE(w().wattmeterReadings().get(id)->value, 1.2);
        stack().undo(); // the add
        QVERIFY(w().wattmeterReadings().forAppliance(mFridge).isEmpty());
        stack().redo();
        QCOMPARE(w().wattmeterReadings().get(id)->measuredBy, QStringLiteral("Youssef"));
    }

    void invalidReadingIsRefused()
    {
        WattmeterReading bad = fridgeOver48h();
        bad.durationHours = 0;
        QString error;
        error = WattmeterReadingEditor(w()).addReading(bad).error();
        QVERIFY(!error.isEmpty());
        QVERIFY(error.contains(QStringLiteral("duration")));
        bad = fridgeOver48h();
        bad.measuredOn = QDate();
        error = WattmeterReadingEditor(w()).addReading(bad).error();
        QVERIFY(!error.isEmpty());
        QCOMPARE(stack().count(), 0);
    }

    void deletingTheApplianceKeepsReadingsForUndo()
    {
        const qint64 id = WattmeterReadingEditor(w()).addReading(fridgeOver48h()).valueOr(0);
        InventoryEditor(w()).removeAppliances({mFridge});
        QVERIFY(!w().wattmeterReadings().get(id)); // cascaded in the file
        stack().undo();
        QCOMPARE(w().wattmeterReadings().get(id)->value, 1.2);
    }

    void deletingTheHouseholdKeepsReadingsAndLoansForUndo()
    {
        WattmeterReadingEditor editor(w());
        const qint64 reading = editor.addReading(fridgeOver48h()).valueOr(0);
        Wattmeter meter;
        meter.label = QStringLiteral("Blue wattmeter");
        const qint64 meterId = editor.addWattmeter(meter);
        QVERIFY(editor.lendWattmeter(meterId, mHousehold, QDate(2026, 11, 1)).isEmpty());
        InventoryEditor(w()).removeHousehold(mHousehold);
        QVERIFY(w().wattmeters().loans().isEmpty());
        QVERIFY(!w().wattmeterReadings().get(reading));
        stack().undo();
        QCOMPARE(w().wattmeterReadings().get(reading)->value, 1.2);
        QCOMPARE(w().wattmeters().openLoan(meterId)->householdId, mHousehold);
    }

    void loansFollowTheWattmeter()
    {
        WattmeterReadingEditor editor(w());
        const qint64 other = InventoryEditor(w()).addHousehold(QStringLiteral("Wim"), 1);
        Wattmeter meter;
        meter.label = QStringLiteral("Wattmeter 1");
        meter.resolutionW = 0.1;
        const qint64 id = editor.addWattmeter(meter);
        QCOMPARE(w().wattmeters().wattmeter(id)->resolutionW, std::optional<double>(0.1));

        QVERIFY(editor.lendWattmeter(id, mHousehold, QDate(2026, 11, 1)).isEmpty());
        // Passing it on closes the first loan the same day, as one step.
        QVERIFY(editor.lendWattmeter(id, other, QDate(2026, 11, 8)).isEmpty());
        const auto loans = w().wattmeters().loans(id);
        QCOMPARE(loans.size(), 2);
        QCOMPARE(loans.at(0).householdId, other);
        QVERIFY(loans.at(0).isOpen());
        QCOMPARE(loans.at(1).returnedOn, std::optional<QDate>(QDate(2026, 11, 8)));
        stack().undo();
        QCOMPARE(w().wattmeters().loans(id).size(), 1);
        QVERIFY(w().wattmeters().openLoan(id).has_value());
        stack().redo();

        // A loan before the current one, or a return before the loan, is refused.
        QVERIFY(!editor.lendWattmeter(id, mHousehold, QDate(2026, 11, 2)).isEmpty());
        QVERIFY(!editor.returnWattmeter(id, QDate(2026, 11, 7)).isEmpty());
        QVERIFY(editor.returnWattmeter(id, QDate(2026, 11, 15)).isEmpty());
        QVERIFY(!w().wattmeters().openLoan(id).has_value());
        QVERIFY(!editor.returnWattmeter(id, QDate(2026, 11, 16)).isEmpty());
    }

    void removingAWattmeterKeepsItsReadings()
    {
        WattmeterReadingEditor editor(w());
        Wattmeter meter;
        meter.label = QStringLiteral("Wattmeter 2");
        const qint64 meterId = editor.addWattmeter(meter);
        editor.lendWattmeter(meterId, mHousehold, QDate(2026, 11, 1));
        WattmeterReading r = fridgeOver48h();
        r.wattmeterId = meterId;
        const qint64 reading = editor.addReading(r).valueOr(0);
        QVERIFY(editor.removeWattmeter(meterId));
        QVERIFY(w().wattmeters().wattmeters().isEmpty());
        QCOMPARE(w().wattmeterReadings().get(reading)->wattmeterId, 0);
        QCOMPARE(w().wattmeterReadings().get(reading)->value, 1.2);
        stack().undo();
        QCOMPARE(w().wattmeterReadings().get(reading)->wattmeterId, meterId);
        QCOMPARE(w().wattmeters().loans(meterId).size(), 1);
    }

    void comparisonAndJson()
    {
        // 219 measured vs 346.75 estimated
        QVERIFY(WattmeterReadingEditor(w()).addReading(fridgeOver48h()));
        Appliance box = wattelier::test::sampleAppliance(mHousehold, QStringLiteral("TV box"));
        box.category = Category::ItScreens;
        box.powerW = 10;
        box.hoursPerDay = 4;
        box.standbyW = 7;
        const qint64 boxId = InventoryEditor(w()).addAppliance(box);
        WattmeterReading standby;
        standby.applianceId = boxId;
        standby.measuredOn = QDate(2026, 11, 15);
        standby.kind = ReadingKind::Standby;
        standby.value = 15;
        QVERIFY(WattmeterReadingEditor(w()).addReading(standby));
        InventoryEditor(w()).addAppliance(
            wattelier::test::sampleAppliance(mHousehold, QStringLiteral("Unmeasured")));

        const auto rows = comparisonRows(w());
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.first().applianceName, QStringLiteral("Fridge")); // −127.75 beats +58.4
        QVERIFY(qAbs(rows.first().differenceKwh() + 127.75) < 1e-9);
        QVERIFY(qAbs(rows.at(1).differenceKwh() - 58.4) < 1e-9);
        QVERIFY(qAbs(rows.at(1).ratio() - (14.6 + 109.5) / (14.6 + 51.1)) < 1e-9);

        const QJsonObject json = inventoryJson(w(), 0.35);
        const QJsonArray appliances = json[QStringLiteral("households")]
                                          .toArray()
                                          .first()
                                          .toObject()[QStringLiteral("appliances")]
                                          .toArray();
        const QJsonObject fridge = appliances.at(0).toObject();
        QCOMPARE(fridge[QStringLiteral("kwh_per_year_source")].toString(),
                 QStringLiteral("measured"));
        QVERIFY(qAbs(fridge[QStringLiteral("measured_kwh_per_year")].toDouble() - 219.0) < 1e-9);
        QVERIFY(qAbs(fridge[QStringLiteral("kwh_per_year")].toDouble() - 219.0) < 1e-9);
        QCOMPARE(fridge[QStringLiteral("readings")].toArray().size(), 1);
        QCOMPARE(fridge[QStringLiteral("readings")]
                     .toArray()
                     .first()
                     .toObject()[QStringLiteral("kind")]
                     .toString(),
                 QStringLiteral("energy_over_duration"));
        const QJsonObject tvBox = appliances.at(1).toObject();
        QCOMPARE(tvBox[QStringLiteral("kwh_per_year_source")].toString(), QStringLiteral("mixed"));
        const QJsonObject unmeasured = appliances.at(2).toObject();
        QVERIFY(!unmeasured.contains(QStringLiteral("measured_kwh_per_year")));
        QCOMPARE(unmeasured[QStringLiteral("kwh_per_year_source")].toString(),
                 QStringLiteral("estimated"));

        // Totals use kwh_per_year: 219 + 124.1 + 346.75
        const QJsonObject totals = json[QStringLiteral("totals")].toObject();
        QVERIFY(qAbs(totals[QStringLiteral("group_kwh_per_year")].toDouble() -
                     (219.0 + 124.1 + 346.75)) < 1e-9);
        QVERIFY(qAbs(totals[QStringLiteral("group_estimated_kwh_per_year")].toDouble() -
                     (346.75 + 65.7 + 346.75)) < 1e-9);
        // Standby: the TV box's measured 15 W during 7300 h = 109.5 kWh, × 0.35 €
        const QJsonObject standbyJson = totals[QStringLiteral("standby")].toObject();
        QVERIFY(qAbs(standbyJson[QStringLiteral("kwh_per_year")].toDouble() - 109.5) < 1e-9);
        QVERIFY(qAbs(standbyJson[QStringLiteral("cost_eur")].toDouble() - 38.325) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestWattmeterReadings)
#include "tst_wattmeterreadings.moc"
