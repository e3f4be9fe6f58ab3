// SPDX-License-Identifier: GPL-3.0-or-later
// `wattelier report` (#8): the JSON it prints, the files it writes, the
// household batch, and every refusal with its exit code.

#include "clioutput.h"
#include "clirunner.h"
#include "demo/demoworkshop.h"
#include "inventory/catalogue.h"
#include "inventory/household.h"
#include "inventory/householdstore.h"
#include "pdftext.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace wattelier;
using test::runCli;

class TestReportCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDir;
    QString mFile;

    QString out(const QString &name) const { return mDir.filePath(name); }

private slots:
    void initTestCase()
    {
        WorkshopError error;
        mFile = mDir.filePath(QStringLiteral("demo.wattelier"));
        QVERIFY2(writeDemoWorkshop(mFile, Catalogue::builtIn(), &error), qPrintable(error.message));
    }

    void summaryInFrench()
    {
        const QLocale before;
        const auto r = runCli({QStringLiteral("report"), mFile, QStringLiteral("--out"),
                               out(QStringLiteral("summary.pdf")), QStringLiteral("--lang"),
                               QStringLiteral("fr")});
        QCOMPARE(r.exitCode, app::exitOk);
        const QJsonObject j = r.json();
        QCOMPARE(j.value(QStringLiteral("kind")).toString(), QStringLiteral("summary"));
        QCOMPARE(j.value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
        QCOMPARE(j.value(QStringLiteral("names")).toBool(), false);
        QCOMPARE(j.value(QStringLiteral("page")).toString(), QStringLiteral("A4"));
        const QString file = j.value(QStringLiteral("file")).toString();
        QCOMPARE(file, QFileInfo(out(QStringLiteral("summary.pdf"))).absoluteFilePath());
        QCOMPARE(j.value(QStringLiteral("pages")).toInt(), test::pdfPages(file));
        const QString text = test::pdfText(file);
        QVERIFY(text.contains(QStringLiteral("Compte rendu de la réunion")));
        QVERIFY(text.contains(QStringLiteral("Autoconsommation")));
        // The interface language of the test process came back afterwards.
        QCOMPARE(QLocale().language(), before.language());
    }

    void householdSheetsIntoAFolder()
    {
        const QString folder = out(QStringLiteral("sheets"));
        const auto r = runCli({QStringLiteral("report"), mFile, QStringLiteral("--kind"),
                               QStringLiteral("household"), QStringLiteral("--out"), folder,
                               QStringLiteral("--lang=en")});
        QCOMPARE(r.exitCode, app::exitOk);
        const QJsonArray files = r.json().value(QStringLiteral("files")).toArray();
        WorkshopError error;
        const auto workshop = Workshop::open(mFile, &error);
        QCOMPARE(files.size(), workshop->households().count());
        QStringList expected;
        for (const Household &h : workshop->households().all())
            expected.append(pseudonym(h) + QStringLiteral(".pdf"));
        QCOMPARE(QDir(folder).entryList(QDir::Files, QDir::Name), expected);
        QCOMPARE(files.first().toObject().value(QStringLiteral("household")).toString(),
                 QStringLiteral("Household A"));
    }

    void formsForOneHouseholdOnLetter()
    {
        const auto r = runCli(
            {QStringLiteral("report"), mFile, QStringLiteral("--kind"), QStringLiteral("forms"),
             QStringLiteral("--household"), QStringLiteral("Household B"), QStringLiteral("--page"),
             QStringLiteral("letter"), QStringLiteral("--out"), out(QStringLiteral("forms.pdf"))});
        QCOMPARE(r.exitCode, app::exitOk);
        QCOMPARE(r.json().value(QStringLiteral("pages")).toInt(), 3);
        // Without --lang and without a language saved in the workshop: French,
        // whatever the desktop's locale (#19).
        QCOMPARE(r.json().value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
        QCOMPARE(r.json().value(QStringLiteral("household")).toString(),
                 QStringLiteral("Ménage B"));
        QCOMPARE(test::pdfPageSize(out(QStringLiteral("forms.pdf"))), QStringLiteral("612 x 792"));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString pdf = QStringLiteral("x.pdf");
        QTest::newRow("no --out") << QStringList{QStringLiteral("FILE")} << 2
                                  << QStringLiteral("--out");
        QTest::newRow("bad kind") << QStringList{QStringLiteral("FILE"), QStringLiteral("--out"),
                                                 pdf, QStringLiteral("--kind"),
                                                 QStringLiteral("poster")}
                                  << 2 << QStringLiteral("poster");
        QTest::newRow("bad language")
            << QStringList{QStringLiteral("FILE"), QStringLiteral("--out"), pdf,
                           QStringLiteral("--lang"), QStringLiteral("de")}
            << 2 << QStringLiteral("de");
        QTest::newRow("bad page") << QStringList{QStringLiteral("FILE"), QStringLiteral("--out"),
                                                 pdf, QStringLiteral("--page"),
                                                 QStringLiteral("A3")}
                                  << 2 << QStringLiteral("A3");
        QTest::newRow("summary of a household")
            << QStringList{QStringLiteral("FILE"), QStringLiteral("--out"), pdf,
                           QStringLiteral("--household"), QStringLiteral("A")}
            << 2 << QStringLiteral("whole group");
        QTest::newRow("unknown household") << QStringList{QStringLiteral("FILE"),
                                                          QStringLiteral("--out"),
                                                          pdf,
                                                          QStringLiteral("--kind"),
                                                          QStringLiteral("forms"),
                                                          QStringLiteral("--household"),
                                                          QStringLiteral("Nobody")}
                                           << 1 << QStringLiteral("Nobody");
        QTest::newRow("missing workshop")
            << QStringList{QStringLiteral("/nonexistent/x.wattelier"), QStringLiteral("--out"), pdf}
            << 1 << QStringLiteral("x.wattelier");
        QTest::newRow("unwritable output")
            << QStringList{QStringLiteral("FILE"), QStringLiteral("--out"),
                           QStringLiteral("/nonexistent/folder/y.pdf")}
            << 1 << QStringLiteral("/nonexistent/folder/y.pdf");
    }

    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        arguments.replaceInStrings(QStringLiteral("FILE"), mFile);
        arguments.replaceInStrings(QStringLiteral("x.pdf"), out(QStringLiteral("x.pdf")));
        const auto r = runCli(QStringList{QStringLiteral("report")} + arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(out(QStringLiteral("x.pdf"))));
    }
};

QTEST_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
