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

    // A community set up by script with a member that is not a household (#22):
    // an association whose panels send out 0.3 kWh a quarter hour, a household
    // taking 0.2, over one Brussels day (96 quarter hours). Pro rata, supplier
    // 0.30, local 0.15, injection 0.04 €/kWh. By hand: 19.2 kWh shared; Amira
    // gains 19.2 × 0.15 = 2.88 €, the association 19.2 × (0.15 − 0.04) = 2.112 €.
    // Amira given the energy for free (--member-price Amira=0): she gains
    // 19.2 × 0.30 = 5.76 € and the association loses its injection price, −0.768 €.
    void aParticipantThatProduces()
    {
        const QString path = mDir.filePath(QStringLiteral("park.wattelier"));
        QCOMPARE(run({QStringLiteral("new"), path}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("add-household"), path, QStringLiteral("Amira")}).exitCode, 0);
        Result r = run({QStringLiteral("add-household"), path, QStringLiteral("Les Amis du Parc"),
                        QStringLiteral("--kind"), QStringLiteral("participant")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("pseudonym")).toString(),
                 QStringLiteral("Participant B"));
        QCOMPARE(r.json().value(QStringLiteral("kind")).toString(), QStringLiteral("participant"));
        QCOMPARE(run({QStringLiteral("add-household"), path, QStringLiteral("C"),
                      QStringLiteral("--kind"), QStringLiteral("shop")})
                     .exitCode,
                 2);
        // A usage error before the file is read, whether it exists or not.
        QCOMPARE(
            run({QStringLiteral("add-household"), mDir.filePath(QStringLiteral("none.wattelier")),
                 QStringLiteral("C"), QStringLiteral("--kind"), QStringLiteral("shop")})
                .exitCode,
            2);
        const auto day = [this](const QString &name, double kwh) {
            QByteArray csv = "time;kwh\n";
            const QDateTime start(QDate(2025, 6, 9), QTime(22, 0), Qt::UTC);
            for (int q = 0; q < 96; ++q)
                csv += start.addSecs(900 * q).toString(Qt::ISODate).toUtf8() + ';' +
                       QByteArray::number(kwh) + '\n';
            const QString file = mDir.filePath(name);
            wattelier::test::writeFile(file, csv);
            return file;
        };
        const QStringList generic = {QStringLiteral("--format"),       QStringLiteral("generic"),
                                     QStringLiteral("--date-column"),  QStringLiteral("1"),
                                     QStringLiteral("--date-format"),  QStringLiteral("ISO"),
                                     QStringLiteral("--timezone"),     QStringLiteral("UTC"),
                                     QStringLiteral("--value-column"), QStringLiteral("2"),
                                     QStringLiteral("--unit"),         QStringLiteral("kWh"),
                                     QStringLiteral("--quantity"),     QStringLiteral("energy"),
                                     QStringLiteral("--stamp"),        QStringLiteral("start"),
                                     QStringLiteral("--interval"),     QStringLiteral("900")};
        r = run(QStringList{QStringLiteral("import"), path, day(QStringLiteral("amira.csv"), 0.2),
                            QStringLiteral("--owner"), QStringLiteral("Amira"),
                            QStringLiteral("--kind"), QStringLiteral("consumption")} +
                generic);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run(QStringList{QStringLiteral("import"), path, day(QStringLiteral("park.csv"), 0.3),
                            QStringLiteral("--owner"), QStringLiteral("Participant B"),
                            QStringLiteral("--kind"), QStringLiteral("production")} +
                generic);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        const QStringList sharing = {QStringLiteral("sharing"),
                                     path,
                                     QStringLiteral("--method"),
                                     QStringLiteral("prorata"),
                                     QStringLiteral("--from"),
                                     QStringLiteral("2025-06-10"),
                                     QStringLiteral("--to"),
                                     QStringLiteral("2025-06-10"),
                                     QStringLiteral("--offtake-price"),
                                     QStringLiteral("0.30"),
                                     QStringLiteral("--injection-price"),
                                     QStringLiteral("0.04"),
                                     QStringLiteral("--local-price"),
                                     QStringLiteral("0.15")};
        const auto members = [](const Result &result) {
            return result.json()
                .value(QStringLiteral("scenarios"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("members"))
                .toArray();
        };
        r = run(sharing);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonArray m = members(r);
        QCOMPARE(m.size(), 2);
        const QJsonObject amira = m.at(0).toObject();
        const QJsonObject park = m.at(1).toObject();
        QCOMPARE(amira.value(QStringLiteral("role")).toString(), QStringLiteral("consumer"));
        QCOMPARE(amira.value(QStringLiteral("kind")).toString(), QStringLiteral("household"));
        QCOMPARE(park.value(QStringLiteral("role")).toString(), QStringLiteral("producer"));
        QCOMPARE(park.value(QStringLiteral("kind")).toString(), QStringLiteral("participant"));
        QCOMPARE(amira.value(QStringLiteral("shared_kwh")).toDouble(), 19.2);
        QCOMPARE(park.value(QStringLiteral("credited_kwh")).toDouble(), 19.2);
        QCOMPARE(amira.value(QStringLiteral("gain_eur")).toDouble(), 2.88);
        QCOMPARE(park.value(QStringLiteral("gain_eur")).toDouble(), 2.11); // rounded to cents
        QCOMPARE(amira.value(QStringLiteral("local_eur_per_kwh")).toDouble(), 0.15);

        r = run(sharing + QStringList{QStringLiteral("--member-price"), QStringLiteral("amira=0")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        m = members(r);
        QCOMPARE(m.at(0).toObject().value(QStringLiteral("local_eur_per_kwh")).toDouble(), 0.0);
        QCOMPARE(m.at(0).toObject().value(QStringLiteral("gain_eur")).toDouble(), 5.76);
        QCOMPARE(m.at(1).toObject().value(QStringLiteral("gain_eur")).toDouble(), -0.77);
        // A member loses money: the Gini index of the gains means nothing, so none.
        const QJsonObject fairness = r.json()
                                         .value(QStringLiteral("scenarios"))
                                         .toArray()
                                         .first()
                                         .toObject()
                                         .value(QStringLiteral("fairness"))
                                         .toObject();
        QVERIFY(fairness.value(QStringLiteral("gini_gain_eur")).isNull());
        QVERIFY(!fairness.value(QStringLiteral("gini_shared_kwh")).isNull());
        QCOMPARE(run(sharing +
                     QStringList{QStringLiteral("--member-price"), QStringLiteral("amira=free")})
                     .exitCode,
                 2);
        // A name a spreadsheet would take for a formula is written as text in the
        // allocation file.
        QCOMPARE(run({QStringLiteral("add-household"), path, QStringLiteral("=1+1")}).exitCode, 0);
        r = run(QStringList{QStringLiteral("import"), path, day(QStringLiteral("c.csv"), 0.1),
                            QStringLiteral("--owner"), QStringLiteral("Household C"),
                            QStringLiteral("--kind"), QStringLiteral("consumption")} +
                generic);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString allocation = mDir.filePath(QStringLiteral("park-allocation.csv"));
        r = run(sharing + QStringList{QStringLiteral("--allocation"), allocation});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(allocation);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains(",\"Amira\",\"Household A\","));
        QVERIFY(!written.contains(",\"=1+1\","));
        QVERIFY(written.contains(",\"'=1+1\",\"Household C\","));

        // A priority level of two ("+"), split pro rata: the 0.3 kWh the park sends
        // out covers Amira's 0.2 and C's 0.1, all of it shared; a name given twice is
        // refused. "=1+1" is a name before it is a level.
        QStringList cascade = sharing;
        cascade[3] = QStringLiteral("cascade");
        r = run(cascade + QStringList{QStringLiteral("--priority"), QStringLiteral("Amira+=1+1")});
        QCOMPARE(r.exitCode, 1); // "=1" is nobody
        r = run(cascade +
                QStringList{QStringLiteral("--priority"), QStringLiteral("Amira+Household C")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        m = members(r);
        QCOMPARE(m.at(0).toObject().value(QStringLiteral("shared_kwh")).toDouble(), 19.2);
        QCOMPARE(m.at(2).toObject().value(QStringLiteral("shared_kwh")).toDouble(), 9.6);
        QCOMPARE(run(cascade + QStringList{QStringLiteral("--priority"), QStringLiteral("=1+1")})
                     .exitCode,
                 0);
        QCOMPARE(
            run(cascade + QStringList{QStringLiteral("--priority"), QStringLiteral("Amira,amira")})
                .exitCode,
            1);
        QCOMPARE(
            run(sharing + QStringList{QStringLiteral("--member-price"), QStringLiteral("Nobody=0")})
                .exitCode,
            1);
    }

    // The contract of `wattelier peaks` (#23): the field names the issue gives,
    // 100 points of the duration curve from the peak down, 12 monthly peaks per
    // household, and periods it refuses.
    // #22: what a sharing key does to each member of the demo; the figures the
    // engine gives by hand are tst_sharingkey's and tst_workshopsharing's.
    void sharingOfTheDemo()
    {
        const QString path = mDir.filePath(QStringLiteral("sharing-demo.wattelier"));
        QCOMPARE(run({QStringLiteral("demo"), path}).exitCode, 0);
        const Result compared = run({QStringLiteral("sharing"), path});
        QCOMPARE(compared.exitCode, 0);
        const QJsonArray scenarios = compared.json().value(QStringLiteral("scenarios")).toArray();
        // The demo's three key scenarios: equal shares, pro rata, household C first for free.
        QCOMPARE(scenarios.size(), 3);
        QCOMPARE(scenarios.at(2).toObject().value(QStringLiteral("method")).toString(),
                 QStringLiteral("cascade"));
        QVERIFY(scenarios.at(2)
                    .toObject()
                    .value(QStringLiteral("fairness"))
                    .toObject()
                    .value(QStringLiteral("solidarity_share"))
                    .toDouble() > 0);
        for (const QJsonValue &value : scenarios) {
            const QJsonObject scenario = value.toObject();
            for (const char *field :
                 {"name", "method", "from", "to", "collective", "members", "fairness"})
                QVERIFY2(scenario.contains(QLatin1String(field)), field);
            const QJsonObject collective = scenario.value(QStringLiteral("collective")).toObject();
            for (const char *field :
                 {"production_kwh", "available_kwh", "shared_kwh", "injected_kwh",
                  "self_consumption_rate", "self_sufficiency_rate"})
                QVERIFY2(collective.contains(QLatin1String(field)), field);
            const QJsonObject fairness = scenario.value(QStringLiteral("fairness")).toObject();
            for (const char *field :
                 {"gini_shared_kwh", "gini_gain_eur", "p10_gain_eur", "median_gain_eur",
                  "p90_gain_eur", "members_without_gain", "solidarity_share"})
                QVERIFY2(fairness.contains(QLatin1String(field)), field);
            const QJsonArray members = scenario.value(QStringLiteral("members")).toArray();
            QCOMPARE(members.size(), 18);
            double shared = 0;
            for (const QJsonValue &m : members) {
                const QJsonObject member = m.toObject();
                for (const char *field : {"name", "pseudonym", "offtake_kwh", "shared_kwh",
                                          "remaining_offtake_kwh", "gain_eur"})
                    QVERIFY2(member.contains(QLatin1String(field)), field);
                QVERIFY(std::abs(member.value(QStringLiteral("offtake_kwh")).toDouble() -
                                 member.value(QStringLiteral("shared_kwh")).toDouble() -
                                 member.value(QStringLiteral("remaining_offtake_kwh")).toDouble()) <
                        1e-6);
                shared += member.value(QStringLiteral("shared_kwh")).toDouble();
            }
            const double total = collective.value(QStringLiteral("shared_kwh")).toDouble();
            QVERIFY(std::abs(shared - total) < 1e-6);
            QVERIFY(std::abs(total + collective.value(QStringLiteral("injected_kwh")).toDouble() -
                             collective.value(QStringLiteral("available_kwh")).toDouble()) < 1e-6);
        }
        // Pro rata and a priority key share all that is taken: the same total; equal
        // shares in one round leave some unused.
        const auto sharedOf = [&](int k) {
            return scenarios.at(k)
                .toObject()
                .value(QStringLiteral("collective"))
                .toObject()
                .value(QStringLiteral("shared_kwh"))
                .toDouble();
        };
        QVERIFY(std::abs(sharedOf(1) - sharedOf(2)) < 1e-6);
        QVERIFY(sharedOf(0) < sharedOf(1));

        // Household C first, then the others pro rata, with the allocation written:
        // its rows add up to the shared energy, C's before anybody's.
        const QString allocation = mDir.filePath(QStringLiteral("allocation.csv"));
        const Result cascade = run(
            {QStringLiteral("sharing"), path, QStringLiteral("--method"), QStringLiteral("cascade"),
             QStringLiteral("--priority"), QStringLiteral("household c"),
             QStringLiteral("--solidarity"), QStringLiteral("Household C"),
             QStringLiteral("--from"), QStringLiteral("2025-06-01"), QStringLiteral("--to"),
             QStringLiteral("2025-06-30"), QStringLiteral("--allocation"), allocation});
        QCOMPARE(cascade.exitCode, 0);
        const QJsonObject firstKey =
            cascade.json().value(QStringLiteral("scenarios")).toArray().first().toObject();
        QCOMPARE(firstKey.value(QStringLiteral("from")).toString(),
                 QStringLiteral("2025-05-31T22:00:00Z"));
        QCOMPARE(firstKey.value(QStringLiteral("to")).toString(),
                 QStringLiteral("2025-06-30T22:00:00Z"));
        QFile file(allocation);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.first(),
                 QByteArrayLiteral(
                     "time_utc,member,pseudonym,offtake_kwh,shared_kwh,remaining_offtake_kwh"));
        double sharedInFile = 0;
        for (qsizetype i = 1; i < lines.size(); ++i)
            if (!lines.at(i).isEmpty())
                sharedInFile += lines.at(i).split(',').value(4).toDouble();
        const double sharedInJson = firstKey.value(QStringLiteral("collective"))
                                        .toObject()
                                        .value(QStringLiteral("shared_kwh"))
                                        .toDouble();
        QVERIFY2(std::abs(sharedInFile - sharedInJson) < 0.01,
                 qPrintable(QStringLiteral("%1 against %2").arg(sharedInFile).arg(sharedInJson)));
        const QJsonObject cFairness = firstKey.value(QStringLiteral("fairness")).toObject();
        QVERIFY(cFairness.value(QStringLiteral("solidarity_share")).toDouble() > 0);
        const Result proRata = run({QStringLiteral("sharing"), path, QStringLiteral("--scenario"),
                                    QStringLiteral("pro RATA")});
        QCOMPARE(proRata.exitCode, 0);
        QCOMPARE(proRata.json().value(QStringLiteral("scenarios")).toArray().size(), 1);
        QCOMPARE(run({QStringLiteral("sharing"), path, QStringLiteral("--scenario"),
                      QStringLiteral("Nobody's")})
                     .exitCode,
                 1);
        // The stored keys bring their own money: a price given for them is refused,
        // not silently left out.
        const Result storedPrice =
            run({QStringLiteral("sharing"), path, QStringLiteral("--member-price"),
                 QStringLiteral("Household A=0")});
        QCOMPARE(storedPrice.exitCode, 1);
        QVERIFY(storedPrice.err.contains(QStringLiteral("--member-price")));
        // Refused: shares that do not add up, a name nobody has, an allocation of
        // several keys, a file that exists, a period across two years.
        const Result badShares = run({QStringLiteral("sharing"), path, QStringLiteral("--method"),
                                      QStringLiteral("fixed"), QStringLiteral("--shares"),
                                      QStringLiteral("Household A=60,Household B=30")});
        QCOMPARE(badShares.exitCode, 1);
        QVERIFY(badShares.err.contains(QStringLiteral("90")));
        QCOMPARE(
            run({QStringLiteral("sharing"), path, QStringLiteral("--method"),
                 QStringLiteral("cascade"), QStringLiteral("--priority"), QStringLiteral("Nobody")})
                .exitCode,
            1);
        // Options that cannot be right whatever the workshop: usage errors, exit 2.
        for (const QStringList &wrong :
             {QStringList{QStringLiteral("--method"), QStringLiteral("equal")},
              QStringList{QStringLiteral("--method"), QStringLiteral("prorata"),
                          QStringLiteral("--rounds"), QStringLiteral("2")},
              QStringList{QStringLiteral("--method"), QStringLiteral("cascade")},
              QStringList{QStringLiteral("--shares"), QStringLiteral("Household A=100")}})
            QCOMPARE(run(QStringList{QStringLiteral("sharing"), path} + wrong).exitCode, 2);
        QCOMPARE(run({QStringLiteral("sharing"), path, QStringLiteral("--allocation"),
                      mDir.filePath(QStringLiteral("other.csv"))})
                     .exitCode,
                 2);
        QCOMPARE(run({QStringLiteral("sharing"), path, QStringLiteral("--method"),
                      QStringLiteral("prorata"), QStringLiteral("--allocation"), allocation})
                     .exitCode,
                 1);
        QCOMPARE(run({QStringLiteral("sharing"), path, QStringLiteral("--from"),
                      QStringLiteral("2024-12-01"), QStringLiteral("--to"),
                      QStringLiteral("2025-01-31")})
                     .exitCode,
                 1);
    }

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
