// SPDX-License-Identifier: GPL-3.0-or-later
// The generic reader never takes one thing for another (#18): each column is
// its own quantity, an identifier is never a measurement, gas is left out,
// power is integrated, a totals row is not added, a long table gives one
// series per register, and rows wider than the header are refused. Small
// tables, figures by hand.

#include "clirunner.h"
#include "testsupport.h"
#include "timeseries/seriesimport.h"
#include "timeseries/seriesstore.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace wattelier;

namespace {

ParseResult read(const QByteArray &csv)
{
    return readSeriesData(csv, QStringLiteral("table.csv"), ReadOptions{}, ParseContext{});
}

std::map<SeriesKind, double> totalsByKind(const ParseResult &result)
{
    std::map<SeriesKind, double> totals;
    for (const ParsedSeries &s : result.series)
        totals[s.kind] += statsOf(s.data).totalKwh;
    return totals;
}

} // namespace

class TestGenericReader : public QObject
{
    Q_OBJECT

private slots:
    void columnsAreTheirOwnQuantitiesAndGasIsLeftOut()
    {
        // Offtake 0.5 + 0.25 + 1 = 1.75 kWh, injection 0 + 0.5 + 0 = 0.5 kWh, gas never.
        const ParseResult r = read("Tijd;Afname (kWh);Injectie (kWh);Gas (m³)\n"
                                   "2025-03-01 10:00;0,5;0;0,12\n"
                                   "2025-03-01 10:15;0,25;0,5;0,10\n"
                                   "2025-03-01 10:30;1;0;0,30\n");
        QVERIFY2(r.ok(), r.problem ? qPrintable(r.problem->toString()) : "");
        QCOMPARE(r.series.size(), 2);
        const auto totals = totalsByKind(r);
        QCOMPARE(totals.at(SeriesKind::Offtake), 1.75);
        QCOMPARE(totals.at(SeriesKind::Injection), 0.5);
        QVERIFY2(r.warnings.messages.join(QLatin1Char('\n')).contains(QLatin1String("gas")),
                 qPrintable(r.warnings.messages.join(QLatin1Char('\n'))));
    }

    void anIdentifierIsNeverAMeasurement()
    {
        const ParseResult r = read("Date;EAN;Energy (kWh)\n"
                                   "2025-03-01 10:00;541448820000612348;1.5\n"
                                   "2025-03-01 11:00;541448820000612348;3\n"
                                   "2025-03-01 12:00;541448820000612348;2.5\n");
        QVERIFY(r.ok());
        QCOMPARE(r.series.size(), 1);
        QCOMPARE(statsOf(r.series.first().data).totalKwh, 7.0);
        QVERIFY(r.warnings.messages.join(QLatin1Char('\n')).contains(QLatin1String("identifier")));
    }

    void powerIsIntegratedAndMaximaLeftOut()
    {
        // 1,000 W for a quarter hour is 0.25 kWh; 2,000 W 0.5 kWh: 0.75 kWh in all.
        const ParseResult r = read("time,Power (W),Max power (W)\n"
                                   "2025-03-01T10:00:00Z,1000,1500\n"
                                   "2025-03-01T10:15:00Z,2000,2600\n"
                                   "2025-03-01T10:30:00Z,,2000\n");
        QVERIFY2(r.ok(), r.problem ? qPrintable(r.problem->toString()) : "");
        QCOMPARE(r.series.size(), 1);
        QCOMPARE(statsOf(r.series.first().data).totalKwh, 0.75);
        QVERIFY(r.warnings.messages.join(QLatin1Char('\n')).contains(QLatin1String("maxima")));
    }

    void aTotalsRowIsNotAdded()
    {
        const ParseResult r = read("Van;Verbruik (kWh)\n"
                                   "2025-03-01 00:00;1,5\n"
                                   "2025-03-02 00:00;2,5\n"
                                   "2025-03-03 00:00;3\n"
                                   "2025-03-01 00:00;7\n");
        QVERIFY2(r.ok(), r.problem ? qPrintable(r.problem->toString()) : "");
        QCOMPARE(statsOf(r.series.first().data).totalKwh, 7.0);
        QVERIFY(r.warnings.messages.join(QLatin1Char('\n')).contains(QLatin1String("totals")));
    }

    void aLongTableGivesOneSeriesPerRegister()
    {
        // Rows of one time that differ in the register are two series, never duplicates.
        const ParseResult r = read("time;register;kWh\n"
                                   "2025-03-01 10:00;day;1\n"
                                   "2025-03-01 10:00;night;0,5\n"
                                   "2025-03-01 10:15;day;2\n"
                                   "2025-03-01 10:15;night;0,25\n"
                                   "2025-03-01 10:30;day;3\n"
                                   "2025-03-01 10:30;night;0\n");
        QVERIFY2(r.ok(), r.problem ? qPrintable(r.problem->toString()) : "");
        QCOMPARE(r.series.size(), 2);
        QCOMPARE(r.warnings.duplicatesDropped, 0);
        std::map<QString, double> byName;
        for (const ParsedSeries &s : r.series)
            byName[s.name] = statsOf(s.data).totalKwh;
        QCOMPARE(byName.at(QStringLiteral("day")), 6.0);
        QCOMPARE(byName.at(QStringLiteral("night")), 0.75);
    }

    void rowsWiderThanTheHeaderAreRefused()
    {
        const ParseResult r = read("time;kWh\n"
                                   "2025-03-01 10:00;1\n"
                                   "2025-03-01 10:15;3;17\n"
                                   "2025-03-01 10:30;2\n");
        QVERIFY(r.problem);
        QCOMPARE(r.problem->line, 3);
    }

    void seriesColumnOnTheCommandLine()
    {
        QTemporaryDir dir;
        const QString workshop = dir.filePath(QStringLiteral("w.wattelier"));
        {
            QVERIFY(test::createWorkshop(dir, QStringLiteral("w.wattelier")));
        }
        const QString csv = dir.filePath(QStringLiteral("long.csv"));
        // Meter A's 2,100 quarter hours, then meter B's: the guess sees only A in
        // its sample, so the option says which column names the meters.
        QByteArray text("time;meter;kWh\n");
        const QDateTime start(QDate(2025, 3, 1), QTime(0, 0), Qt::UTC);
        for (const char *meter : {"A", "B"})
            for (int q = 0; q < 2100; ++q)
                text +=
                    start.addSecs(q * 900).toString(QStringLiteral("yyyy-MM-dd HH:mm")).toLatin1() +
                    ';' + meter + ';' + QByteArray::number(q % 3 + (*meter == 'A' ? 1 : 4)) + '\n';
        test::writeFile(csv, text);
        const auto refused = test::runCli({QStringLiteral("import"), workshop, csv,
                                           QStringLiteral("--value-column"), QStringLiteral("3")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("series column")), qPrintable(refused.err));
        const auto result = test::runCli({QStringLiteral("import"), workshop, csv,
                                          QStringLiteral("--value-column"), QStringLiteral("3"),
                                          QStringLiteral("--series-column"), QStringLiteral("2")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        WorkshopError error;
        auto opened = Workshop::open(workshop, &error);
        QVERIFY(opened);
        QCOMPARE(opened->series().all().size(), 2);
    }

    void implausibleValuesWriteNothing()
    {
        QTemporaryDir dir;
        const QString workshop = dir.filePath(QStringLiteral("w.wattelier"));
        {
            QVERIFY(test::createWorkshop(dir, QStringLiteral("w.wattelier")));
        }
        const QByteArray before = test::fileDigest(workshop);
        const QString csv = dir.filePath(QStringLiteral("watts.csv"));
        // Watts written under "kWh": 2,300 kWh a quarter hour, a house made a power station.
        test::writeFile(csv, "time;Consumption (kWh)\n"
                             "2025-03-01 10:00;2300\n"
                             "2025-03-01 10:15;2100\n"
                             "2025-03-01 10:30;2500\n");
        const auto result = test::runCli({QStringLiteral("import"), workshop, csv});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("Consumption")) &&
                     result.err.contains(QLatin1String("watts")),
                 qPrintable(result.err));
        QCOMPARE(test::fileDigest(workshop), before);
    }
};

QTEST_GUILESS_MAIN(TestGenericReader)
#include "tst_genericreader.moc"
