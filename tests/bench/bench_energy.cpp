// SPDX-License-Identifier: GPL-3.0-or-later
// Energy balance, curves and "what if" (#6): prints figures, asserts nothing.
//  - the balance of a year of one-minute production and consumption
//    (2 × 525,600 values) once in memory, beside a plain summing loop over
//    the same values;
//  - redrawing that year on the curves chart (lines and the three areas),
//    beside a bare QCustomPlot with the same two lines; a pan frame with a
//    week on screen;
//  - the demo workshop: assembling its curves (PV series, 18 inventories,
//    2 smart meters), the shift scenario, the PV estimate.
// Usage: QT_QPA_PLATFORM=offscreen bench_energy

#include "benchtiming.h"
#include "core/workshop.h"
#include "demo/demoworkshop.h"
#include "energy/balancechart.h"
#include "energy/consumptionprofile.h"
#include "energy/energybalance.h"
#include "energy/energyeditor.h"
#include "energy/pvestimate.h"
#include "energy/scenarioevaluation.h"
#include "energy/scenariostore.h"
#include "energy/workshopcurves.h"
#include "inventory/appliancestore.h"
#include "inventory/catalogue.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>

using namespace wattelier;
using bench::bestOf;

namespace {

constexpr qint64 yearStart = 1735689600; // 2025-01-01T00:00:00Z
constexpr std::size_t minutes = 525600;

AlignedCurves minuteYear()
{
    const PvSystem pv{.kwp = 6.0};
    const RegularSeries quarterHours = estimatePvSeries(pv, 2025, 900);
    AlignedCurves curves;
    curves.production.startUtc = curves.consumption.startUtc = yearStart;
    curves.production.intervalS = curves.consumption.intervalS = 60;
    curves.production.kwh.resize(minutes);
    curves.consumption.kwh.resize(minutes);
    for (std::size_t i = 0; i < minutes; ++i) {
        const std::size_t q =
            std::min(quarterHours.kwh.size() - 1,
                     std::size_t((yearStart + qint64(i) * 60 - quarterHours.startUtc) / 900));
        curves.production.kwh[i] = quarterHours.kwh[q] / 15.0f;
        curves.consumption.kwh[i] = float(0.004 + 0.01 * ((i * 7919) % 97) / 97.0);
    }
    return curves;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    std::printf("Energy benchmarks (best of several runs; Qt %s)\n\n", qVersion());

    const AlignedCurves year = minuteYear();
    volatile double sink = 0;
    const double plainLoop = bestOf(20, [&] {
        double p = 0, c = 0;
        for (std::size_t i = 0; i < minutes; ++i) {
            p += year.production.kwh[i];
            c += year.consumption.kwh[i];
        }
        sink = p + c;
    });
    const double balanceInMemory = bestOf(20, [&] { sink = balanceOf(year).selfConsumedKwh; });
    const double alignAndBalance = bestOf(
        10, [&] { sink = energyBalance(year.production, year.consumption).selfConsumedKwh; });
    std::printf("Balance, 1-minute year (2 x %zu values):\n", minutes);
    std::printf("  plain summing loop over both curves   %8.2f ms\n", plainLoop);
    std::printf("  balanceOf (aligned curves in memory)  %8.2f ms\n", balanceInMemory);
    std::printf("  energyBalance (align, then balance)   %8.2f ms\n\n", alignAndBalance);

    ui::BalanceChart chart;
    chart.resize(1200, 600);
    chart.show();
    QApplication::processEvents();
    const double prepare = bestOf(3, [&] { chart.setCurves(year); });
    // The first showing of a period also builds its level of detail (kept afterwards).
    const double firstShow = bestOf(1, [&] {
        chart.showPeriod(yearStart, yearStart + qint64(minutes) * 60);
        chart.replot(QCustomPlot::rpImmediateRefresh);
    });
    const double fullYear = bestOf(10, [&] { chart.replot(QCustomPlot::rpImmediateRefresh); });
    QCustomPlot bare;
    bare.resize(1200, 600);
    bare.show();
    QVector<double> keys(minutes), p(minutes), c(minutes);
    for (std::size_t i = 0; i < minutes; ++i) {
        keys[qsizetype(i)] = double(yearStart + qint64(i) * 60);
        p[qsizetype(i)] = year.production.kwh[i] * 60.0;
        c[qsizetype(i)] = year.consumption.kwh[i] * 60.0;
    }
    bare.addGraph()->setData(keys, p, true);
    bare.addGraph()->setData(keys, c, true);
    bare.xAxis->setRange(keys.first(), keys.last());
    bare.yAxis->setRange(0, 6);
    QApplication::processEvents();
    const double bareYear = bestOf(10, [&] { bare.replot(QCustomPlot::rpImmediateRefresh); });
    chart.showPeriod(yearStart + 180 * 86400, yearStart + 187 * 86400);
    QApplication::processEvents();
    int frame = 0;
    const double pan = bestOf(1, [&] {
        for (frame = 0; frame < 50; ++frame) {
            const qint64 from = yearStart + 180 * 86400 + frame * 3600;
            chart.xAxis->setRange(double(from), double(from + 7 * 86400));
            chart.replot(QCustomPlot::rpImmediateRefresh);
        }
    });
    std::printf("Curves chart, 1-minute year, 1200 x 600 px (offscreen):\n");
    std::printf("  prepare the chart's data (setCurves)  %8.2f ms\n", prepare);
    std::printf("  first showing of the year (+ detail)  %8.2f ms\n", firstShow);
    std::printf("  redraw the whole year, with areas     %8.2f ms\n", fullYear);
    std::printf("  bare QCustomPlot, same two lines      %8.2f ms\n", bareYear);
    std::printf("  pan frame, a week on screen (mean)    %8.2f ms\n\n", pan / 50);

    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.wattelier"));
    WorkshopError error;
    QElapsedTimer timer;
    timer.start();
    if (!writeDemoWorkshop(demo, Catalogue::builtIn(), &error))
        return 1;
    const double writeDemo = timer.nsecsElapsed() / 1e6;
    auto workshop = Workshop::open(demo, &error);
    WorkshopCurves curves;
    const double assemble =
        bestOf(5, [&] { curves = workshopCurves(*workshop, {.flexibleLoads = true}); });
    const QList<Scenario> scenarios = workshop->scenarios().all();
    const auto installed = pvInstallationOf(*workshop).kwp;
    ScenarioResult shifted;
    const double shift =
        bestOf(3, [&] { shifted = evaluateScenario(curves, scenarios.first(), installed); });
    const double pvYear = bestOf(
        5, [&] { sink = estimatePvSeries(pvInstallationOf(*workshop).system(), 2025).kwh[0]; });
    const double pvTotals =
        bestOf(5, [&] { sink = estimatePv(pvInstallationOf(*workshop).system()).annualKwh; });
    // The demo's inventories, repeated to 400 appliances: a large group's whole inventory.
    QList<Appliance> inventory;
    for (const Appliance &a : workshop->appliances().all())
        inventory.append(a);
    while (inventory.size() < 400)
        inventory += inventory.mid(0, 400 - inventory.size());
    const double profile400 =
        bestOf(5, [&] { sink = inventoryProfile(inventory, {}, 2025, 900).total.kwh[0]; });
    std::printf("Demo workshop (18 households, %lld appliances moved by \"%s\"):\n",
                qint64(shifted.appliances.size()), qPrintable(scenarios.first().name));
    std::printf("  write the whole demo workshop         %8.2f ms\n", writeDemo);
    std::printf("  assemble the group's curves, a year   %8.2f ms\n", assemble);
    std::printf("  shift scenario over the year          %8.2f ms\n", shift);
    std::printf("  PV estimate, a year of quarter hours  %8.2f ms\n", pvYear);
    std::printf("  PV estimate, monthly totals           %8.2f ms\n", pvTotals);
    std::printf("  inventory profile, 400 appliances     %8.2f ms (a year of quarter hours)\n",
                profile400);
    std::printf("  today: self-consumption %.1f %%, self-sufficiency %.1f %%\n",
                100 * shifted.today.selfConsumptionRate().value_or(0),
                100 * shifted.today.selfSufficiencyRate().value_or(0));
    std::printf("  shifted: self-consumption %.1f %%, self-sufficiency %.1f %%\n",
                100 * shifted.scenario.selfConsumptionRate().value_or(0),
                100 * shifted.scenario.selfSufficiencyRate().value_or(0));
    return 0;
}
