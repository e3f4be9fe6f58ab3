// SPDX-License-Identifier: GPL-3.0-or-later
// `wattelier invite` and `wattelier merge` (#9): the JSON they print, what
// they write, the dry run, merging twice, conflicts and every refusal.

#include "clioutput.h"
#include "clirunner.h"
#include "demo/demoworkshop.h"
#include "exchange/householdfile.h"
#include "inventory/appliancestore.h"
#include "inventory/catalogue.h"
#include "inventory/householdstore.h"
#include "inventory/inventoryeditor.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace wattelier;
using test::runCli;

class TestExchangeCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDir;
    QString mFile;
    QString mInvite;

    QString path(const QString &name) const { return mDir.filePath(name); }

    /*! The household, at home, changes its first appliance's power and adds a kettle. */
    void fillIn(double power)
    {
        WorkshopError error;
        auto file = Workshop::open(mInvite, &error);
        QVERIFY2(file, qPrintable(error.message));
        const qint64 id = exchange::invitedHouseholdId(*file);
        InventoryEditor editor(*file);
        const Appliance first = file->appliances().forHousehold(id).first();
        QVERIFY(editor.editAppliance(first.id, ApplianceField::PowerW, power).isEmpty());
        QVERIFY(editor.addAppliance(test::sampleAppliance(id, QStringLiteral("Kettle"))) > 0);
    }

private slots:
    void initTestCase()
    {
        WorkshopError error;
        mFile = path(QStringLiteral("demo.wattelier"));
        QVERIFY2(writeDemoWorkshop(mFile, Catalogue::builtIn(), &error), qPrintable(error.message));
        mInvite = path(QStringLiteral("Household C.wattelier"));
    }

    void invite()
    {
        const auto r = runCli({QStringLiteral("invite"), mFile, QStringLiteral("--household"),
                               QStringLiteral("C"), QStringLiteral("--out"), mInvite});
        QVERIFY2(r.exitCode == app::exitOk, qPrintable(r.err));
        const QJsonObject json = r.json();
        QCOMPARE(json.value(QStringLiteral("household_code")).toString(), QStringLiteral("C"));
        QCOMPARE(json.value(QStringLiteral("file")).toString(),
                 QFileInfo(mInvite).absoluteFilePath());
        QVERIFY(json.value(QStringLiteral("appliances")).toInt() > 0);
        QVERIFY(QFile::exists(mInvite));
    }

    void inviteRefusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString out = path(QStringLiteral("other.wattelier"));
        QTest::newRow("no --out") << QStringList{QStringLiteral("invite"), mFile,
                                                 QStringLiteral("--household"), QStringLiteral("C")}
                                  << int(app::exitUsage) << QStringLiteral("--out");
        QTest::newRow("unknown household")
            << QStringList{QStringLiteral("invite"),      mFile,
                           QStringLiteral("--household"), QStringLiteral("Nobody"),
                           QStringLiteral("--out"),       out}
            << int(app::exitFailure) << QStringLiteral("Nobody");
        QTest::newRow("existing file")
            << QStringList{QStringLiteral("invite"),      mFile,
                           QStringLiteral("--household"), QStringLiteral("C"),
                           QStringLiteral("--out"),       mInvite}
            << int(app::exitFailure) << QStringLiteral("already exists");
        QTest::newRow("from a household file")
            << QStringList{QStringLiteral("invite"),      mInvite,
                           QStringLiteral("--household"), QStringLiteral("C"),
                           QStringLiteral("--out"),       out}
            << int(app::exitFailure) << QStringLiteral("household file");
    }

    void inviteRefusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const auto r = runCli(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(path(QStringLiteral("other.wattelier"))));
    }

    void dryRunThenMergeThenAgain()
    {
        fillIn(123.0);
        const QByteArray before = test::fileDigest(mFile);
        auto r = runCli({QStringLiteral("merge"), mFile, mInvite, QStringLiteral("--dry-run")});
        QVERIFY2(r.exitCode == app::exitOk, qPrintable(r.err));
        QJsonObject json = r.json();
        QCOMPARE(json.value(QStringLiteral("household")).toString(), QStringLiteral("Household C"));
        QCOMPARE(json.value(QStringLiteral("added")).toArray().size(), 1);
        QCOMPARE(json.value(QStringLiteral("changed")).toArray().size(), 1);
        QCOMPARE(json.value(QStringLiteral("conflicts")).toArray().size(), 0);
        QVERIFY(json.value(QStringLiteral("unchanged")).toInt() > 0);
        QCOMPARE(json.value(QStringLiteral("applied")).toBool(), false);
        const QJsonObject change =
            json.value(QStringLiteral("changed")).toArray().first().toObject();
        QCOMPARE(change.value(QStringLiteral("field")).toString(), QStringLiteral("power_w"));
        QCOMPARE(change.value(QStringLiteral("to")).toDouble(), 123.0);
        QCOMPARE(test::fileDigest(mFile), before); // a dry run writes nothing

        r = runCli({QStringLiteral("merge"), mFile, mInvite});
        QVERIFY2(r.exitCode == app::exitOk, qPrintable(r.err));
        QCOMPARE(r.json().value(QStringLiteral("applied")).toBool(), true);
        r = runCli({QStringLiteral("inventory"), mFile});
        QVERIFY(r.out.contains(QStringLiteral("Kettle")));

        // The same file again: nothing to add or change.
        r = runCli({QStringLiteral("merge"), mFile, mInvite});
        QVERIFY2(r.exitCode == app::exitOk, qPrintable(r.err));
        json = r.json();
        QCOMPARE(json.value(QStringLiteral("added")).toArray().size(), 0);
        QCOMPARE(json.value(QStringLiteral("changed")).toArray().size(), 0);
    }

    void conflictKeepsTheWorkshopUnlessPreferred()
    {
        // After the first merge, both sides change the same power.
        {
            WorkshopError error;
            auto workshop = Workshop::open(mFile, &error);
            QVERIFY(workshop);
            const auto c = findHousehold(*workshop, QStringLiteral("C"));
            const Appliance first = workshop->appliances().forHousehold(c->id).first();
            QVERIFY(InventoryEditor(*workshop)
                        .editAppliance(first.id, ApplianceField::PowerW, 150.0)
                        .isEmpty());
        }
        WorkshopError error;
        {
            auto file = Workshop::open(mInvite, &error);
            const Appliance first =
                file->appliances().forHousehold(exchange::invitedHouseholdId(*file)).first();
            QVERIFY(InventoryEditor(*file)
                        .editAppliance(first.id, ApplianceField::PowerW, 130.0)
                        .isEmpty());
        }
        auto r = runCli({QStringLiteral("merge"), mFile, mInvite});
        QVERIFY2(r.exitCode == app::exitOk, qPrintable(r.err));
        const QJsonArray conflicts = r.json().value(QStringLiteral("conflicts")).toArray();
        QCOMPARE(conflicts.size(), 1);
        const QJsonObject conflict = conflicts.first().toObject();
        QCOMPARE(conflict.value(QStringLiteral("workshop")).toDouble(), 150.0);
        QCOMPARE(conflict.value(QStringLiteral("household")).toDouble(), 130.0);
        QCOMPARE(conflict.value(QStringLiteral("base")).toDouble(), 123.0);
        QCOMPARE(conflict.value(QStringLiteral("chosen")).toString(), QStringLiteral("workshop"));
        QVERIFY(r.err.contains(QStringLiteral("conflict")));

        r = runCli({QStringLiteral("merge"), mFile, mInvite, QStringLiteral("--prefer"),
                    QStringLiteral("household")});
        QVERIFY2(r.exitCode == app::exitOk, qPrintable(r.err));
        QCOMPARE(r.json().value(QStringLiteral("conflicts")).toArray().size(), 0); // kept = base
        auto workshop = Workshop::open(mFile, &error);
        const auto c = findHousehold(*workshop, QStringLiteral("C"));
        QCOMPARE(workshop->appliances().forHousehold(c->id).first().powerW, 150.0);
    }

    void mergeRefusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("one file") << QStringList{QStringLiteral("merge"), mFile}
                                  << int(app::exitUsage) << QStringLiteral("household file");
        QTest::newRow("bad --prefer")
            << QStringList{QStringLiteral("merge"), mFile, mInvite, QStringLiteral("--prefer"),
                           QStringLiteral("mine")}
            << int(app::exitUsage) << QStringLiteral("--prefer");
        QTest::newRow("a workshop, not a household file")
            << QStringList{QStringLiteral("merge"), mFile, mFile} << int(app::exitFailure)
            << QStringLiteral("not a household file");
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("merge"), mFile, path(QStringLiteral("none.wattelier"))}
            << int(app::exitFailure) << QStringLiteral("none.wattelier");
    }

    void mergeRefusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QByteArray before = test::fileDigest(mFile);
        const auto r = runCli(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(test::fileDigest(mFile), before);
    }

    void foreignWorkshopIsRefused()
    {
        WorkshopError error;
        const QString other = path(QStringLiteral("other-demo.wattelier"));
        QVERIFY(writeDemoWorkshop(other, Catalogue::builtIn(), &error));
        const QString foreign = path(QStringLiteral("foreign.wattelier"));
        auto r = runCli({QStringLiteral("invite"), other, QStringLiteral("--household"),
                         QStringLiteral("A"), QStringLiteral("--out"), foreign});
        QCOMPARE(r.exitCode, int(app::exitOk));
        const QByteArray before = test::fileDigest(mFile);
        r = runCli({QStringLiteral("merge"), mFile, foreign});
        QCOMPARE(r.exitCode, int(app::exitFailure));
        QVERIFY2(r.err.contains(QStringLiteral("another workshop")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("foreign.wattelier")), qPrintable(r.err));
        QCOMPARE(test::fileDigest(mFile), before);
    }
};

QTEST_GUILESS_MAIN(TestExchangeCommands)
#include "tst_exchangecommands.moc"
