// SPDX-License-Identifier: GPL-3.0-or-later
// The "défi énergie" (#4) stored in the workshop: challenges, participants,
// meters and readings, undoable edits that refuse a falling index, paste as
// one step (all or nothing), and the report and JSON built from them.

#include "challenge/challengeeditor.h"
#include "challenge/challengereport.h"
#include "challenge/challengestore.h"
#include "core/workshop.h"
#include "inventory/householdstore.h"
#include "inventory/inventoryeditor.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace wattelier;

namespace {
const QDate june1(2026, 6, 1);
}

class TestChallenge : public QObject
{
    Q_OBJECT

private:
    wattelier::test::WorkshopFiles mFiles;
    std::unique_ptr<Workshop> mWorkshop;
    qint64 mAna = 0;
    qint64 mWim = 0;
    qint64 mChallenge = 0;

    Workshop &w() { return *mWorkshop; }
    QUndoStack &stack() { return *mWorkshop->undoStack(); }

    MeterIndexEntry entry(qint64 household, const QDate &date, double index,
                          MeterRegister reg = MeterRegister::Single)
    {
        MeterIndexEntry e;
        e.householdId = household;
        e.date = date;
        e.reg = reg;
        e.index = index;
        return e;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void init()
    {
        mWorkshop = mFiles.create(QStringLiteral("c"));
        mAna = InventoryEditor(w()).addHousehold(QStringLiteral("Ana Costa"), 2);
        mWim = InventoryEditor(w()).addHousehold(QStringLiteral("Wim Claes"), 1);
        Challenge c;
        c.name = QStringLiteral("June");
        c.start = june1;
        c.weeks = 2;
        c.goalPercent = 10;
        c.quota = Quota{QuotaKind::PerPerson, 20};
        mChallenge =
            ChallengeEditor(w()).createChallenge(c, {mAna, mWim}, BaselineChoice{}).valueOr(0);
        QVERIFY(mChallenge > 0);
        stack().clear();
    }

    void cleanup() { mWorkshop.reset(); }

    void createIsOneUndoStep()
    {
        Challenge c;
        c.name = QStringLiteral("Autumn");
        c.start = QDate(2026, 10, 5);
        c.weeks = 3;
        const qint64 id =
            ChallengeEditor(w()).createChallenge(c, {mAna}, BaselineChoice{}).valueOr(0);
        QCOMPARE(w().challenges().participants(id).size(), 1);
        QCOMPARE(stack().count(), 1);
        stack().undo();
        QVERIFY(!w().challenges().challenge(id));
        QVERIFY(w().challenges().participants(id).isEmpty());
        stack().redo();
        QCOMPARE(w().challenges().challenge(id)->name, QStringLiteral("Autumn"));
        QCOMPARE(w().challenges().participants(id).size(), 1);
        // Invalid settings are refused.
        c.weeks = 0;
        QString error;
        const auto refused = ChallengeEditor(w()).createChallenge(c, {}, BaselineChoice{});
        QVERIFY(!refused);
        error = refused.error();
        QVERIFY(error.contains(QStringLiteral("52 weeks")));
    }

    void fallingIndexRefusedUnlessNewMeter()
    {
        ChallengeEditor editor(w());
        QVERIFY(editor.setMeterIndex(entry(mAna, june1, 1000)).isEmpty());
        QVERIFY(editor.setMeterIndex(entry(mAna, june1.addDays(14), 1100)).isEmpty());
        // In between, an index outside 1000–1100 is refused, whichever side.
        QVERIFY(editor.setMeterIndex(entry(mAna, june1.addDays(7), 990))
                    .contains(QStringLiteral("lower")));
        QVERIFY(!editor.setMeterIndex(entry(mAna, june1.addDays(7), 1150)).isEmpty());
        QVERIFY(editor.setMeterIndex(entry(mAna, june1.addDays(7), 1050)).isEmpty());
        // A new meter may start lower, with the old meter's last index.
        MeterIndexEntry replaced = entry(mAna, june1.addDays(21), 20);
        QVERIFY(!editor.setMeterIndex(replaced).isEmpty());
        replaced.meterReplaced = true;
        replaced.oldMeterFinalIndex = 1130;
        QVERIFY(editor.setMeterIndex(replaced).isEmpty());
        QCOMPARE(w().challenges().indexReadings(mAna).size(), 4);
        // Changing a value replaces the reading; an empty value removes it; both undo.
        QVERIFY(editor.setMeterIndex(entry(mAna, june1.addDays(7), 1060)).isEmpty());
        QCOMPARE(w().challenges().indexReadings(mAna).at(1).reading.index, 1060.0);
        MeterIndexEntry removal = entry(mAna, june1.addDays(7), 0);
        removal.index.reset();
        QVERIFY(editor.setMeterIndex(removal).isEmpty());
        QCOMPARE(w().challenges().indexReadings(mAna).size(), 3);
        stack().undo();
        stack().undo();
        QCOMPARE(w().challenges().indexReadings(mAna).at(1).reading.index, 1050.0);
    }

    void pasteIsAllOrNothing()
    {
        ChallengeEditor editor(w());
        const QList<MeterIndexEntry> good = {
            entry(mAna, june1, 1000), entry(mAna, june1.addDays(7), 1070), entry(mWim, june1, 500),
            entry(mWim, june1.addDays(7), 530)};
        QVERIFY(editor.setMeterIndexes(good).isEmpty());
        QCOMPARE(stack().count(), 1); // one step
        stack().undo();
        QVERIFY(w().challenges().indexReadings(mAna).isEmpty());
        QList<MeterIndexEntry> bad = good;
        bad[3].index = 400; // lower than 500
        const QString error = editor.setMeterIndexes(bad);
        QVERIFY2(error.contains(QStringLiteral("Value 4 of 4")), qPrintable(error));
        QVERIFY(w().challenges().indexReadings(mAna).isEmpty());
        QVERIFY(w().challenges().indexReadings(mWim).isEmpty());
    }

    // A week still running (or typed ahead with a future date) is not a result
    // yet: it does not count until it has ended (#20). Dates chosen by hand.
    void unfinishedWeeksDoNotCount()
    {
        ChallengeEditor editor(w());
        const QDate june1(2026, 6, 1);
        QVERIFY(editor
                    .setMeterIndexes({entry(mAna, june1, 1000), entry(mAna, june1.addDays(7), 1063),
                                      entry(mAna, june1.addDays(14), 1119)})
                    .isEmpty());
        const ChallengeReport onJune10 = challengeReport(w(), mChallenge, QDate(2026, 6, 10));
        QVERIFY(onJune10.groupWeeks.at(0).finished); // 1–8 June, read on the 8th
        QVERIFY(onJune10.groupWeeks.at(0).counts());
        QVERIFY(!onJune10.groupWeeks.at(1).finished); // 8–15 June: the 15th is to come
        QVERIFY(!onJune10.groupWeeks.at(1).counts());
        QCOMPARE(onJune10.groupWeeks.at(1).figure.households, 1); // figures exist, not shown
        const ChallengeReport onJune15 = challengeReport(w(), mChallenge, QDate(2026, 6, 15));
        QVERIFY(onJune15.groupWeeks.at(1).counts());
        QVERIFY(challengeJson(onJune10)[QStringLiteral("group")]
                    .toObject()[QStringLiteral("weeks")]
                    .toArray()
                    .at(1)
                    .toObject()
                    .contains(QStringLiteral("finished")));

        // The warning names the latest future day; nothing in the past warns.
        const QString warning = ChallengeEditor::futureReadingWarning(
            {entry(mAna, june1.addDays(14), 1119), entry(mAna, june1.addDays(7), 1063)},
            QDate(2026, 6, 10));
        QVERIFY2(warning.contains(QStringLiteral("15/06/2026")), qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("10/06/2026")), qPrintable(warning));
        QVERIFY(
            ChallengeEditor::futureReadingWarning({entry(mAna, june1, 1000)}, QDate(2026, 6, 10))
                .isEmpty());
    }

    void readingMovedToTheDayItWasRead()
    {
        ChallengeEditor editor(w());
        editor.setMeterIndex(entry(mAna, june1, 1000));
        editor.setMeterIndex(entry(mAna, june1.addDays(7), 1070));
        const qint64 id = w().challenges().indexReadings(mAna).at(1).id;
        QVERIFY(editor.moveIndexReading(id, june1.addDays(8)).isEmpty());
        QCOMPARE(w().challenges().indexReading(id)->reading.date, june1.addDays(8));
        QVERIFY(!editor.moveIndexReading(id, june1).isEmpty()); // onto the other reading
        stack().undo();
        QCOMPARE(w().challenges().indexReading(id)->reading.date, june1.addDays(7));
    }

    void reportAndJson()
    {
        ChallengeEditor editor(w());
        // Ana: two weeks before (60, 80 → baseline 70), then 63 and 56.
        editor.setMeterIndexes({entry(mAna, june1.addDays(-14), 860),
                                entry(mAna, june1.addDays(-7), 920), entry(mAna, june1, 1000),
                                entry(mAna, june1.addDays(7), 1063),
                                entry(mAna, june1.addDays(14), 1119)});
        // Wim: bill of 1560 kWh a year = 30 a week; day and night registers; a missing week.
        QVERIFY(editor.setParticipant({mChallenge, mWim, {BaselineKind::AnnualBill, 2, 1560.0}})
                    .isEmpty());
        editor.setMeterLayout({mWim, true, false});
        editor.setMeterIndexes({entry(mWim, june1, 300, MeterRegister::Day),
                                entry(mWim, june1, 200, MeterRegister::Night),
                                entry(mWim, june1.addDays(14), 336, MeterRegister::Day),
                                entry(mWim, june1.addDays(14), 224, MeterRegister::Night)});
        const ChallengeReport report = challengeReport(w(), mChallenge);
        QCOMPARE(report.households.size(), 2);
        const HouseholdChallenge &ana = report.households.at(0);
        QCOMPARE(ana.pseudonym, QStringLiteral("Household A"));
        QCOMPARE(ana.baselineKwhPerWeek, std::optional<double>(70));
        QCOMPARE(ana.quotaKwhPerWeek, std::optional<double>(40)); // 20 per person × 2
        QCOMPARE(ana.weeks.at(0).figure.kwh, std::optional<double>(63));
        QCOMPARE(ana.weeks.at(0).changePercent, std::optional<double>(-10));
        QCOMPARE(ana.weeks.at(1).quotaUsePercent, std::optional<double>(140));
        const HouseholdChallenge &wim = report.households.at(1);
        QCOMPARE(wim.baselineKwhPerWeek, std::optional<double>(30));
        QCOMPARE(wim.weeks.at(0).figure.kwh, std::optional<double>(30)); // (36+24) / 2 weeks
        QVERIFY(wim.weeks.at(0).figure.estimated);
        QCOMPARE(report.groupBaselineKwhPerWeek, std::optional<double>(100));
        QCOMPARE(report.groupWeeks.at(0).figure.kwh, 93.0);
        QVERIFY(qAbs(report.groupWeeks.at(0).changePercent.value_or(0) + 7.0) < 1e-9);
        QCOMPARE(report.groupWeeks.at(0).goalKwh, std::optional<double>(90));

        const QJsonObject json = challengeJson(report);
        QCOMPARE(json[QStringLiteral("challenge")].toString(), QStringLiteral("June"));
        QCOMPARE(json[QStringLiteral("start")].toString(), QStringLiteral("2026-06-01"));
        QCOMPARE(json[QStringLiteral("weeks")].toInt(), 2);
        const QJsonObject first = json[QStringLiteral("households")].toArray().first().toObject();
        for (const char *field : {"name", "pseudonym", "baseline_kwh_per_week", "weeks"})
            QVERIFY2(first.contains(QLatin1String(field)), field);
        const QJsonObject week = first[QStringLiteral("weeks")].toArray().first().toObject();
        for (const char *field : {"start", "end", "kwh", "estimated", "change_pct"})
            QVERIFY2(week.contains(QLatin1String(field)), field);
        QCOMPARE(week[QStringLiteral("end")].toString(), QStringLiteral("2026-06-08"));
        const QJsonObject group = json[QStringLiteral("group")].toObject();
        QCOMPARE(group[QStringLiteral("baseline_kwh_per_week")].toDouble(), 100.0);
        QVERIFY(qAbs(group[QStringLiteral("weeks")]
                         .toArray()
                         .first()
                         .toObject()[QStringLiteral("change_pct")]
                         .toDouble() +
                     7.0) < 1e-9);
    }

    void deletingAHouseholdKeepsItsReadingsForUndo()
    {
        ChallengeEditor(w()).setMeterIndex(entry(mWim, june1, 500));
        ChallengeEditor(w()).setMeterLayout({mWim, false, true});
        InventoryEditor(w()).removeHousehold(mWim);
        QVERIFY(w().challenges().indexReadings(mWim).isEmpty());
        QVERIFY(!w().challenges().participant(mChallenge, mWim));
        stack().undo();
        QCOMPARE(w().challenges().indexReadings(mWim).size(), 1);
        QVERIFY(w().challenges().participant(mChallenge, mWim));
        QVERIFY(w().challenges().meterLayout(mWim).injection);
    }

    void removingAChallengeIsUndoable()
    {
        QVERIFY(ChallengeEditor(w()).removeChallenge(mChallenge));
        QVERIFY(w().challenges().challenges().isEmpty());
        stack().undo();
        QCOMPARE(w().challenges().participants(mChallenge).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestChallenge)
#include "tst_challenge.moc"
