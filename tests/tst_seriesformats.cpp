// SPDX-License-Identifier: GPL-3.0-or-later
// Time-series import (#5): every fixture under data/timeseries/<format>/ is
// read and checked against its expected.json, written independently (by the
// fixture's own generator, from the data it wrote, with Python's zoneinfo):
// detected format, kind, interval, first and last instants (UTC), number of
// values and gaps, total to the Wh, and the DST / duplicate / reset counts.

#include "timeseries/seriesformat.h"
#include "timeseries/seriesimport.h"

#include <cmath>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace wattelier;

namespace {

const QString root = QStringLiteral(WATTELIER_TEST_DATA "/timeseries");

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The data file an expected.json describes.
QString dataFileOf(const QString &folder, const QJsonObject &expected)
{
    QString name = expected.value(QLatin1String("file")).toString();
    if (QFile::exists(folder + QLatin1Char('/') + name))
        return folder + QLatin1Char('/') + name;
    // Generators may name the file after the meter; take the one data file then.
    const QStringList files = QDir(folder).entryList(QDir::Files);
    for (const QString &f : files) {
        if (!f.endsWith(QLatin1String(".py")) && !f.endsWith(QLatin1String(".json")) &&
            !f.startsWith(QLatin1String("broken")) && !f.startsWith(QLatin1String("truncated")))
            return folder + QLatin1Char('/') + f;
    }
    return {};
}

} // namespace

class SeriesFormatsTest : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data()
    {
        QTest::addColumn<QString>("dataFile");
        QTest::addColumn<QString>("expectedFile");
        int rows = 0;
        const QStringList folders = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &folder : folders) {
            const QString dir = root + QLatin1Char('/') + folder;
            for (const QString &expected :
                 QDir(dir).entryList({QStringLiteral("expected*.json")}, QDir::Files)) {
                const QJsonObject e = readJson(dir + QLatin1Char('/') + expected);
                const QString data = dataFileOf(dir, e);
                QTest::newRow(qPrintable(folder + QLatin1Char('/') + expected))
                    << data << dir + QLatin1Char('/') + expected;
                ++rows;
            }
        }
        QVERIFY2(rows >= 10, "every format has a fixture"); // guards against an empty glob
    }

    void fixtures()
    {
        QFETCH(QString, dataFile);
        QFETCH(QString, expectedFile);
        QVERIFY2(QFile::exists(dataFile), qPrintable(dataFile));
        const QJsonObject expected = readJson(expectedFile);
        QVERIFY(!expected.isEmpty());

        const ParseResult result = readSeriesFile(dataFile, ReadOptions{}, ParseContext{});
        QVERIFY2(result.ok(), qPrintable(result.problem ? result.problem->toString() : QString()));
        // The folder is named after the format (fluvius-nl and -en are both "fluvius").
        const QString folder = QFileInfo(expectedFile).dir().dirName();
        const QString format =
            expectedFile.endsWith(QLatin1String("expected-tmpo.json"))
                ? QStringLiteral("flukso-tmpo")
            : folder.startsWith(QLatin1String("fluvius-n")) || folder == QLatin1String("fluvius-en")
                ? QStringLiteral("fluvius")
                : folder;
        QCOMPARE(result.format, format);

        const QJsonArray series = expected.value(QLatin1String("series")).toArray();
        QCOMPARE(result.series.size(), series.size());
        for (int i = 0; i < series.size(); ++i) {
            const QJsonObject e = series.at(i).toObject();
            const ParsedSeries &got = result.series.at(i);
            QCOMPARE(key(got.kind), e.value(QLatin1String("kind")).toString());
            const SeriesStats stats = statsOf(got.data);
            // Totals to the Wh
            QCOMPARE(qRound64(stats.totalKwh * 1000.0),
                     qRound64(e.value(QLatin1String("total_kwh")).toDouble() * 1000.0));
            if (!e.contains(QLatin1String("interval_s")))
                continue; // irregular source: only the total is defined
            QCOMPARE(got.data.intervalS, e.value(QLatin1String("interval_s")).toInt());
            QCOMPARE(isoUtc(*stats.firstUtc), e.value(QLatin1String("first_utc")).toString());
            QCOMPARE(isoUtc(*stats.lastUtc), e.value(QLatin1String("last_utc")).toString());
            QCOMPARE(stats.values, e.value(QLatin1String("values")).toInteger());
            QCOMPARE(stats.missing, e.value(QLatin1String("missing")).toInteger());
            if (e.contains(QLatin1String("estimated_values"))) {
                QCOMPARE(stats.estimatedValues,
                         e.value(QLatin1String("estimated_values")).toInteger());
                QCOMPARE(qRound64(stats.estimatedKwh * 1000.0),
                         qRound64(e.value(QLatin1String("estimated_kwh")).toDouble() * 1000.0));
            }
        }
        const QJsonObject w = expected.value(QLatin1String("warnings")).toObject();
        if (w.contains(QLatin1String("duplicates_dropped")))
            QCOMPARE(result.warnings.duplicatesDropped,
                     w.value(QLatin1String("duplicates_dropped")).toInt());
        if (w.contains(QLatin1String("resets")))
            QCOMPARE(result.warnings.resets, w.value(QLatin1String("resets")).toInt());
        if (w.contains(QLatin1String("nonexistent_local_times")))
            QCOMPARE(result.warnings.nonexistentLocalTimes,
                     w.value(QLatin1String("nonexistent_local_times")).toInt());
    }

    void autumnHourKeepsBothInstants()
    {
        // Fluvius writes 02:00-02:45 twice on 26 Oct 2025: eight quarter hours
        // from 00:00Z to 01:45Z, none lost and none merged.
        const QString folder = root + QStringLiteral("/fluvius-nl");
        const ParseResult result =
            readSeriesFile(dataFileOf(folder, readJson(folder + QStringLiteral("/expected.json"))),
                           ReadOptions{}, ParseContext{});
        QVERIFY(result.ok());
        const RegularSeries &offtake = result.series.at(0).data;
        const qint64 from = QDateTime(QDate(2025, 10, 26), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        int present = 0;
        for (int k = 0; k < 8; ++k) {
            const qint64 index = (from + k * 900 - offtake.startUtc) / 900;
            present += !std::isnan(offtake.kwh[std::size_t(index)]);
        }
        QVERIFY2(present >= 7,
                 "the repeated hour is read as two hours"); // one is a gap in the fixture
        QVERIFY(result.warnings.dstRepeatedResolved > 0);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("words");
        const QString nl = root + QStringLiteral("/fluvius-nl/");
        const QString en = root + QStringLiteral("/fluvius-en/");
        QTest::newRow("text in a volume (nl)")
            << nl + QStringLiteral("broken-text-in-volume.csv") << 98 << 9
            << QStringLiteral("“abc” is not a number");
        QTest::newRow("text in a volume (en)")
            << en + QStringLiteral("broken-text-in-volume.csv") << 98 << 9
            << QStringLiteral("“abc” is not a number");
        QTest::newRow("truncated line (nl)")
            << nl + QStringLiteral("truncated.csv") << 42 << 0 << QStringLiteral("cut off");
        QTest::newRow("truncated line (en)")
            << en + QStringLiteral("truncated.csv") << 42 << 0 << QStringLiteral("cut off");
    }

    void badInput()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, words);
        const ParseResult result = readSeriesFile(file, ReadOptions{}, ParseContext{});
        QVERIFY(result.problem);
        QCOMPARE(result.problem->file, QFileInfo(file).fileName());
        QCOMPARE(result.problem->line, line);
        if (column > 0)
            QCOMPARE(result.problem->column, column);
        QVERIFY2(result.problem->message.contains(words), qPrintable(result.problem->message));
        QVERIFY(result.problem->toString().contains(QFileInfo(file).fileName()));
    }

    void contentErrors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("words");
        QTest::newRow("not data at all") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11) << 2
                                         << QStringLiteral("not a text data file");
        QTest::newRow("empty") << QByteArray("\n\n") << 0 << QStringLiteral("empty");
        QTest::newRow("prose") << QByteArray("Dear facilitator,\nhere are my figures.\n") << 0
                               << QStringLiteral("not recognised");
        QTest::newRow("impossible date")
            << QByteArray("time;kWh\n2025-02-28 10:00;1.0\n2025-02-30 10:15;1.0\n") << 3
            << QStringLiteral("is not a date");
        QTest::newRow("conflicting duplicate")
            << QByteArray("time;kWh\n2025-03-03 10:00;1.0\n2025-03-03 10:15;1.0\n"
                          "2025-03-03 10:15;2.0\n")
            << 4 << QStringLiteral("already has a different value");
        QTest::newRow("broken JSON")
            << QByteArray("[[1761351300,148],[1761352200,") << 1 << QStringLiteral("broken JSON");
        QTest::newRow("broken gzip")
            << QByteArray("\x1f\x8b\x08\x00garbage", 12) << 0 << QStringLiteral("gzip");
    }

    void contentErrors()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, line);
        QFETCH(QString, words);
        const ParseResult result =
            readSeriesData(content, QStringLiteral("upload.csv"), ReadOptions{}, ParseContext{});
        QVERIFY(result.problem);
        QCOMPARE(result.problem->file, QStringLiteral("upload.csv"));
        QVERIFY2(result.problem->message.contains(words), qPrintable(result.problem->message));
        if (line > 0)
            QCOMPARE(result.problem->line, line);
    }

    void lastInstantOffTheGridRoundsIntoTheSeries()
    {
        // Found by fuzzing (#5): a last instant that rounds up to the next slot
        // wrote past the end of the grid.
        const QByteArray content("time;kWh\n2025-03-03T10:00:00Z;1\n2025-03-03T10:15:00Z;1\n"
                                 "2025-03-03T10:30:00Z;1\n2025-03-03T10:38:00Z;1\n");
        const ParseResult result =
            readSeriesData(content, QStringLiteral("logger.csv"), ReadOptions{}, ParseContext{});
        QVERIFY2(result.ok(), qPrintable(result.problem ? result.problem->toString() : QString()));
        QCOMPARE(result.series.first().data.intervalS, 900);
        QCOMPARE(result.series.first().data.kwh.size(), std::size_t(4));
        QCOMPARE(statsOf(result.series.first().data).totalKwh, 4.0);
    }

    void latin1IsReadWithANote()
    {
        const QByteArray content("Zeit;Leistung (W)\n2025-06-01 12:00;1500\n2025-06-01 12:15;"
                                 "1600\n2025-06-01 12:30;1700\n\xE9t\xE9;\n");
        const ParseResult result =
            readSeriesData(content, QStringLiteral("old.csv"), ReadOptions{}, ParseContext{});
        // The stray Latin-1 line is text in the date column: refused, with the line.
        QVERIFY(result.problem);
        QCOMPARE(result.problem->line, 5);
    }

    void cancelStopsTheParse()
    {
        QByteArray big("time;kWh\n");
        for (int i = 0; i < 40000; ++i)
            big += QStringLiteral("2025-01-01T00:00:00Z;0.1\n")
                       .toLatin1()
                       .replace("00:00:00",
                                QTime(0, 0).addSecs(i % 86400).toString(u"HH:mm:ss").toLatin1());
        std::atomic_bool cancel{true};
        ParseContext context;
        context.cancel = &cancel;
        const ParseResult result =
            readSeriesData(big, QStringLiteral("big.csv"), ReadOptions{}, context);
        QVERIFY(result.cancelled);
        QVERIFY(result.series.isEmpty());
    }
};

QTEST_GUILESS_MAIN(SeriesFormatsTest)
#include "tst_seriesformats.moc"
