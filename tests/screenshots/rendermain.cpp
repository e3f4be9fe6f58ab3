// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the README's screenshots: the main window's pages on the demo
// workshop at 1366×768 and at 1024×768, slides, dialogs, in the language given.
// Usage: render_screenshots OUTPUT_FOLDER [fr|nl|en]
// (run by packaging/render-screenshots.sh under QT_QPA_PLATFORM=offscreen)

#include "challenge/challengepage.h"
#include "core/workshop.h"
#include "energy/balancechart.h"
#include "energy/curvespage.h"
#include "energy/whatifpage.h"
#include "exchangeshots.h"
#include "gui.h"
#include "help/helpwindow.h"
#include "householdshots.h"
#include "inventory/appliancepanel.h"
#include "inventory/householdpanel.h"
#include "inventory/householdstore.h"
#include "inventory/inventorypage.h"
#include "languagesetting.h"
#include "mainwindow.h"
#include "peaks/peakspage.h"
#include "presentation/slidecontent.h"
#include "presentation/slidestore.h"
#include "presentation/slideview.h"
#include "recentfiles.h"
#include "report/reportdialog.h"
#include "sharing/sharingpage.h"
#include "spreadsheetview.h"
#include "timeseries/datapage.h"
#include "timeseries/importdialog.h"
#include "timeseries/seriesimport.h"
#include "wattmeter/comparisonpage.h"
#include "workshopview.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace wattelier;

namespace {

bool save(QWidget &window, const QString &path)
{
    QTest::qWait(50); // let layouts and charts settle
    // Every screen must fit a common laptop: a wider minimum would grow the window.
    if (window.width() > 1366 || window.height() > 768)
        QTextStream(stderr) << "too large for 1366×768: " << window.width() << "×"
                            << window.height() << ' ' << path << '\n';
    const bool ok = window.grab().save(path) && window.width() <= 1366 && window.height() <= 768;
    QTextStream(stderr) << (ok ? "wrote " : "could not write ") << path << '\n';
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Wattelier"));
    QCoreApplication::setApplicationName(QStringLiteral("wattelier-screenshots"));
    // Keep the user's own settings and demo out of it.
    QStandardPaths::setTestModeEnabled(true);
    const QStringList arguments = application.arguments();
    if (arguments.size() < 2) {
        QTextStream(stderr) << "usage: render_screenshots OUTPUT_FOLDER [fr|nl|en]\n";
        return 2;
    }
    const QString outFolder = arguments.at(1);
    const QString language = arguments.value(2, QStringLiteral("fr"));
    ui::setChosenLanguageCode(language);
    app::prepareGuiApplication(application);
    QDir().mkpath(outFolder);
    QFile::remove(ui::MainWindow::demoWorkshopPath());

    // A plausible list of recent workshops for the welcome screen.
    QTemporaryDir documents;
    const QString folder = documents.path() + QStringLiteral("/Ateliers");
    QDir().mkpath(folder);
    ui::RecentFiles recent;
    recent.clear();
    for (const char *name :
         {"Rue des Tilleuls 2026", "École Sainte-Anne", "Cabine Coin du Balai"}) {
        const QString path =
            folder + QLatin1Char('/') + QString::fromUtf8(name) + QStringLiteral(".wattelier");
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        recent.add(path);
    }

    ui::MainWindow window;
    window.resize(1366, 768);
    window.show();
    bool ok = save(window, outFolder + QStringLiteral("/welcome-%1.png").arg(language));

    if (!window.openDemoWorkshop())
        return 1;
    // Household A borrowed a wattmeter: its fridge-freezer has a reading.
    window.workshopView()->inventory()->households()->selectHousehold(1);
    QTableView *appliances = window.workshopView()->inventory()->appliances()->tableView();
    appliances->setFocus();
    appliances->selectRow(0);
    ok = save(window, outFolder + QStringLiteral("/inventory-%1.png").arg(language)) && ok;
    window.workshopView()->showPage(ui::WorkshopView::Comparison);
    ok = save(window, outFolder + QStringLiteral("/comparison-%1.png").arg(language)) && ok;
    window.workshopView()->showPage(ui::WorkshopView::Challenge);
    ok = save(window, outFolder + QStringLiteral("/challenge-%1.png").arg(language)) && ok;
    if (auto *details = window.workshopView()->challenge()->findChild<QTabWidget *>()) {
        details->setCurrentIndex(1); // household by household
        ok = save(window,
                  outFolder + QStringLiteral("/challenge-households-%1.png").arg(language)) &&
             ok;
    }
    // Production against consumption: a sunny June day, a grey November week, the
    // average day of June, the months; then the "what if" scenarios.
    ui::WorkshopView *view = window.workshopView();
    ui::CurvesPage *curves = view->curves();
    view->showPage(ui::WorkshopView::Curves);
    curves->showPeriod(PeriodKind::Day, QDate(2025, 6, 24));
    curves->balanceChart()->placeCrosshair(brusselsMidnightUtc(QDate(2025, 6, 24)) + 13 * 3600);
    ok = save(window, outFolder + QStringLiteral("/curves-day-%1.png").arg(language)) && ok;
    curves->showPeriod(PeriodKind::Week, QDate(2025, 11, 17));
    ok = save(window, outFolder + QStringLiteral("/curves-week-%1.png").arg(language)) && ok;
    curves->showPeriod(PeriodKind::Month, QDate(2025, 6, 1));
    curves->setView(ui::CurvesPage::View::AverageDay);
    ok = save(window, outFolder + QStringLiteral("/curves-average-day-%1.png").arg(language)) && ok;
    curves->setView(ui::CurvesPage::View::Months);
    ok = save(window, outFolder + QStringLiteral("/curves-months-%1.png").arg(language)) && ok;
    curves->setView(ui::CurvesPage::View::Curves);
    view->showPage(ui::WorkshopView::WhatIf);
    view->whatIf()->refresh();
    view->whatIf()->scenarioList()->setCurrentRow(0);
    ok = save(window, outFolder + QStringLiteral("/whatif-%1.png").arg(language)) && ok;
    view->showPage(ui::WorkshopView::Peaks);
    view->peaks()->peaks();
    ok = save(window, outFolder + QStringLiteral("/peaks-%1.png").arg(language)) && ok;
    // Sharing the sun: the demo's three keys side by side, the solidarity one chosen.
    view->showPage(ui::WorkshopView::Sharing);
    view->sharing()->rebuild();
    view->sharing()->scenarioList()->setCurrentRow(2);
    ok = save(window, outFolder + QStringLiteral("/sharing-%1.png").arg(language)) && ok;

    // Five slides of the projection, at a projector's 1920 × 1080 and at 1024 × 768.
    for (const Slide &slide : SlideEditor(*window.workshop()).sequence()) {
        const bool wanted = slide.kind == SlideKind::InventoryPriority ||
                            slide.kind == SlideKind::ChallengeProgress ||
                            slide.kind == SlideKind::Sharing ||
                            (slide.kind == SlideKind::EnergyCurves);
        if (!wanted)
            continue;
        for (const QSize size : {QSize(1920, 1080), QSize(1024, 768)}) {
            ui::SlideView slideView;
            slideView.resize(size);
            slideView.setContent(slideContent(*window.workshop(), slide, false));
            if (slideView.content().showsCurves)
                slideView.chart()->replot(QCustomPlot::rpImmediateRefresh);
            const QString name =
                slide.kind == SlideKind::EnergyCurves && slide.period == PeriodKind::Year
                    ? key(slide.kind) + QStringLiteral("_year")
                    : key(slide.kind);
            const QString path =
                outFolder +
                QStringLiteral("/slide-%1-%2-%3.png").arg(name).arg(size.width()).arg(language);
            const bool saved = slideView.grab().save(path);
            QTextStream(stderr) << (saved ? "wrote " : "could not write ") << path << '\n';
            ok = saved && ok;
        }
    }

    // The main window on a 1024 × 768 projector: the inventory, and the year day by day.
    window.resize(1024, 768);
    QTest::qWait(50);
    if (window.width() != 1024) {
        QTextStream(stderr) << "the main window will not narrow to 1024: " << window.width()
                            << '\n';
        ok = false;
    }
    view->showPage(ui::WorkshopView::Inventory);
    ok = save(window, outFolder + QStringLiteral("/inventory-1024-%1.png").arg(language)) && ok;
    view->showPage(ui::WorkshopView::Curves);
    curves->showPeriod(PeriodKind::Year, QDate(2025, 1, 1));
    curves->balanceChart()->replot(QCustomPlot::rpImmediateRefresh);
    QTest::qWait(50);
    ok = save(window, outFolder + QStringLiteral("/curves-year-1024-%1.png").arg(language)) && ok;
    window.resize(1366, 768);

    // The Data page with a few imports, and the import dialog's preview.
    const QString data = QStringLiteral(WATTELIER_TEST_DATA "/timeseries/");
    const QString fluvius = data + QStringLiteral("fluvius-nl/Verbruikshistoriek_elektriciteit_"
                                                  "541448820000612348_20251025_20251027_"
                                                  "kwartiertotalen.csv");
    const auto households = window.workshop()->households().all();
    const QList<std::pair<QString, qint64>> imports = {
        {fluvius, households.value(0).id},
        {data + QStringLiteral("sma/sma-5min-2026-03-28_30.csv"), 0},
        {data + QStringLiteral("shelly/em_data.csv"), households.value(2).id}};
    for (const auto &[file, owner] : imports) {
        const ParseResult parsed = readSeriesFile(file, ReadOptions{}, ParseContext{});
        ImportTarget target;
        target.householdId = owner;
        target.sourceFile = QFileInfo(file).fileName();
        ok = storeSeries(*window.workshop(), parsed, target).ok() && ok;
    }
    window.workshopView()->showPage(ui::WorkshopView::Data);
    window.workshopView()->data()->table()->selectRow(0);
    ok = save(window, outFolder + QStringLiteral("/data-%1.png").arg(language)) && ok;
    {
        ui::ImportDialog dialog(*window.workshop(), &window);
        dialog.setFile(fluvius);
        QSignalSpy read(&dialog, &ui::ImportDialog::readingFinished);
        if (dialog.isReading())
            read.wait(20000);
        dialog.show();
        ok = save(dialog, outFolder + QStringLiteral("/import-%1.png").arg(language)) && ok;
    }
    {
        // The print dialog on the meeting summary, and the user guide.
        ui::ReportDialog dialog(*window.workshop(), ReportKind::Summary, &window);
        dialog.show();
        ok = save(dialog, outFolder + QStringLiteral("/print-%1.png").arg(language)) && ok;
        ui::HelpWindow help(language);
        help.resize(1100, 700);
        help.show();
        help.contents()->setCurrentRow(2);
        ok = save(help, outFolder + QStringLiteral("/guide-%1.png").arg(language)) && ok;
    }
    ok = renderHouseholdScreenshots(*window.workshop(), outFolder, language, save) && ok;
    ok = renderMergeScreenshot(window.workshop()->filePath(), outFolder, language, save) && ok;
    window.closeWorkshop();
    recent.clear();
    return ok ? 0 : 1;
}
