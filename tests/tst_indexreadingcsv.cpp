// SPDX-License-Identifier: GPL-3.0-or-later
// Importing weekly meter readings from a spreadsheet export (#4): French,
// English and Dutch layouts, and clear refusals naming the file and line.

#include "challenge/challengeeditor.h"
#include "challenge/challengestore.h"
#include "challenge/indexreadingcsv.h"
#include "core/workshop.h"
#include "inventory/inventoryeditor.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace wattelier;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(WATTELIER_TEST_DATA "/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestIndexReadingCsv : public QObject
{
    Q_OBJECT

private:
    wattelier::test::WorkshopFiles mFiles;
    std::unique_ptr<Workshop> mWorkshop;
    qint64 mAna = 0;
    qint64 mWim = 0;

private slots:
    void init()
    {
        mWorkshop = mFiles.create(QStringLiteral("csv"));
        mAna = InventoryEditor(*mWorkshop).addHousehold(QStringLiteral("Ana Costa"), 2);
        mWim = InventoryEditor(*mWorkshop).addHousehold(QStringLiteral("Wim Claes"), 1);
    }

    void cleanup() { mWorkshop.reset(); }

    void frenchSpreadsheetExport()
    {
        const MeterCsvImport import = parseIndexReadingsCsv(
            fixture("meter-readings-fr.csv"), QStringLiteral("relevés.csv"), *mWorkshop);
        QVERIFY2(import.error.isEmpty(), qPrintable(import.error));
        QCOMPARE(import.rows.size(), 6);
        QCOMPARE(import.rows.at(0).line, 2);
        QCOMPARE(import.rows.at(0).entry.householdId, mAna); // "Ménage A"
        QCOMPARE(import.rows.at(0).entry.date, QDate(2026, 5, 25));
        QCOMPARE(import.rows.at(0).entry.reg, MeterRegister::Day);
        QCOMPARE(import.rows.at(0).entry.index, std::optional<double>(6026)); // "6 026"
        QCOMPARE(import.rows.at(1).entry.reg, MeterRegister::Night);
        QCOMPARE(import.rows.at(1).entry.index, std::optional<double>(4017.5)); // "4 017,5"
        QCOMPARE(import.rows.at(4).entry.householdId, mWim);
        QCOMPARE(import.rows.at(4).entry.reg, MeterRegister::Single); // empty register
    }

    void englishWithCommas()
    {
        const MeterCsvImport import = parseIndexReadingsCsv(
            fixture("meter-readings-en.csv"), QStringLiteral("readings.csv"), *mWorkshop);
        QVERIFY2(import.error.isEmpty(), qPrintable(import.error));
        QCOMPARE(import.rows.size(), 3);
        QCOMPARE(import.rows.at(0).entry.index, std::optional<double>(11045)); // "11,045" quoted
        QCOMPARE(import.rows.at(1).entry.index, std::optional<double>(11087.5));
        QCOMPARE(import.rows.at(2).entry.reg, MeterRegister::Injection);
        // All or nothing into the workshop, one undo step.
        QList<MeterIndexEntry> entries;
        for (const MeterCsvRow &row : import.rows)
            entries.append(row.entry);
        QVERIFY(ChallengeEditor(*mWorkshop).setMeterIndexes(entries).isEmpty());
        QCOMPARE(mWorkshop->challenges().indexReadings(mAna).size(), 2);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown household")
            << "meter-readings-unknown-household.csv"
            << "meter-readings-unknown-household.csv, line 3: no household “Gezin C”";
        QTest::newRow("impossible date")
            << "meter-readings-bad-date.csv"
            << "meter-readings-bad-date.csv, line 2: “31/02/2026” is not a date";
        QTest::newRow("not a readings file") << "schema-v1.sql"
                                             << "line 1: the first line must name the columns";
    }

    void refusals()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const MeterCsvImport import =
            parseIndexReadingsCsv(fixture(file.toLatin1().constData()), file, *mWorkshop);
        QVERIFY2(import.error.contains(message), qPrintable(import.error));
        QVERIFY(import.rows.isEmpty());
    }

    void fallingIndexRefusesTheWholeFile()
    {
        QVERIFY(ChallengeEditor(*mWorkshop)
                    .setMeterIndex({mAna, QDate(2026, 6, 8), MeterRegister::Single, 20000.0})
                    .isEmpty());
        const MeterCsvImport import = parseIndexReadingsCsv(
            fixture("meter-readings-en.csv"), QStringLiteral("readings.csv"), *mWorkshop);
        QList<MeterIndexEntry> entries;
        for (const MeterCsvRow &row : import.rows)
            entries.append(row.entry);
        // The file's readings fit before the 20,000 of 8 June; a lower one after it does not.
        entries.append({mAna, QDate(2026, 6, 15), MeterRegister::Single, 100.0});
        const QString error = ChallengeEditor(*mWorkshop).setMeterIndexes(entries);
        QVERIFY2(error.contains(QStringLiteral("Value 4 of 4")), qPrintable(error));
        QCOMPARE(mWorkshop->challenges().indexReadings(mAna).size(), 1); // nothing added
    }
};

QTEST_GUILESS_MAIN(TestIndexReadingCsv)
#include "tst_indexreadingcsv.moc"
