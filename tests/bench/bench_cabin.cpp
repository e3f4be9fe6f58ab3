// SPDX-License-Identifier: GPL-3.0-or-later
// Behind one low-voltage cabin (#23): prints figures, asserts nothing.
// Builds a workshop of 250 households, each with an inventory of catalogue
// appliances and a year of measured quarter hours (8.76 million values), and
// times what a facilitator waits for on it, with the demo workshop beside it:
//  - in this process: opening the workshop file; the group's curves for the
//    year (what the Production and consumption page computes; drawing not
//    counted); the group's peaks for the year; the meeting summary built and
//    written as PDF;
//  - in a fresh process each (so that each peak memory is its own): importing
//    the 250 homes' year from one wide CSV, and the application's window:
//    from main() to the window painted on the opened workshop, switching to
//    the curves and the peaks pages (rebuilt and painted), and the resident
//    memory on every page.
// Usage: bench_cabin [households]   (default 250)
//        bench_cabin --import CSV WORKSHOP   (child: one import)
//        bench_cabin --window WORKSHOP       (child: the window)
// WATTELIER_BENCH_DIR=DIR keeps the workshops and CSVs in a folder under DIR.

#include "benchtiming.h"
#include "core/workshop.h"
#include "demo/demoworkshop.h"
#include "energy/curvespage.h"
#include "energy/localperiods.h"
#include "energy/scenarioevaluation.h"
#include "energy/workshopcurves.h"
#include "gui.h"
#include "inventory/appliancestore.h"
#include "inventory/catalogue.h"
#include "inventory/householdstore.h"
#include "mainwindow.h"
#include "peaks/cabin.h"
#include "peaks/peakspage.h"
#include "peaks/workshoppeaks.h"
#include "report/reportdocument.h"
#include "report/reportpaint.h"
#include "timeseries/seriesimport.h"
#include "timeseries/seriesread.h"
#include "timeseries/seriesstore.h"
#include "workshopview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QPageSize>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <cmath>
#include <cstdio>
#include <random>

using namespace wattelier;
using bench::bestOf;
using bench::peakResidentKb;

namespace {

constexpr int year = 2025;

/*!
 * A household's year: a base load, a morning and an evening peak at times of
 * its own, more in winter; in kWh per quarter hour.
 */
RegularSeries householdYear(std::mt19937 &random, const UtcPeriod &period)
{
    std::uniform_real_distribution<double> base(0.02, 0.08), peak(0.2, 0.8), hour(17.0, 21.5);
    const double baseKwh = base(random), eveningKwh = peak(random), eveningHour = hour(random);
    const double morningHour = eveningHour - 11.0;
    RegularSeries s;
    s.startUtc = period.fromUtc;
    s.intervalS = 900;
    const auto count = std::size_t((period.toUtc - period.fromUtc) / 900);
    s.kwh.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
        const double day = double(i) / 96.0;
        const double hourOfDay = std::fmod(double(i) / 4.0 + 1.0, 24.0); // near Brussels time
        const double winter = 1.0 + 0.4 * std::cos(2 * M_PI * day / 365.0);
        const double evening = std::exp(-std::pow((hourOfDay - eveningHour) / 1.2, 2));
        const double morning = 0.5 * std::exp(-std::pow((hourOfDay - morningHour) / 0.8, 2));
        s.kwh[i] = float(winter * (baseKwh + eveningKwh * (evening + morning)));
    }
    return s;
}

bool buildCabin(const QString &path, int households)
{
    WorkshopError error;
    auto workshop = Workshop::create(path, QStringLiteral("Cabin"), &error);
    if (!workshop)
        return false;
    const QList<CatalogueEntry> &entries = Catalogue::builtIn().entries();
    const UtcPeriod period = periodContaining(PeriodKind::Year, QDate(year, 1, 1));
    std::mt19937 random(23);
    std::uniform_int_distribution<int> applianceCount(12, 22);
    std::uniform_int_distribution<int> pick(0, int(entries.size()) - 1);
    return workshop->runWrites([&] {
        for (int h = 0; h < households; ++h) {
            Household household;
            household.name = QStringLiteral("Home %1").arg(h + 1);
            household.occupants = 1 + h % 5;
            const qint64 id = workshop->households().insert(household);
            const int appliances = applianceCount(random);
            for (int a = 0; a < appliances; ++a) {
                Appliance appliance = entries.at(pick(random)).toAppliance(QStringLiteral("en"));
                appliance.householdId = id;
                if (workshop->appliances().insert(appliance) == 0)
                    return false;
            }
            const RegularSeries data = householdYear(random, period);
            SeriesInfo info;
            info.name = QStringLiteral("Home %1 meter").arg(h + 1);
            info.kind = SeriesKind::Consumption;
            info.householdId = id;
            info.intervalS = data.intervalS;
            info.startUtc = data.startUtc;
            info.valueCount = qint64(data.kwh.size());
            if (id == 0 || workshop->series().insert(info, data) == 0)
                return false;
        }
        return true;
    });
}

/*!
 * \a households homes' year in one wide CSV (time, then one kWh column per
 * home), as a grid operator's export for a cabin looks.
 */
bool writeWideCsv(const QString &path, int households)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const UtcPeriod period = periodContaining(PeriodKind::Year, QDate(year, 1, 1));
    std::mt19937 random(5);
    std::vector<RegularSeries> homes;
    QByteArray header = "time";
    for (int h = 0; h < households; ++h) {
        homes.push_back(householdYear(random, period));
        header += ",home_" + QByteArray::number(h + 1) + "_kwh";
    }
    file.write(header + '\n');
    char cell[24];
    for (std::size_t i = 0; i < homes.front().kwh.size(); ++i) {
        QByteArray row = QDateTime::fromSecsSinceEpoch(period.fromUtc + qint64(i) * 900, Qt::UTC)
                             .toString(Qt::ISODate)
                             .toLatin1();
        for (const RegularSeries &home : homes) {
            const int n = std::snprintf(cell, sizeof cell, ",%.3f", double(home.kwh[i]));
            row.append(cell, n);
        }
        row += '\n';
        file.write(row);
    }
    return file.error() == QFileDevice::NoError;
}

struct Figures
{
    double openMs = 0;
    double curvesMs = 0;
    double peaksMs = 0;
    double summaryMs = 0;
    int summaryPages = 0;
    int households = 0;
    double peakKw = 0;
    double flexibleCurvesMs = 0; //!< the curves with the movable loads (the what-if page's)
    double intoSunMs = 0;
    double offPeakMs = 0;
    double offPeakBeforeKw = 0;
    double offPeakAfterKw = 0;
    std::size_t flexibleLoads = 0;
};

Figures measure(const QString &path, const QString &pdfPath)
{
    Figures f;
    WorkshopError error;
    f.openMs = bestOf(3, [&] { Workshop::open(path, &error); });
    const auto workshop = Workshop::open(path, &error);
    f.households = int(workshop->households().all().size());
    CurveOptions curves;
    curves.year = year;
    f.curvesMs = bestOf(3, [&] { workshopCurves(*workshop, curves); });
    const UtcPeriod period = periodContaining(PeriodKind::Year, QDate(year, 1, 1));
    f.peaksMs = bestOf(3, [&] {
        const auto peaks = workshopPeaks(*workshop, {period.fromUtc, period.toUtc, {}});
        f.peakKw = peaks ? peaks->figures.peakKw : 0;
    });
    // The what-if page: the movable loads, then each objective of the shift.
    WorkshopCurves withLoads;
    CurveOptions flexible = curves;
    flexible.flexibleLoads = true;
    f.flexibleCurvesMs = bestOf(2, [&] { withLoads = workshopCurves(*workshop, flexible); });
    f.flexibleLoads = withLoads.flexible.size();
    const std::optional<double> threshold = cabinOf(*workshop).thresholdKw();
    Scenario intoSun;
    f.intoSunMs = bestOf(2, [&] { evaluateScenario(withLoads, intoSun, std::nullopt, threshold); });
    Scenario offPeak;
    offPeak.shiftObjective = ShiftObjective::AwayFromPeak;
    f.offPeakMs = bestOf(2, [&] {
        const ScenarioResult r = evaluateScenario(withLoads, offPeak, std::nullopt, threshold);
        f.offPeakBeforeKw = r.todayPeak.peakKw;
        f.offPeakAfterKw = r.scenarioPeak.peakKw;
    });
    withLoads = {};
    f.summaryMs = bestOf(2, [&] {
        ReportDocument report = buildReport(*workshop, ReportRequest{});
        f.summaryPages = writeReportPdf(*report.document, pdfPath, QPageSize(QPageSize::A4),
                                        report.title, report.decoration)
                             .valueOr(0);
    });
    return f;
}

/*! Child: one import of \a csv into \a workshopPath; prints "key value" lines. */
int importChild(const QString &csv, const QString &workshopPath)
{
    WorkshopError error;
    const auto workshop = Workshop::open(workshopPath, &error);
    if (!workshop)
        return 1;
    const long before = peakResidentKb();
    QElapsedTimer timer;
    timer.start();
    const ParseResult parsed = readSeriesFile(csv, ReadOptions{}, ParseContext{});
    const long parsedKb = peakResidentKb();
    const auto stored = parsed.ok() ? storeSeries(*workshop, parsed, ImportTarget{})
                                    : Outcome<QList<SeriesInfo>>::refused(QString());
    const double ms = timer.nsecsElapsed() / 1e6;
    if (!stored) {
        std::fprintf(stderr, "import failed: %s %s\n",
                     qPrintable(parsed.problem ? parsed.problem->toString() : QString()),
                     qPrintable(stored.error()));
        return 1;
    }
    std::printf("import_ms %.1f\nseries %lld\nbefore_kb %ld\nparsed_peak_kb %ld\npeak_kb %ld\n", ms,
                static_cast<long long>(stored->size()), before, parsedKb, peakResidentKb());
    return 0;
}

/*! Child: the window on \a workshopPath, each page shown and painted; prints "key value" lines. */
int windowChild(const QElapsedTimer &sinceMain, QApplication &application,
                const QString &workshopPath)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Wattelier"));
    QCoreApplication::setApplicationName(QStringLiteral("wattelier-bench"));
    QStandardPaths::setTestModeEnabled(true);
    app::prepareGuiApplication(application);
    ui::MainWindow window;
    window.resize(1366, 768);
    window.show();
    if (!window.openWorkshop(workshopPath) || !QTest::qWaitForWindowExposed(&window))
        return 1;
    window.grab(); // laid out and painted once
    std::printf("painted_ms %.1f\n", sinceMain.nsecsElapsed() / 1e6);
    long largestKb = bench::statusKb("VmRSS");
    ui::WorkshopView *view = window.workshopView();
    for (int page = 0; page < ui::WorkshopView::PageCount; ++page) {
        QElapsedTimer timer;
        timer.start();
        view->showPage(ui::WorkshopView::Page(page));
        window.grab();
        const double ms = timer.nsecsElapsed() / 1e6;
        if (page == ui::WorkshopView::Curves)
            std::printf("curves_page_ms %.1f\n", ms);
        if (page == ui::WorkshopView::Peaks)
            std::printf("peaks_page_ms %.1f\n", ms);
        const long rssKb = bench::statusKb("VmRSS");
        std::fprintf(stderr, "  %s: %.1f ms, resident %.1f MB\n",
                     qPrintable(ui::WorkshopView::pageTitle(ui::WorkshopView::Page(page))), ms,
                     rssKb / 1024.0);
        largestKb = std::max(largestKb, rssKb);
    }
    std::printf("largest_rss_kb %ld\npeak_kb %ld\n", largestKb, peakResidentKb());
    return 0;
}

/*! Runs this program as a child with \a arguments; its "key value" lines. */
QMap<QString, double> runChild(const QStringList &arguments)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), arguments);
    QMap<QString, double> figures;
    if (!child.waitForFinished(600'000) || child.exitCode() != 0) {
        std::fprintf(stderr, "bench child %s failed\n",
                     qPrintable(arguments.join(QLatin1Char(' '))));
        return figures;
    }
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 2)
            figures.insert(QString::fromLatin1(parts[0]), parts[1].toDouble());
    }
    return figures;
}

void printRow(const char *what, double cabin, double demo, const char *target)
{
    std::printf("%-52s %10.1f %10.1f %10s\n", what, cabin, demo, target);
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const QByteArray mode = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    if (mode == "--import" && argc == 4) {
        QCoreApplication application(argc, argv);
        return importChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    QApplication application(argc, argv);
    if (mode == "--window" && argc == 3)
        return windowChild(sinceMain, application, QString::fromLocal8Bit(argv[2]));
    const int households = argc > 1 ? mode.toInt() : 250;
    QTemporaryDir dir(qEnvironmentVariable("WATTELIER_BENCH_DIR", QDir::tempPath()) +
                      QStringLiteral("/bench_cabin-XXXXXX"));
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("WATTELIER_BENCH_DIR"));

    const QString demoPath = dir.filePath(QStringLiteral("demo.wattelier"));
    WorkshopError error;
    if (!writeDemoWorkshop(demoPath, Catalogue::builtIn(), &error))
        return 1;
    const Figures demo = measure(demoPath, dir.filePath(QStringLiteral("demo.pdf")));
    const long demoResidentKb = peakResidentKb();

    const QString cabinPath = dir.filePath(QStringLiteral("cabin.wattelier"));
    QElapsedTimer building;
    building.start();
    if (!buildCabin(cabinPath, households)) {
        std::fprintf(stderr, "could not build the cabin workshop\n");
        return 1;
    }
    std::printf("Built a cabin workshop of %d households with a measured year each in %.1f s "
                "(%.1f MB)\n",
                households, building.elapsed() / 1000.0, QFile(cabinPath).size() / 1e6);
    const Figures cabin = measure(cabinPath, dir.filePath(QStringLiteral("cabin.pdf")));
    const long computeResidentKb = peakResidentKb();

    // The import: the cabin's homes, and the demo's 18 households beside it.
    const QString cabinCsv = dir.filePath(QStringLiteral("cabin.csv"));
    const QString demoCsv = dir.filePath(QStringLiteral("demo.csv"));
    if (!writeWideCsv(cabinCsv, households) || !writeWideCsv(demoCsv, demo.households))
        return 1;
    const auto importInto = [&](const QString &csv, const QString &name) {
        const QString target = dir.filePath(name);
        QFile::remove(target);
        QFile::copy(demoPath, target);
        return runChild({QStringLiteral("--import"), csv, target});
    };
    const auto cabinImport = importInto(cabinCsv, QStringLiteral("import-cabin.wattelier"));
    const auto demoImport = importInto(demoCsv, QStringLiteral("import-demo.wattelier"));
    const auto cabinWindow = runChild({QStringLiteral("--window"), cabinPath});
    const auto demoWindow = runChild({QStringLiteral("--window"), demoPath});

    std::printf("(the wide CSV: %.1f MB for %d homes; %.1f MB for %d)\n\n",
                QFile(cabinCsv).size() / 1e6, households, QFile(demoCsv).size() / 1e6,
                demo.households);
    std::printf("%-52s %10s %10s %10s\n", "best of runs, ms (memory in MB)", "cabin", "demo",
                "target");
    printRow("open the workshop, from main() to the painted window",
             cabinWindow.value(QStringLiteral("painted_ms")),
             demoWindow.value(QStringLiteral("painted_ms")), "1000");
    printRow("switch to the curves page (group, a year), painted",
             cabinWindow.value(QStringLiteral("curves_page_ms")),
             demoWindow.value(QStringLiteral("curves_page_ms")), "300");
    printRow("  the group's curves for the year, computed", cabin.curvesMs, demo.curvesMs, "");
    printRow("the group's peaks for the year, computed", cabin.peaksMs, demo.peaksMs, "200");
    printRow("  switch to the peaks page, painted",
             cabinWindow.value(QStringLiteral("peaks_page_ms")),
             demoWindow.value(QStringLiteral("peaks_page_ms")), "");
    printRow("meeting summary, built and written as PDF", cabin.summaryMs, demo.summaryMs, "1500");
    printRow("what if: the curves with the movable loads", cabin.flexibleCurvesMs,
             demo.flexibleCurvesMs, "");
    printRow("  flexible appliances moved into the sun", cabin.intoSunMs, demo.intoSunMs, "");
    printRow("  flexible appliances moved off the group's peak", cabin.offPeakMs, demo.offPeakMs,
             "");
    printRow("import the homes' year from one wide CSV",
             cabinImport.value(QStringLiteral("import_ms")),
             demoImport.value(QStringLiteral("import_ms")), "3000");
    printRow("  peak resident memory of that import, MB",
             cabinImport.value(QStringLiteral("peak_kb")) / 1024.0,
             demoImport.value(QStringLiteral("peak_kb")) / 1024.0, "150");
    printRow("the window's resident memory, largest over the pages, MB",
             cabinWindow.value(QStringLiteral("largest_rss_kb")) / 1024.0,
             demoWindow.value(QStringLiteral("largest_rss_kb")) / 1024.0, "250");
    printRow("  the window's peak resident memory, MB",
             cabinWindow.value(QStringLiteral("peak_kb")) / 1024.0,
             demoWindow.value(QStringLiteral("peak_kb")) / 1024.0, "");
    printRow("open the workshop file alone", cabin.openMs, demo.openMs, "");
    printRow("this process's peak memory after computing, MB", computeResidentKb / 1024.0,
             demoResidentKb / 1024.0, "");
    std::printf("\n(households: cabin %d, demo %d; summary pages: cabin %d, demo %d; peak of the "
                "group: cabin %.1f kW, demo %.1f kW)\n",
                cabin.households, demo.households, cabin.summaryPages, demo.summaryPages,
                cabin.peakKw, demo.peakKw);
    std::printf("(moving the flexible appliances off the peak: cabin %zu appliances, %.1f → %.1f "
                "kW; demo %zu appliances, %.1f → %.1f kW)\n",
                cabin.flexibleLoads, cabin.offPeakBeforeKw, cabin.offPeakAfterKw,
                demo.flexibleLoads, demo.offPeakBeforeKw, demo.offPeakAfterKw);
    return 0;
}
