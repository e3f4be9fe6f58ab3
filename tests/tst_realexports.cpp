// SPDX-License-Identifier: GPL-3.0-or-later
// Real public exports (#18), byte for byte as their owners published them
// (tests/data/timeseries/real/*/SOURCE.md says where from, under which
// licence). Each is imported with `wattelier import`, as a user would, and
// the series' totals by kind must match, to the Wh, the figures of
// expected.json: computed by expected.py, a script written without looking
// at Wattelier's code or output. A file Wattelier cannot read right must be
// refused, with the reason wattelier.json names, and leave the workshop as it
// was.

#include "clirunner.h"
#include "testsupport.h"
#include "timeseries/seriesstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace wattelier;

namespace {

QString realFolder()
{
    return QStringLiteral(WATTELIER_TEST_DATA "/timeseries/real");
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestRealExports : public QObject
{
    Q_OBJECT

private slots:
    void importsToTheMetersTotalOrSaysWhyNot_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("expectation");
        int cases = 0;
        const QDir root(realFolder());
        for (const QString &folder : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            for (const QString &json :
                 QDir(root.filePath(folder)).entryList({QStringLiteral("wattelier*.json")})) {
                QTest::newRow(qPrintable(folder + QLatin1Char('/') + json))
                    << root.filePath(folder) << json;
                ++cases;
            }
        }
        QVERIFY2(cases >= 15, "the real-file corpus is missing");
    }

    void importsToTheMetersTotalOrSaysWhyNot()
    {
        QFETCH(QString, folder);
        QFETCH(QString, expectation);
        const QJsonObject expected = readJson(folder + QLatin1Char('/') + expectation);
        QVERIFY(!expected.isEmpty());
        // The independent script's own record of the file it read.
        const QJsonObject independent = readJson(folder + QStringLiteral("/expected.json"));
        const QString dataFile =
            folder + QLatin1Char('/') + expected.value(QLatin1String("file")).toString();
        QCOMPARE(test::fileDigest(dataFile),
                 independent.value(QLatin1String("sha256")).toString().toLatin1());

        QTemporaryDir dir;
        const QString workshop = dir.filePath(QStringLiteral("w.wattelier"));
        {
            QVERIFY(test::createWorkshop(dir, QStringLiteral("w.wattelier")));
        }
        const QByteArray before = test::fileDigest(workshop);
        QStringList arguments{QStringLiteral("import"), workshop, dataFile};
        for (const QJsonValue &a : expected.value(QLatin1String("args")).toArray())
            arguments.append(a.toString());
        const test::CliResult result = test::runCli(arguments);

        const QString refusal = expected.value(QLatin1String("refused_because")).toString();
        if (!refusal.isEmpty()) {
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(result.err.contains(refusal), qPrintable(result.err));
            QCOMPARE(test::fileDigest(workshop), before); // nothing written
            return;
        }
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        WorkshopError error;
        auto opened = Workshop::open(workshop, &error);
        QVERIFY(opened);
        std::map<QString, double> total, estimated;
        double all = 0;
        for (const SeriesInfo &info : opened->series().all()) {
            total[key(info.kind)] += info.stats.totalKwh;
            estimated[key(info.kind)] += info.stats.estimatedKwh;
            all += info.stats.totalKwh;
        }
        const QJsonObject byKind = expected.value(QLatin1String("series_kwh_by_kind")).toObject();
        for (auto it = byKind.begin(); it != byKind.end(); ++it) {
            const double got = it.key() == QLatin1String("*") ? all : total[it.key()];
            QVERIFY2(std::abs(got - it.value().toDouble()) <= 0.0015,
                     qPrintable(QStringLiteral("%1: %2 kWh, expected %3 kWh")
                                    .arg(it.key())
                                    .arg(got, 0, 'f', 4)
                                    .arg(it.value().toDouble(), 0, 'f', 4)));
        }
        if (!byKind.contains(QLatin1String("*")))
            for (const auto &[kind, kwh] : total)
                QVERIFY2(byKind.contains(kind), qPrintable(QStringLiteral("unexpected ") + kind));
        const QJsonObject byKindEstimated =
            expected.value(QLatin1String("estimated_kwh_by_kind")).toObject();
        for (auto it = byKindEstimated.begin(); it != byKindEstimated.end(); ++it)
            QVERIFY2(std::abs(estimated[it.key()] - it.value().toDouble()) <= 0.0015,
                     qPrintable(QStringLiteral("estimated %1: %2 kWh")
                                    .arg(it.key())
                                    .arg(estimated[it.key()], 0, 'f', 4)));
    }
};

QTEST_GUILESS_MAIN(TestRealExports)
#include "tst_realexports.moc"
