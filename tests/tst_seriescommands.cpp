// SPDX-License-Identifier: GPL-3.0-or-later
// The time-series command line (#5): import prints the detected format and
// each series created; a refused file imports nothing and leaves the
// workshop byte for byte; series lists; export re-imports to the same values.

#include "clirunner.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTextStream>

using namespace wattelier;

namespace {

const QString data = QStringLiteral(WATTELIER_TEST_DATA "/timeseries/");

using Result = test::CliResult;

Result run(const QStringList &arguments)
{
    return test::runCli(arguments);
}

QString newWorkshop(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("w.wattelier"));
    WorkshopError error;
    Workshop::create(path, QStringLiteral("Rue des Tilleuls"), &error);
    return path;
}

} // namespace

class SeriesCommandsTest : public QObject
{
    Q_OBJECT

private slots:
    void importPrintsWhatWasCreated()
    {
        QTemporaryDir dir;
        const QString workshop = newWorkshop(dir);
        const Result r =
            run({QStringLiteral("import"), workshop, data + QStringLiteral("shelly/em_data.csv"),
                 QStringLiteral("--name"), QStringLiteral("Cabin")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QLatin1String("format")).toString(), QStringLiteral("shelly"));
        const QJsonArray series = o.value(QLatin1String("series")).toArray();
        QCOMPARE(series.size(), 2);
        const QJsonObject first = series.at(0).toObject();
        QCOMPARE(first.value(QLatin1String("name")).toString(),
                 QStringLiteral("Cabin Consumption"));
        QCOMPARE(first.value(QLatin1String("kind")).toString(), QStringLiteral("consumption"));
        QCOMPARE(first.value(QLatin1String("interval_s")).toInt(), 600);
        QCOMPARE(first.value(QLatin1String("first")).toString(),
                 QStringLiteral("2025-10-25T00:00:00Z"));
        QCOMPARE(first.value(QLatin1String("last")).toString(),
                 QStringLiteral("2025-10-27T23:50:00Z"));
        QCOMPARE(first.value(QLatin1String("values")).toInt(), 429);
        QCOMPARE(first.value(QLatin1String("missing")).toInt(), 3);
        QCOMPARE(first.value(QLatin1String("total_kwh")).toDouble(), 22.121);
        QCOMPARE(first.value(QLatin1String("owner")).toString(), QStringLiteral("group"));
        QCOMPARE(o.value(QLatin1String("warnings"))
                     .toObject()
                     .value(QLatin1String("duplicates_dropped"))
                     .toInt(),
                 5);

        const Result listed = run({QStringLiteral("series"), workshop});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.json().value(QLatin1String("series")).toArray().size(), 2);
    }

    void refusedFileImportsNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("words");
        QTest::newRow("text in a number")
            << data + QStringLiteral("fluvius-nl/broken-text-in-volume.csv")
            << QStringLiteral("line 98, column 9");
        QTest::newRow("truncated")
            << data + QStringLiteral("fluvius-en/truncated.csv") << QStringLiteral("line 42");
        QTest::newRow("missing file")
            << data + QStringLiteral("nope.csv") << QStringLiteral("cannot be read");
    }

    void refusedFileImportsNothing()
    {
        QFETCH(QString, file);
        QFETCH(QString, words);
        QTemporaryDir dir;
        const QString workshop = newWorkshop(dir);
        const QByteArray before = test::fileDigest(workshop);
        const Result r = run({QStringLiteral("import"), workshop, file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(words), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("nothing was imported")));
        QCOMPARE(test::fileDigest(workshop), before);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no data file")
            << QStringList{QStringLiteral("import"), QStringLiteral("w.wattelier")};
        QTest::newRow("unknown format")
            << QStringList{QStringLiteral("import"), QStringLiteral("a"), QStringLiteral("b"),
                           QStringLiteral("--format"), QStringLiteral("excel97")};
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("series"), QStringLiteral("--all")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QCOMPARE(run(arguments).exitCode, 2);
    }

    void unknownOwnerIsRefused()
    {
        QTemporaryDir dir;
        const QString workshop = newWorkshop(dir);
        const Result r = run({QStringLiteral("import"), workshop,
                              data + QStringLiteral("enphase/9999999_custom_report.csv"),
                              QStringLiteral("--owner"), QStringLiteral("Famille Inconnue")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("no household")));
    }

    void exportThenReimportGivesTheSameSeries_data()
    {
        QTest::addColumn<bool>("local");
        QTest::newRow("UTC") << false;
        QTest::newRow("local") << true;
    }

    void exportThenReimportGivesTheSameSeries()
    {
        QFETCH(bool, local);
        QTemporaryDir dir;
        const QString workshop = newWorkshop(dir);
        const QString fluvius =
            data + QStringLiteral("fluvius-nl/Verbruikshistoriek_elektriciteit_541448820000612348_"
                                  "20251025_20251027_kwartiertotalen.csv");
        const Result imported = run({QStringLiteral("import"), workshop, fluvius});
        QCOMPARE(imported.exitCode, 0);
        const QJsonObject offtake =
            imported.json().value(QLatin1String("series")).toArray().at(0).toObject();
        const QString csv = dir.filePath(QStringLiteral("offtake.csv"));
        QStringList arguments{QStringLiteral("export"), workshop,
                              QString::number(offtake.value(QLatin1String("id")).toInteger()), csv};
        if (local)
            arguments << QStringLiteral("--local");
        QCOMPARE(run(arguments).exitCode, 0);
        const Result again = run({QStringLiteral("import"), workshop, csv});
        QCOMPARE(again.exitCode, 0);
        const QJsonObject back =
            again.json().value(QLatin1String("series")).toArray().at(0).toObject();
        for (const char *field :
             {"kind", "interval_s", "first", "last", "values", "missing", "total_kwh"})
            QCOMPARE(back.value(QLatin1String(field)), offtake.value(QLatin1String(field)));
    }
};

QTEST_GUILESS_MAIN(SeriesCommandsTest)
#include "tst_seriescommands.moc"
