// SPDX-License-Identifier: GPL-3.0-or-later
// The contract of `wattelier sharing` (#22): the field names the issue gives,
// what a key does to each member of the demo, and a community set up entirely
// by script with a member that is not a household, its figures worked out by
// hand. The engine's own figures are tst_sharingkey's and tst_workshopsharing's.

#include "clirunner.h"
#include "testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace wattelier;

namespace {

using Result = test::CliResult;

Result run(const QStringList &arguments)
{
    return test::runCli(arguments);
}

} // namespace

class TestSharingCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDir;

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

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
};

QTEST_GUILESS_MAIN(TestSharingCommand)
#include "tst_sharingcommand.moc"
