// SPDX-License-Identifier: GPL-3.0-or-later
// Time-series storage (#5): blocks of 4-byte floats in the workshop file,
// read back whole or by range, gaps kept as gaps; imports all or nothing.

#include "inventory/householdcommands.h"
#include "inventory/householdstore.h"
#include "testsupport.h"
#include "timeseries/civiltime.h"
#include "timeseries/seriescsv.h"
#include "timeseries/seriesimport.h"
#include "timeseries/seriesstore.h"

#include <cmath>

#include <QBuffer>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

using namespace wattelier;
using namespace wattelier::test;

namespace {

RegularSeries minuteSeries(qint64 start, int count)
{
    RegularSeries s;
    s.startUtc = start;
    s.intervalS = 60;
    s.kwh.resize(std::size_t(count));
    for (int i = 0; i < count; ++i)
        s.kwh[std::size_t(i)] = float(0.001 * (i % 97) + 0.0005);
    return s;
}

ParseResult parsedOf(const RegularSeries &data, SeriesKind kind)
{
    ParseResult parsed;
    parsed.format = QStringLiteral("generic");
    ParsedSeries s;
    s.name = label(kind);
    s.kind = kind;
    s.data = data;
    parsed.series.append(s);
    return parsed;
}

} // namespace

class SeriesStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void roundTripKeepsEveryValueAndGap()
    {
        QTemporaryDir dir;
        auto workshop = createWorkshop(dir);
        RegularSeries data = minuteSeries(1735689600, 5000); // 2025-01-01T00:00Z
        for (int i = 900; i < 2000; ++i) // a gap covering block 1 (960-1919) whole
            data.kwh[std::size_t(i)] = std::nanf("");
        data.kwh[4000] = std::nanf("");
        const auto stored =
            storeSeries(*workshop, parsedOf(data, SeriesKind::Production), ImportTarget{});
        QVERIFY2(stored, qPrintable(stored.error()));
        QCOMPARE(stored->size(), 1);
        const RegularSeries back = workshop->series().load(stored->first().id);
        QCOMPARE(back.startUtc, data.startUtc);
        QCOMPARE(back.intervalS, 60);
        QCOMPARE(back.kwh.size(), data.kwh.size());
        for (std::size_t i = 0; i < data.kwh.size(); ++i) {
            if (std::isnan(data.kwh[i]))
                QVERIFY2(std::isnan(back.kwh[i]), qPrintable(QString::number(i)));
            else
                QCOMPARE(back.kwh[i], data.kwh[i]);
        }
        const SeriesInfo info = *workshop->series().get(stored->first().id);
        QCOMPARE(info.stats.values, qint64(5000 - 1101));
        QCOMPARE(info.stats.missing, qint64(1101));
        QVERIFY(qAbs(info.stats.totalKwh - statsOf(data).totalKwh) < 1e-9);
        // Blocks of gaps are not written: 5000 values = 6 blocks, one of them all gaps.
        QSqlQuery q(workshop->database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM series_blocks")) && q.next());
        QCOMPARE(q.value(0).toInt(), 5);
    }

    void rangeReadsOnlyWhatIsAsked()
    {
        QTemporaryDir dir;
        auto workshop = createWorkshop(dir);
        const RegularSeries data = minuteSeries(1735689600, 3000);
        const qint64 id =
            storeSeries(*workshop, parsedOf(data, SeriesKind::Consumption), ImportTarget{})
                ->first()
                .id;
        const qint64 from = data.startUtc + 950 * 60; // straddles a block boundary (960)
        const RegularSeries part = workshop->series().load(id, from, from + 20 * 60);
        QCOMPARE(part.startUtc, from);
        QCOMPARE(part.kwh.size(), std::size_t(20));
        for (std::size_t i = 0; i < 20; ++i)
            QCOMPARE(part.kwh[i], data.kwh[950 + i]);
        // Outside the series: an empty range, not an error.
        QVERIFY(
            workshop->series().load(id, data.endUtc() + 3600, data.endUtc() + 7200).kwh.empty());
    }

    void namesStayUniqueAndOwnerIsKept()
    {
        QTemporaryDir dir;
        auto workshop = createWorkshop(dir);
        Household h;
        h.name = QStringLiteral("Famille Peeters");
        const qint64 household = workshop->households().insert(h);
        ImportTarget target;
        target.householdId = household;
        target.namePrefix = QStringLiteral("Toit");
        const auto first =
            storeSeries(*workshop, parsedOf(minuteSeries(0, 10), SeriesKind::Production), target);
        const auto second =
            storeSeries(*workshop, parsedOf(minuteSeries(0, 10), SeriesKind::Production), target);
        QVERIFY(first && second);
        QCOMPARE(first->first().name, QStringLiteral("Toit Production"));
        QCOMPARE(second->first().name, QStringLiteral("Toit Production (2)"));
        QCOMPARE(workshop->series().get(second->first().id)->householdId, household);
        QVERIFY(workshop->series().setOwner(second->first().id, 0));
        QCOMPARE(workshop->series().get(second->first().id)->householdId, 0);
        QVERIFY(workshop->series().rename(second->first().id, QStringLiteral("Cabine")));
        QCOMPARE(workshop->series().find(QStringLiteral("Cabine"))->id, second->first().id);
        QVERIFY(workshop->series().remove(first->first().id));
        QSqlQuery q(workshop->database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM series_blocks WHERE series_id = %1")
                           .arg(first->first().id)) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0); // the blocks went with it
    }

    void undoingAHouseholdDeletionBringsItsSeriesBack()
    {
        QTemporaryDir dir;
        auto workshop = createWorkshop(dir);
        Household h;
        h.name = QStringLiteral("Sophie Lambert");
        ImportTarget target;
        target.householdId = workshop->households().insert(h);
        const RegularSeries data = minuteSeries(1735689600, 1500);
        const qint64 id =
            storeSeries(*workshop, parsedOf(data, SeriesKind::Consumption), target)->first().id;
        auto *remove = new RemoveHouseholdCommand(*workshop, target.householdId);
        workshop->undoStack()->push(remove);
        QVERIFY(workshop->series().all().isEmpty());
        workshop->undoStack()->undo();
        const auto info = workshop->series().get(id);
        QVERIFY(info);
        QCOMPARE(info->householdId, target.householdId);
        const RegularSeries back = workshop->series().load(id);
        QCOMPARE(back.kwh.size(), data.kwh.size());
        QCOMPARE(back.kwh[1234], data.kwh[1234]);
    }

    void aFailedImportLeavesNothing()
    {
        QTemporaryDir dir;
        auto workshop = createWorkshop(dir);
        const QString path = workshop->filePath();
        ParseResult parsed = parsedOf(minuteSeries(0, 2000), SeriesKind::Production);
        parsed.series.append(parsed.series.first());
        // The second series points at a household that does not exist: the
        // foreign key refuses it, and the first must be rolled back with it.
        ImportTarget target;
        target.householdId = 4242;
        const auto stored = storeSeries(*workshop, parsed, target);
        QVERIFY(!stored);
        QVERIFY(!stored.error().isEmpty());
        QVERIFY(workshop->series().all().isEmpty());
        QSqlQuery q(workshop->database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM series_blocks")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        Q_UNUSED(path);
    }

    void csvExportReimportsTheSameValues_data()
    {
        QTest::addColumn<bool>("local");
        QTest::newRow("UTC") << false;
        QTest::newRow("Brussels time") << true;
    }

    void csvExportReimportsTheSameValues()
    {
        QFETCH(bool, local);
        // Two days around the autumn change, quarter hours, with a gap.
        RegularSeries data;
        data.intervalS = 900;
        data.startUtc = QDateTime(QDate(2025, 10, 25), QTime(22, 0), Qt::UTC).toSecsSinceEpoch();
        for (int i = 0; i < 200; ++i)
            data.kwh.push_back(i == 50 ? std::nanf("") : float(0.01 * i + 1.0 / 3.0));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(writeSeriesCsv(data, SeriesKind::Offtake, local, buffer));
        const QByteArray csv = buffer.data();
        QVERIFY(csv.startsWith(local ? "start_local,offtake_kwh\n" : "start_utc,offtake_kwh\n"));
        if (local)
            QVERIFY(csv.contains("2025-10-26T02:00:00+02:00") &&
                    csv.contains("2025-10-26T02:00:00+01:00"));

        const ParseResult back =
            readSeriesData(csv, QStringLiteral("export.csv"), ReadOptions{}, ParseContext{});
        QVERIFY2(back.ok(), qPrintable(back.problem ? back.problem->toString() : QString()));
        QCOMPARE(back.series.size(), 1);
        const RegularSeries &again = back.series.first().data;
        QCOMPARE(back.series.first().kind, SeriesKind::Offtake);
        QCOMPARE(again.startUtc, data.startUtc);
        QCOMPARE(again.intervalS, 900);
        QCOMPARE(again.kwh.size(), data.kwh.size());
        for (std::size_t i = 0; i < data.kwh.size(); ++i) {
            if (std::isnan(data.kwh[i]))
                QVERIFY(std::isnan(again.kwh[i]));
            else
                QCOMPARE(again.kwh[i], data.kwh[i]); // bit for bit
        }
    }

    void zoneConversion_data()
    {
        QTest::addColumn<QString>("wallClock");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("utc");
        QTest::newRow("winter") << "2025-01-15T12:00:00" << int(ZoneMapping::Unique)
                                << "2025-01-15T11:00:00Z";
        QTest::newRow("summer") << "2025-07-15T12:00:00" << int(ZoneMapping::Unique)
                                << "2025-07-15T10:00:00Z";
        QTest::newRow("spring gap") << "2026-03-29T02:30:00" << int(ZoneMapping::Nonexistent) << "";
        QTest::newRow("autumn twice")
            << "2025-10-26T02:15:00" << int(ZoneMapping::Ambiguous) << "2025-10-26T00:15:00Z";
        QTest::newRow("just after")
            << "2025-10-26T03:00:00" << int(ZoneMapping::Unique) << "2025-10-26T02:00:00Z";
    }

    void zoneConversion()
    {
        QFETCH(QString, wallClock);
        QFETCH(int, kind);
        QFETCH(QString, utc);
        const auto civil = CivilFormat("ISO").parse(wallClock.toStdString());
        QVERIFY(civil);
        const ZoneMapping m = ZoneConverter().toUtc(civil->civilSeconds);
        QCOMPARE(int(m.kind), kind);
        if (!utc.isEmpty())
            QCOMPARE(isoUtc(m.utc), utc);
        if (m.kind == ZoneMapping::Ambiguous)
            QCOMPARE(m.laterUtc - m.utc, 3600);
    }

    void civilPatterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("Fluvius nl") << "dd-MM-yyyy HH:mm:ss"
                                    << "26-10-2025 02:15:00"
                                    << "2025-10-26T02:15:00";
        QTest::newRow("US short") << "M/d/yyyy H:mm"
                                  << "3/9/2026 7:05"
                                  << "2026-03-09T07:05:00";
        QTest::newRow("AM/PM") << "M/d/yyyy h:mm AP"
                               << "10/26/2025 12:30 AM"
                               << "2025-10-26T00:30:00";
        QTest::newRow("seconds optional") << "dd.MM.yyyy HH:mm"
                                          << "28.03.2026 11:40:00"
                                          << "2026-03-28T11:40:00";
        QTest::newRow("31 February") << "dd/MM/yyyy HH:mm"
                                     << "31/02/2026 10:00"
                                     << "";
        QTest::newRow("hour 25") << "dd/MM/yyyy HH:mm"
                                 << "01/02/2026 25:00"
                                 << "";
        QTest::newRow("trailing text") << "dd/MM/yyyy HH:mm"
                                       << "01/02/2026 10:00 x"
                                       << "";
    }

    void civilPatterns()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const auto civil = CivilFormat(pattern.toStdString()).parse(text.toStdString());
        if (expected.isEmpty()) {
            QVERIFY(!civil);
            return;
        }
        QVERIFY(civil);
        QCOMPARE(isoUtc(civil->civilSeconds).chopped(1), expected);
    }
};

QTEST_GUILESS_MAIN(SeriesStoreTest)
#include "tst_seriesstore.moc"
