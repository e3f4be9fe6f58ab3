// SPDX-License-Identifier: GPL-3.0-or-later
// Printed documents (#8): what the meeting summary, the household sheets and
// the blank forms say, read back from the PDF's text layer in English and
// French, and that an anonymous document names no household.

#include "challenge/challengestore.h"
#include "core/units.h"
#include "demo/demoworkshop.h"
#include "energy/localperiods.h"
#include "energy/workshopcurves.h"
#include "energy/workshoptariff.h"
#include "inventory/appliancestore.h"
#include "inventory/catalogue.h"
#include "inventory/household.h"
#include "inventory/householdstore.h"
#include "inventory/inventorytotals.h"
#include "pdftext.h"
#include "peaks/cabin.h"
#include "report/reportdocument.h"
#include "report/reportlanguage.h"
#include "report/reportsections.h"
#include "sharing/membersharing.h"
#include "sharing/sharingscenariostore.h"
#include "testsupport.h"
#include "wattmeter/wattmeterreadingstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QUndoStack>

using namespace wattelier;
using test::pdfText;
using test::plain;

class TestReports : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDir;
    std::unique_ptr<Workshop> mDemo;

    /*! Writes \a request's document to a PDF in the temporary folder; its path. */
    QString write(const ReportRequest &request, const QString &name,
                  const QPageSize &size = QPageSize(QPageSize::A4))
    {
        ReportDocument report = buildReport(*mDemo, request);
        if (!report.document) {
            QTest::qFail(qPrintable(report.error), __FILE__, __LINE__);
            return {};
        }
        const QString path = mDir.filePath(name);
        const auto pages =
            writeReportPdf(*report.document, path, size, report.title, report.decoration);
        if (!pages)
            QTest::qFail(qPrintable(pages.error()), __FILE__, __LINE__);
        return path;
    }

    QStringList householdNames() const
    {
        QStringList names;
        for (const Household &h : mDemo->households().all())
            names.append(h.name);
        return names;
    }

    /*! A fixed request: a meeting on 2 December 2026, every section, the year 2025. */
    static ReportRequest summaryRequest()
    {
        ReportRequest request;
        request.today = QDate(2026, 12, 2);
        request.settings.notes = QStringLiteral("Next meeting: bring the wattmeters back.");
        return request;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        WorkshopError error;
        const QString path = mDir.filePath(QStringLiteral("demo.wattelier"));
        QVERIFY2(writeDemoWorkshop(path, Catalogue::builtIn(), &error), qPrintable(error.message));
        mDemo = Workshop::open(path, &error);
        QVERIFY(mDemo);
    }

    void summarySaysTheGroupsFigures_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("heading"); // written here, not looked up: a missing
        QTest::addColumn<QString>("rate");    // translation must fail the test
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Wattmeter surprises")
                            << QStringLiteral("Self-consumption");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Surprises du wattmètre")
                            << QStringLiteral("Autoconsommation");
    }

    void summarySaysTheGroupsFigures()
    {
        QFETCH(QString, language);
        QFETCH(QString, heading);
        QFETCH(QString, rate);
        const ReportLanguage scope(language);
        QVERIFY(scope.isValid());
        const QString path =
            write(summaryRequest(), QStringLiteral("summary-%1.pdf").arg(language));
        const QString text = pdfText(path);

        QVERIFY(text.contains(mDemo->name()));
        QVERIFY2(text.contains(heading), qPrintable(text.left(400)));
        QVERIFY(text.contains(rate));
        QVERIFY(text.contains(QStringLiteral("Next meeting: bring the wattmeters back.")));
        // (The figures themselves: summaryOfAHandMadeGroup.)
        // The meeting date in words, in the document's language.
        QVERIFY(text.contains(plain(longDate(QDate(2026, 12, 2)))));
    }

    // A group whose figures are computed by hand (#19). Inventory: a fridge of
    // 100 W running 9.5 h a day (100 × 9.5 × 365 / 1000 = 346.75 kWh) and one
    // running 4 h a day (146 kWh): 492.75, printed "493 kWh". Energy, six hours
    // of 21 June 2025: the panels produce 0, 0, 2, 4, 3, 0 kWh and the two
    // households use 1 kWh an hour together, so 0, 0, 1, 1, 1, 0 = 3 kWh are
    // used on the spot: self-consumption 3/9 = 33 %, self-sufficiency 3/6 = 50 %.
    void summaryOfAHandMadeGroup()
    {
        QTemporaryDir dir;
        auto workshop = test::createWorkshop(dir);
        const qint64 start = QDateTime(QDate(2025, 6, 21), QTime(8, 0), Qt::UTC).toSecsSinceEpoch();
        const auto hourly = [start](std::vector<float> kwh) {
            RegularSeries s;
            s.startUtc = start;
            s.intervalS = 3600;
            s.kwh = std::move(kwh);
            return s;
        };
        test::storeSeries(*workshop, QStringLiteral("Roof"), SeriesKind::Production, 0,
                          hourly({0, 0, 2, 4, 3, 0}));
        const double hours[] = {9.5, 4.0};
        for (int i = 0; i < 2; ++i) {
            Household h;
            h.name = QStringLiteral("Family %1").arg(i);
            h.pseudonymCode = pseudonymCode(i);
            const qint64 id = workshop->households().insert(h);
            Appliance fridge = test::sampleAppliance(id);
            fridge.hoursPerDay = hours[i];
            workshop->appliances().insert(fridge);
            test::storeSeries(*workshop, QStringLiteral("Meter %1").arg(i), SeriesKind::Consumption,
                              id, hourly({0.5f, 0.5f, 0.5f, 0.5f, 0.5f, 0.5f}));
        }
        ReportRequest request = summaryRequest();
        request.settings.energyPeriod = PeriodKind::Day;
        request.settings.energyDate = QDate(2025, 6, 21);
        ReportDocument report = buildReport(*workshop, request);
        QVERIFY2(report.document, qPrintable(report.error));
        const QString path = mDir.filePath(QStringLiteral("hand-made.pdf"));
        const auto pages = writeReportPdf(*report.document, path, QPageSize(QPageSize::A4),
                                          report.title, report.decoration);
        QVERIFY2(pages && *pages > 0, qPrintable(pages.error()));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("493 kWh")), qPrintable(text.left(1500)));
        QVERIFY2(text.contains(QStringLiteral("33 %")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("50 %")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("9 kWh")), qPrintable(text));
    }

    void anonymousSummaryNamesNoHousehold()
    {
        const QString text = pdfText(write(summaryRequest(), QStringLiteral("anonymous.pdf")));
        QVERIFY(!text.isEmpty());
        for (const QString &name : householdNames())
            QVERIFY2(!text.contains(name), qPrintable(name));
        QVERIFY(!text.contains(QStringLiteral("Household A")));
    }

    void namesOnlyWhenAsked()
    {
        ReportRequest request = summaryRequest();
        request.showNames = true;
        const QString text = pdfText(write(request, QStringLiteral("names.pdf")));
        int shown = 0;
        for (const QString &name : householdNames())
            shown += text.contains(name) ? 1 : 0;
        QVERIFY2(shown >= 3, qPrintable(QString::number(shown)));
    }

    void onlyTheChosenSections()
    {
        ReportRequest request = summaryRequest();
        request.settings.sections = {ReportSection::KeyFigures, ReportSection::Notes};
        const QString path = write(request, QStringLiteral("sections.pdf"));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("The group in figures")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Next meeting")));
        QVERIFY(!text.contains(QStringLiteral("Wattmeter surprises")));
        QVERIFY(!text.contains(QStringLiteral("Inventory by category")));
        QVERIFY(!text.contains(QStringLiteral("What if")));
        QCOMPARE(test::pdfPages(path), 1);
    }

    // The peaks section (#23) joins the default choice once the cabin is described;
    // its caption names the threshold, 20 kVA × 0.95 = 19 kW.
    void peaksOnceTheCabinIsDescribed()
    {
        QVERIFY(!reportSettings(*mDemo).has(ReportSection::Peaks));
        QVERIFY(setCabin(*mDemo, Cabin{20.0, 0.95}).isEmpty());
        QVERIFY(reportSettings(*mDemo).has(ReportSection::Peaks));
        ReportRequest request = summaryRequest();
        request.settings.sections = {ReportSection::Peaks};
        const QString path = write(request, QStringLiteral("peaks.pdf"));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("Peaks behind the cabin: 2025")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("the cabin's 19 kW")), qPrintable(text));
        for (const QString &name : householdNames())
            QVERIFY2(!text.contains(name), qPrintable(name));
        mDemo->undoStack()->undo(); // the other tests' demo has no cabin
        QVERIFY(!cabinOf(*mDemo).kva);
    }

    // The sharing section (#22) joins the default choice once a key is saved: the
    // demo's three keys, with what each shares, and no household named.
    void sharingOnceAKeyIsSaved()
    {
        QTemporaryDir dir;
        auto blank = test::createWorkshop(dir);
        QVERIFY(!reportSettings(*blank).has(ReportSection::Sharing));
        QVERIFY(reportSettings(*mDemo).has(ReportSection::Sharing));
        ReportRequest request = summaryRequest();
        request.settings.sections = {ReportSection::Sharing};
        const QString path = write(request, QStringLiteral("sharing.pdf"));
        const QString text = pdfText(path).simplified();
        QVERIFY2(text.contains(QStringLiteral("Sharing the sun: 2025")), qPrintable(text));
        for (const char *key : {"Equal shares", "Pro rata", "Household C first, for free"})
            QVERIFY2(text.contains(QLatin1String(key)), key);
        QVERIFY2(text.contains(QStringLiteral("without gain")), qPrintable(text));
        for (const QString &name : householdNames())
            QVERIFY2(!text.contains(name), qPrintable(name));
    }

    void settingsAreKeptInTheWorkshop()
    {
        QTemporaryDir dir;
        auto workshop = test::createWorkshop(dir);
        QCOMPARE(reportSettings(*workshop), ReportSettings()); // nothing saved: every section
        ReportSettings settings;
        settings.sections.clear(); // an empty choice is a choice
        settings.meetingDate = QDate(2026, 12, 2);
        settings.energyPeriod = PeriodKind::Week;
        settings.energyDate = QDate(2025, 6, 21);
        settings.notes = QStringLiteral("Line one\nLine two, with a comma");
        settings.language = QStringLiteral("nl");
        QVERIFY(saveReportSettings(*workshop, settings));
        const QString path = workshop->filePath();
        workshop.reset();
        WorkshopError error;
        workshop = Workshop::open(path, &error);
        QCOMPARE(reportSettings(*workshop), settings);
    }

    void householdSheetIsForThatHouseholdOnly()
    {
        const std::optional<Household> c = findHousehold(*mDemo, QStringLiteral("C"));
        QVERIFY(c);
        ReportRequest request;
        request.kind = ReportKind::HouseholdSheet;
        request.householdId = c->id;
        // Table cells wrap long names: compare with every run of white space made one space.
        const QString text = pdfText(write(request, QStringLiteral("sheet-c.pdf"))).simplified();
        QVERIFY(text.contains(QStringLiteral("Household C")));
        for (const Appliance &appliance : mDemo->appliances().forHousehold(c->id))
            QVERIFY2(text.contains(appliance.name.simplified()), qPrintable(appliance.name));
        for (const Household &other : mDemo->households().all()) {
            QVERIFY2(!text.contains(other.name), qPrintable(other.name)); // not even its own
            if (other.id != c->id)
                QVERIFY2(!text.contains(pseudonym(other) + QLatin1Char(' ')),
                         qPrintable(pseudonym(other)));
        }
        // The group's average household, for comparison.
        const ReadingsByAppliance readings = mDemo->wattmeterReadings().byAppliance();
        const InventoryTotals group = inventoryTotals(mDemo->appliances().all(), &readings);
        QVERIFY(text.contains(plain(units::kwh(group.kwhPerYear / mDemo->households().count()))));

        // Its own result under each of the demo's sharing keys (#22), the year of the
        // curves: its € gain and its shared kWh, as the keys give them to it alone.
        QVERIFY2(text.contains(QStringLiteral("Sharing the sun, 2025")), qPrintable(text));
        const UtcPeriod year = periodContaining(PeriodKind::Year, QDate(2025, 1, 1));
        auto inputs = sharingInputs(*mDemo, year.fromUtc, year.toUtc);
        QVERIFY(inputs.ok());
        const QList<SharingScenario> keys = mDemo->sharingScenarios().all();
        const QList<SharingResult> results = runScenarios(*inputs, keys, workshopTariff(*mDemo));
        std::size_t own = 0;
        while (inputs->members[own].householdId != c->id)
            ++own;
        QSet<QString> gains;
        for (qsizetype k = 0; k < keys.size(); ++k) {
            const MemberSharing &m = results.at(k).members[own];
            const QString gain =
                plain(QLocale().toString(m.gainEur, 'f', 2) + QStringLiteral(" €"));
            const QString shared = plain(units::kwh(m.sharedWh / 1000.0));
            QVERIFY2(text.contains(shared), qPrintable(shared));
            QVERIFY2(text.contains(gain), qPrintable(gain));
            for (std::size_t i = 0; i < inputs->members.size(); ++i)
                if (i != own)
                    gains.insert(
                        plain(QLocale().toString(results.at(k).members[i].gainEur, 'f', 2) +
                              QStringLiteral(" €")));
        }
        // No other member's gain is on C's sheet (unless C's own is the same figure).
        for (qsizetype k = 0; k < keys.size(); ++k)
            gains.remove(plain(QLocale().toString(results.at(k).members[own].gainEur, 'f', 2) +
                               QStringLiteral(" €")));
        QVERIFY(gains.size() > 10);
        for (const QString &other : gains)
            QVERIFY2(!text.contains(other), qPrintable(other));
    }

    // A batch of sheets computes the keys once (ReportRequest::sharing): the same
    // figures as a sheet made alone.
    void householdSheetsShareOneComputation()
    {
        const std::optional<Household> c = findHousehold(*mDemo, QStringLiteral("C"));
        ReportRequest request;
        request.kind = ReportKind::HouseholdSheet;
        request.householdId = c->id;
        const QString alone = pdfText(write(request, QStringLiteral("sheet-c-alone.pdf")));
        request.sharing = std::make_shared<SharingByMember>(
            sharingByMember(*mDemo, 2025, workshopTariff(*mDemo)));
        QCOMPARE(request.sharing->byHousehold.size(), mDemo->households().count());
        QCOMPARE(request.sharing->byHousehold.value(c->id).size(), 3);
        QCOMPARE(pdfText(write(request, QStringLiteral("sheet-c-batch.pdf"))), alone);
        // A workshop without a key: no sharing on the sheet.
        QTemporaryDir dir;
        auto blank = test::createWorkshop(dir);
        QVERIFY(sharingByMember(*blank, 2025, Tariff{}).byHousehold.isEmpty());
    }

    // A participant that is not a household (#22): its sheet has no "at home" and
    // no average household to compare with; and between two homes the group's
    // average is not printed, since with one's own total it gives the other's away.
    void participantsAndTwoHomes()
    {
        QTemporaryDir dir;
        auto workshop = test::createWorkshop(dir);
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i) {
            Household h;
            h.name = QStringLiteral("Member %1").arg(i);
            h.pseudonymCode = pseudonymCode(i);
            h.kind = i == 2 ? HouseholdKind::OtherParticipant : HouseholdKind::Home;
            ids.append(workshop->households().insert(h));
            workshop->appliances().insert(test::sampleAppliance(ids.last()));
        }
        const auto sheetOf = [&](qint64 id) {
            ReportRequest request;
            request.kind = ReportKind::HouseholdSheet;
            request.householdId = id;
            ReportDocument report = buildReport(*workshop, request);
            return report.document ? report.document->toPlainText() : report.error;
        };
        const QString participant = sheetOf(ids.at(2));
        QVERIFY2(participant.contains(QStringLiteral("Participant C")), qPrintable(participant));
        QVERIFY(participant.contains(QStringLiteral("For this participant only.")));
        QVERIFY(!participant.contains(QStringLiteral("at home")));
        QVERIFY(!participant.contains(QStringLiteral("Compared with the group")));
        const QString home = sheetOf(ids.at(0));
        QVERIFY(home.contains(QStringLiteral("Compared with the group")));
        QVERIFY2(home.contains(QStringLiteral("shown from 3 households")), qPrintable(home));
        QVERIFY(!home.contains(QStringLiteral("Average household of the group")));
    }

    void householdSheetNeedsAKnownHousehold()
    {
        ReportRequest request;
        request.kind = ReportKind::HouseholdSheet;
        ReportDocument none = buildReport(*mDemo, request);
        QVERIFY(!none.document);
        QVERIFY(!none.error.isEmpty());
        request.householdId = 987654;
        ReportDocument unknown = buildReport(*mDemo, request);
        QVERIFY(!unknown.document);
        QVERIFY(!unknown.error.isEmpty());
    }

    void findHouseholdByNamePseudonymOrLetter()
    {
        const Household first = mDemo->households().all().first();
        QCOMPARE(findHousehold(*mDemo, first.name)->id, first.id);
        QCOMPARE(findHousehold(*mDemo, pseudonym(first))->id, first.id);
        QCOMPARE(findHousehold(*mDemo, first.pseudonymCode)->id, first.id);
        QVERIFY(!findHousehold(*mDemo, QStringLiteral("Nobody")));
        QCOMPARE(householdSheetFileName(first), pseudonym(first) + QStringLiteral(".pdf"));
    }

    void blankFormsOnePageEach_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("forHousehold");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("en, household D")
            << QStringLiteral("en") << true
            << QStringList{QStringLiteral("Our appliances"), QStringLiteral("Wattmeter log"),
                           QStringLiteral("Weekly meter readings")};
        QTest::newRow("en, blank")
            << QStringLiteral("en") << false
            << QStringList{QStringLiteral("Our appliances"), QStringLiteral("Wattmeter log"),
                           QStringLiteral("Weekly meter readings")};
        QTest::newRow("fr, household D")
            << QStringLiteral("fr") << true
            << QStringList{QStringLiteral("Nos appareils"), QStringLiteral("wattmètre"),
                           QStringLiteral("compteur")};
    }

    void blankFormsOnePageEach()
    {
        QFETCH(QString, language);
        QFETCH(bool, forHousehold);
        QFETCH(QStringList, titles);
        const ReportLanguage scope(language);
        ReportRequest request;
        request.kind = ReportKind::BlankForms;
        const std::optional<Household> d = findHousehold(*mDemo, QStringLiteral("D"));
        if (forHousehold)
            request.householdId = d->id;
        const QString path =
            write(request, QStringLiteral("forms-%1-%2.pdf").arg(language).arg(forHousehold));
        QCOMPARE(test::pdfPages(path), 3);
        const Challenge challenge = mDemo->challenges().challenges().first();
        for (int page = 1; page <= 3; ++page) {
            const QString text = pdfText(path, page);
            QVERIFY2(text.contains(titles.at(page - 1), Qt::CaseInsensitive),
                     qPrintable(text.left(200)));
            QVERIFY(text.contains(mDemo->name()));
            QCOMPARE(text.contains(plain(pseudonym(*d))), forHousehold);
            QVERIFY(!text.contains(d->name));
        }
        // The meter card has the challenge's reading dates printed.
        const QString card = pdfText(path, 3);
        for (int week = 0; week <= challenge.weeks; ++week)
            QVERIFY(card.contains(plain(QLocale().toString(challenge.start.addDays(7 * week),
                                                           QStringLiteral("ddd d MMM")))));
    }

    void letterPaperAndVectorCharts()
    {
        const QString path =
            write(summaryRequest(), QStringLiteral("letter.pdf"), QPageSize(QPageSize::Letter));
        QCOMPARE(test::pdfPageSize(path), QStringLiteral("612 x 792"));
        QVERIFY(test::pdfPageSize(write(summaryRequest(), QStringLiteral("a4.pdf")))
                    .startsWith(QStringLiteral("595")));
        QCOMPARE(test::pdfImageCount(path), 0); // charts are drawn, not pasted as pictures
    }

    void headingsNeverEndAPage()
    {
        QStringList headings;
        for (ReportSection section : allReportSections())
            headings.append(label(section));
        headings << QStringLiteral("Compared with the group") << QStringLiteral("Your appliances")
                 << QStringLiteral("Your wattmeter readings");
        ReportRequest sheet;
        sheet.kind = ReportKind::HouseholdSheet;
        for (const Household &h : mDemo->households().all().mid(0, 6)) {
            sheet.householdId = h.id;
            const QString path = write(sheet, QStringLiteral("sheet-%1.pdf").arg(h.pseudonymCode));
            for (int page = 1; page <= test::pdfPages(path); ++page) {
                QStringList lines =
                    pdfText(path, page).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                lines.removeIf([](const QString &line) {
                    return line.startsWith(QStringLiteral("Wattelier ·")) ||
                           line.startsWith(QStringLiteral("Page ")) || line.trimmed().isEmpty() ||
                           line.startsWith(QChar(0x000C));
                });
                QVERIFY(!lines.isEmpty());
                QVERIFY2(!headings.contains(lines.last().trimmed()), qPrintable(lines.last()));
            }
        }
    }

    void unwritableFileChangesNothing()
    {
        ReportDocument report = buildReport(*mDemo, summaryRequest());
        const QString path = mDir.filePath(QStringLiteral("no-such-folder/summary.pdf"));
        const auto pages = writeReportPdf(*report.document, path, QPageSize(QPageSize::A4),
                                          report.title, report.decoration);
        QVERIFY(!pages);
        QVERIFY2(pages.error().contains(QStringLiteral("summary.pdf")), qPrintable(pages.error()));
        QVERIFY(!QFile::exists(path));
    }

    void emptyWorkshopStillPrints()
    {
        QTemporaryDir dir;
        auto empty = test::createWorkshop(dir);
        ReportRequest request;
        ReportDocument report = buildReport(*empty, request);
        QVERIFY(report.document);
        const QString text = report.document->toPlainText();
        QVERIFY(text.contains(QStringLiteral("No appliances in the inventory yet.")));
        QVERIFY(text.contains(QStringLiteral("No challenge yet.")));
        request.kind = ReportKind::BlankForms;
        QVERIFY(buildReport(*empty, request)
                    .document->toPlainText()
                    .contains(QStringLiteral("Read your meter once a week")));
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
