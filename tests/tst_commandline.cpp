// SPDX-License-Identifier: GPL-3.0-or-later
// The command line (#2) is a contract: JSON on stdout with the field names the
// issue gives, messages on stderr, a non-zero exit on any error.

#include "clirunner.h"
#include "core/schema.h"
#include "subcommands.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <cmath>

using namespace wattelier;

namespace {

using Result = test::CliResult;

Result run(const QStringList &arguments)
{
    return test::runCli(arguments);
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDir;

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void recognisesSubcommands()
    {
        const QString exe = QStringLiteral("wattelier");
        QVERIFY(
            app::isCommandLineInvocation({exe, QStringLiteral("inventory"), QStringLiteral("x")}));
        QVERIFY(app::isCommandLineInvocation({exe, QStringLiteral("--version")}));
        QVERIFY(!app::isCommandLineInvocation({exe}));
        QVERIFY(!app::isCommandLineInvocation({exe, QStringLiteral("my.wattelier")}));
        QVERIFY(!app::isCommandLineInvocation({exe, QStringLiteral("--demo")}));
    }

    void version()
    {
        const Result r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("version")).toString(),
                 QStringLiteral(WATTELIER_VERSION));
        QCOMPARE(r.json().value(QStringLiteral("schema_version")).toInt(), schema::currentVersion);
        QVERIFY(run({QStringLiteral("--help")}).out.contains(QStringLiteral("défi énergie")));
    }

    void demoThenInventory()
    {
        const QString path = mDir.filePath(QStringLiteral("demo.wattelier"));
        const Result demo = run({QStringLiteral("demo"), path});
        QCOMPARE(demo.exitCode, 0);
        QCOMPARE(demo.json().value(QStringLiteral("households")).toInt(), 18);
        QVERIFY(QFile::exists(path));

        const Result r = run({QStringLiteral("inventory"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QJsonObject json = r.json();
        const QJsonArray households = json.value(QStringLiteral("households")).toArray();
        QCOMPARE(households.size(), 18);

        double sumOfHouseholds = 0.0;
        QJsonObject byPrioritySum;
        for (const QJsonValue &value : households) {
            const QJsonObject h = value.toObject();
            for (const char *field :
                 {"name", "pseudonym", "occupants", "kwh_per_year", "appliances"})
                QVERIFY2(h.contains(QLatin1String(field)), field);
            double sumOfAppliances = 0.0;
            for (const QJsonValue &a : h.value(QStringLiteral("appliances")).toArray()) {
                const QJsonObject appliance = a.toObject();
                for (const char *field :
                     {"name", "category", "priority", "flexibility", "quantity",
                      "estimated_kwh_per_year", "kwh_per_year", "kwh_per_year_source", "readings"})
                    QVERIFY2(appliance.contains(QLatin1String(field)), field);
                QVERIFY(QStringList({QStringLiteral("indispensable"), QStringLiteral("useful"),
                                     QStringLiteral("comfort")})
                            .contains(appliance.value(QStringLiteral("priority")).toString()));
                // Totals use kwh_per_year: measured where there is a reading (#3).
                const QString source =
                    appliance.value(QStringLiteral("kwh_per_year_source")).toString();
                QCOMPARE(appliance.contains(QStringLiteral("measured_kwh_per_year")),
                         source != QLatin1String("estimated"));
                sumOfAppliances += appliance.value(QStringLiteral("kwh_per_year")).toDouble();
            }
            QVERIFY(qAbs(sumOfAppliances - h.value(QStringLiteral("kwh_per_year")).toDouble()) <
                    1e-6);
            sumOfHouseholds += sumOfAppliances;
        }
        QCOMPARE(households.first().toObject().value(QStringLiteral("pseudonym")).toString(),
                 QStringLiteral("Household A"));

        const QJsonObject totals = json.value(QStringLiteral("totals")).toObject();
        const double group = totals.value(QStringLiteral("group_kwh_per_year")).toDouble();
        QVERIFY(qAbs(group - sumOfHouseholds) < 1e-6);
        const QJsonObject byPriority = totals.value(QStringLiteral("by_priority")).toObject();
        QCOMPARE(byPriority.keys(),
                 QStringList({QStringLiteral("comfort"), QStringLiteral("indispensable"),
                              QStringLiteral("useful")}));
        double prioritySum = 0.0;
        for (const QJsonValue &v : byPriority)
            prioritySum += v.toDouble();
        QVERIFY(qAbs(prioritySum - group) < 1e-6);
        const QJsonObject byCategory = totals.value(QStringLiteral("by_category")).toObject();
        QCOMPARE(byCategory.size(), 9);
        QVERIFY(byCategory.contains(QStringLiteral("it_screens")));
    }

    void challengeOfTheDemo()
    {
        const QString path = mDir.filePath(QStringLiteral("challenge-demo.wattelier"));
        QCOMPARE(run({QStringLiteral("demo"), path}).exitCode, 0);
        const Result latest = run({QStringLiteral("challenge"), path});
        QCOMPARE(latest.exitCode, 0);
        const QJsonObject json = latest.json();
        QCOMPARE(json.value(QStringLiteral("weeks")).toInt(), 4);
        QCOMPARE(json.value(QStringLiteral("start")).toString(), QStringLiteral("2026-06-01"));
        const QJsonArray households = json.value(QStringLiteral("households")).toArray();
        QCOMPARE(households.size(), 12);
        bool sawEstimated = false;
        for (const QJsonValue &h : households) {
            const QJsonArray weeks = h.toObject().value(QStringLiteral("weeks")).toArray();
            QCOMPARE(weeks.size(), 4);
            for (const QJsonValue &w : weeks)
                sawEstimated =
                    sawEstimated || w.toObject().value(QStringLiteral("estimated")).toBool();
        }
        QVERIFY(sawEstimated); // the demo's missing week
        const QJsonArray group =
            json.value(QStringLiteral("group")).toObject().value(QStringLiteral("weeks")).toArray();
        QCOMPARE(group.size(), 4);
        QVERIFY(group.first().toObject().value(QStringLiteral("change_pct")).isDouble());

        const QString name = json.value(QStringLiteral("challenge")).toString();
        QCOMPARE(run({QStringLiteral("challenge"), path, QStringLiteral("--name"), name}).out,
                 latest.out);
        const Result unknown = run({QStringLiteral("challenge"), path, QStringLiteral("--name"),
                                    QStringLiteral("Winter")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("Winter")));
        QCOMPARE(run({QStringLiteral("challenge")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("challenge"), path, QStringLiteral("--name")}).exitCode, 2);
    }

    // A workshop set up by script (#22, #23): `new`, then `add-household` one by
    // one or from a spreadsheet's list, each printing ids and pseudonyms.
    void newWorkshopAndItsHouseholds()
    {
        const QString path = mDir.filePath(QStringLiteral("street.wattelier"));
        Result r = run({QStringLiteral("new"), path, QStringLiteral("--name"),
                        QStringLiteral("Rue du Balai")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("name")).toString(), QStringLiteral("Rue du Balai"));
        QCOMPARE(run({QStringLiteral("new"), path}).exitCode, 1); // never overwrites

        r = run({QStringLiteral("add-household"), path, QStringLiteral("Famille Peeters"),
                 QStringLiteral("--occupants"), QStringLiteral("5"), QStringLiteral("--ean"),
                 QStringLiteral("5414 4880 0000 0123 45")});
        QCOMPARE(r.exitCode, 0);
        QJsonObject added = r.json();
        QVERIFY(added.value(QStringLiteral("id")).toInteger() > 0);
        QCOMPARE(added.value(QStringLiteral("pseudonym")).toString(),
                 QStringLiteral("Household A"));
        QCOMPARE(added.value(QStringLiteral("occupants")).toInt(), 5);
        QCOMPARE(added.value(QStringLiteral("ean")).toString(),
                 QStringLiteral("541448800000012345"));
        // The same name again, a bad count, a bad EAN: refused, nothing added.
        QCOMPARE(run({QStringLiteral("add-household"), path, QStringLiteral("famille peeters")})
                     .exitCode,
                 1);
        QCOMPARE(run({QStringLiteral("add-household"), path, QStringLiteral("B"),
                      QStringLiteral("--occupants"), QStringLiteral("0")})
                     .exitCode,
                 2);
        QCOMPARE(run({QStringLiteral("add-household"), path, QStringLiteral("B"),
                      QStringLiteral("--ean"), QStringLiteral("123")})
                     .exitCode,
                 2);

        const QString bad = mDir.filePath(QStringLiteral("bad-list.csv"));
        wattelier::test::writeFile(bad, "name;occupants\nA1;2\nA2;two\n");
        r = run({QStringLiteral("add-household"), path, QStringLiteral("--from"), bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("bad-list.csv")) &&
                     r.err.contains(QStringLiteral("line 3")),
                 qPrintable(r.err));
        const QString list = mDir.filePath(QStringLiteral("list.csv"));
        wattelier::test::writeFile(list, "nom;occupants;remarques;étage\nA1;2;;1\nA2;;rez;0\n");
        r = run({QStringLiteral("add-household"), path, QStringLiteral("--from"), list});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray households = r.json().value(QStringLiteral("households")).toArray();
        QCOMPARE(households.size(), 2);
        QCOMPARE(households.at(0).toObject().value(QStringLiteral("pseudonym")).toString(),
                 QStringLiteral("Household B"));
        QCOMPARE(households.at(1).toObject().value(QStringLiteral("notes")).toString(),
                 QStringLiteral("rez"));
        QCOMPARE(r.json().value(QStringLiteral("notes")).toArray().size(), 1); // "étage" left out
        r = run({QStringLiteral("inventory"), path});
        QCOMPARE(r.json().value(QStringLiteral("households")).toArray().size(), 3);
    }

    // The contract of `wattelier peaks` (#23): the field names the issue gives,
    // 100 points of the duration curve from the peak down, 12 monthly peaks per
    // household, and periods it refuses.
    void peaksOfTheDemo()
    {
        const QString path = mDir.filePath(QStringLiteral("peaks-demo.wattelier"));
        QCOMPARE(run({QStringLiteral("demo"), path}).exitCode, 0);
        const Result r = run({QStringLiteral("peaks"), path, QStringLiteral("--threshold-kw"),
                              QStringLiteral("12")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = r.json();
        for (const char *field :
             {"from", "to", "interval_s", "peak_kw", "peak_at", "reverse_peak_kw",
              "reverse_peak_at", "sum_individual_peaks_kw", "coincidence_factor", "load_factor",
              "quarter_hours_above_threshold", "share_above_threshold", "duration_curve_kw",
              "households"})
            QVERIFY2(json.contains(QLatin1String(field)), field);
        QCOMPARE(json.value(QStringLiteral("interval_s")).toInt(), 900);
        const double peak = json.value(QStringLiteral("peak_kw")).toDouble();
        const QJsonArray curve = json.value(QStringLiteral("duration_curve_kw")).toArray();
        QCOMPARE(curve.size(), 100);
        QCOMPARE(curve.first().toDouble(), peak);
        for (qsizetype i = 1; i < curve.size(); ++i)
            QVERIFY(curve.at(i).toDouble() <= curve.at(i - 1).toDouble());
        const QJsonArray households = json.value(QStringLiteral("households")).toArray();
        QCOMPARE(households.size(), 18);
        double atPeak = 0;
        for (const QJsonValue &h : households) {
            const QJsonObject household = h.toObject();
            for (const char *field :
                 {"name", "pseudonym", "peak_kw", "at_group_peak_kw", "monthly_peaks_kw"})
                QVERIFY2(household.contains(QLatin1String(field)), field);
            QCOMPARE(household.value(QStringLiteral("monthly_peaks_kw")).toArray().size(), 12);
            atPeak += household.value(QStringLiteral("at_group_peak_kw")).toDouble();
        }
        // The demo's peak is a December evening, when its panels give nothing: the
        // households' loads at that quarter hour add up to the group's peak.
        QVERIFY(
            json.value(QStringLiteral("peak_at")).toString().startsWith(QStringLiteral("2025-12")));
        QVERIFY2(std::abs(atPeak - peak) < 0.01, qPrintable(QString::number(atPeak)));

        const Result twoYears = run({QStringLiteral("peaks"), path, QStringLiteral("--from"),
                                     QStringLiteral("2024-12-01"), QStringLiteral("--to"),
                                     QStringLiteral("2025-01-31")});
        QCOMPARE(twoYears.exitCode, 1);
        QVERIFY(twoYears.err.contains(QStringLiteral("calendar year")));
        QCOMPARE(run({QStringLiteral("peaks"), path, QStringLiteral("--threshold-kw"),
                      QStringLiteral("0")})
                     .exitCode,
                 2);
    }

    // Every subcommand of the one table (#21): listed in the usage text,
    // dispatched, and parsing its options like the others, so an unknown
    // option is a usage error that touches nothing ("demo --bogus" used to
    // write a workshop called "--bogus").
    void everySubcommandAlike_data()
    {
        QTest::addColumn<QString>("name");
        for (const app::Subcommand &subcommand : app::subcommandTable())
            QTest::newRow(subcommand.name) << QString::fromLatin1(subcommand.name);
        QVERIFY(app::subcommandTable().size() >= 11);
    }

    void everySubcommandAlike()
    {
        QFETCH(QString, name);
        const QString exe = QStringLiteral("wattelier");
        QVERIFY(app::isCommandLineInvocation({exe, name}));
        QVERIFY(
            app::usageText().contains(QStringLiteral("  wattelier ") + name + QLatin1Char(' ')));
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(mDir.path()));
        const QStringList entries = QDir().entryList(QDir::NoDotAndDotDot | QDir::AllEntries);
        const Result r = run({name, QStringLiteral("--no-such-option")});
        QVERIFY(QDir::setCurrent(before));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QStringLiteral("unknown option “--no-such-option”")),
                 qPrintable(r.err));
        QCOMPARE(QDir(mDir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), entries);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("messagePart");
        const QString missing = mDir.filePath(QStringLiteral("missing.wattelier"));
        const QString csv = mDir.filePath(QStringLiteral("readings.csv"));
        wattelier::test::writeFile(csv, "date;index\n2026-06-01;12345\n");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << 2 << "unknown command";
        QTest::newRow("inventory without file")
            << QStringList{QStringLiteral("inventory")} << 2 << "one argument";
        QTest::newRow("inventory of a missing file")
            << QStringList{QStringLiteral("inventory"), missing} << 1 << "does not exist";
        QTest::newRow("inventory of a CSV")
            << QStringList{QStringLiteral("inventory"), csv} << 1 << "not a Wattelier workshop";
        QTest::newRow("demo over an existing file")
            << QStringList{QStringLiteral("demo"), csv} << 1 << "already exists";
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, messagePart);
        const QByteArray before =
            wattelier::test::fileDigest(mDir.filePath(QStringLiteral("readings.csv")));
        const Result r = run(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(r.out.isEmpty()); // nothing half-printed on stdout
        QVERIFY2(r.err.contains(messagePart), qPrintable(r.err));
        QCOMPARE(wattelier::test::fileDigest(mDir.filePath(QStringLiteral("readings.csv"))),
                 before);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
