// SPDX-License-Identifier: GPL-3.0-or-later
#include "peakcharts.h"

#include "core/chartstyle.h"
#include "core/palette.h"
#include "energy/localperiods.h"
#include "energy/localtimeticker.h"
#include "peaks/workshoppeaks.h"

#include <QCoreApplication>
#include <QLocale>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace wattelier::ui {
namespace {

void startAfresh(QCustomPlot *plot)
{
    plot->clearPlottables();
    plot->clearItems();
    plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
}

/*! A dashed line across the plot at \a kw, named in the legend as the cabin. */
void addThresholdLine(QCustomPlot *plot, double kw)
{
    auto *line = new QCPItemStraightLine(plot);
    line->point1->setCoords(0, kw);
    line->point2->setCoords(1, kw);
    line->setPen(QPen(chartstyle::attention(), 1.5, Qt::DashLine));
}

/*! The value axis from the lowest to the highest of \a values and the threshold, with air. */
void fitValueAxis(QCustomPlot *plot, double low, double high, const std::optional<double> &limit)
{
    if (limit) {
        high = std::max(high, *limit);
        if (low < 0)
            low = std::min(low, -*limit);
    }
    low = std::min(low, 0.0);
    const double top = chartstyle::niceAxisTop(std::max(high, 1.0));
    const double bottom = low < 0 ? -chartstyle::niceAxisTop(-low) : 0.0;
    plot->yAxis->setRange(bottom, top);
    plot->yAxis->setLabel(QCoreApplication::translate("PeakCharts", "Net load (kW)"));
}

void addZeroLine(QCustomPlot *plot)
{
    auto *zero = new QCPItemStraightLine(plot);
    zero->point1->setCoords(0, 0);
    zero->point2->setCoords(1, 0);
    zero->setPen(QPen(chartstyle::mutedInk(), 1));
}

} // namespace

void drawDurationCurve(QCustomPlot *plot, const PeakFigures &figures)
{
    startAfresh(plot);
    QVector<double> share, kw;
    for (std::size_t i = 0; i < figures.durationCurveKw.size(); ++i) {
        share.append(double(i));
        kw.append(figures.durationCurveKw[i]);
    }
    if (!kw.isEmpty()) { // the last point: the lowest value, reached all the time
        share.append(100);
        kw.append(kw.last());
    }
    QCPGraph *graph = plot->addGraph();
    graph->setData(share, kw, true);
    graph->setPen(QPen(colourOf(EnergyFlow::Offtake), 2));
    graph->setLineStyle(QCPGraph::lsStepLeft);
    plot->xAxis->setRange(0, 100);
    plot->xAxis->setLabel(QCoreApplication::translate(
        "PeakCharts", "Share of the time the load is at least this high (%)"));
    const auto [low, high] = kw.isEmpty() ? std::pair(0.0, 1.0)
                                          : std::pair(*std::min_element(kw.begin(), kw.end()),
                                                      *std::max_element(kw.begin(), kw.end()));
    fitValueAxis(plot, low, high, figures.thresholdKw);
    addZeroLine(plot);
    if (figures.thresholdKw) {
        addThresholdLine(plot, *figures.thresholdKw);
        if (low < 0)
            addThresholdLine(plot, -*figures.thresholdKw);
    }
    plot->replot();
}

void drawPeakDay(QCustomPlot *plot, const WorkshopPeaks &peaks)
{
    startAfresh(plot);
    const PeakFigures &f = peaks.figures;
    plot->xAxis->setTicker(QSharedPointer<LocalTimeTicker>(new LocalTimeTicker));
    plot->xAxis->setLabel(
        QCoreApplication::translate("PeakCharts", "The day of the peak (Brussels time)"));
    const RegularSeries &net = peaks.groupNet;
    if (!f.peakAtUtc || net.intervalS <= 0) {
        fitValueAxis(plot, 0, 1, f.thresholdKw);
        plot->replot();
        return;
    }
    const UtcPeriod day = periodContaining(PeriodKind::Day, brusselsDateOf(*f.peakAtUtc));
    QVector<double> time, kw;
    double low = 0, high = 0;
    const double toKw = 3600.0 / net.intervalS;
    for (qint64 t = day.fromUtc; t < day.toUtc; t += net.intervalS) {
        const qint64 index = (t - net.startUtc) / net.intervalS;
        if (index < 0 || index >= qint64(net.kwh.size()) || std::isnan(net.kwh[std::size_t(index)]))
            continue;
        const double value = double(net.kwh[std::size_t(index)]) * toKw;
        time.append(double(t));
        kw.append(value);
        low = std::min(low, value);
        high = std::max(high, value);
    }
    QCPGraph *graph = plot->addGraph();
    graph->setData(time, kw, true);
    graph->setLineStyle(QCPGraph::lsStepLeft);
    graph->setPen(QPen(colourOf(EnergyFlow::Offtake), 2));
    plot->xAxis->setRange(double(day.fromUtc), double(day.toUtc));
    fitValueAxis(plot, low, high, f.thresholdKw);
    addZeroLine(plot);
    auto *marker = new QCPItemTracer(plot);
    marker->setGraph(graph);
    marker->setGraphKey(double(*f.peakAtUtc));
    marker->setStyle(QCPItemTracer::tsCircle);
    marker->setSize(9);
    marker->setPen(QPen(chartstyle::ink(), 2));
    if (f.thresholdKw)
        addThresholdLine(plot, *f.thresholdKw);
    plot->replot();
}

void drawMonthlyPeaks(QCustomPlot *plot, const PeakFigures &figures)
{
    startAfresh(plot);
    auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setWidth(0.6);
    bars->setBrush(colourOf(EnergyFlow::Offtake));
    bars->setPen(QPen(colourOf(EnergyFlow::Offtake).darker(140)));
    QVector<double> months, kw;
    double high = 0;
    for (int m = 0; m < 12; ++m) {
        if (const auto &peak = figures.monthlyPeakKw[std::size_t(m)]) {
            months.append(m + 1);
            kw.append(*peak);
            high = std::max(high, *peak);
        }
    }
    bars->setData(months, kw, true);
    QSharedPointer<QCPAxisTickerText> names(new QCPAxisTickerText);
    const QLocale locale;
    for (int m = 1; m <= 12; ++m)
        names->addTick(m, locale.standaloneMonthName(m, QLocale::ShortFormat));
    plot->xAxis->setTicker(names);
    plot->xAxis->setRange(0.4, 12.6);
    plot->xAxis->setLabel(
        QCoreApplication::translate("PeakCharts", "The highest quarter hour of each month"));
    fitValueAxis(plot, 0, high, figures.thresholdKw);
    if (figures.thresholdKw)
        addThresholdLine(plot, *figures.thresholdKw);
    plot->replot();
}

void drawLoadsAtPeak(QCustomPlot *plot, const PeakFigures &figures)
{
    startAfresh(plot);
    std::vector<double> loads;
    for (const HouseholdPeak &h : figures.households)
        if (h.atGroupPeakKw)
            loads.push_back(*h.atGroupPeakKw);
    std::sort(loads.begin(), loads.end(), std::greater<>());
    auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setWidth(0.8);
    bars->setBrush(chartstyle::plainBar());
    bars->setPen(Qt::NoPen);
    QVector<double> rank, kw;
    double low = 0, high = 0;
    for (std::size_t i = 0; i < loads.size(); ++i) {
        rank.append(double(i + 1));
        kw.append(loads[i]);
        low = std::min(low, loads[i]);
        high = std::max(high, loads[i]);
    }
    bars->setData(rank, kw, true);
    plot->xAxis->setRange(0.4, std::max<double>(double(loads.size()), 1) + 0.6);
    plot->xAxis->setTicks(false);
    plot->xAxis->setLabel(QCoreApplication::translate(
        "PeakCharts", "Each household's load at the group's peak, largest first"));
    fitValueAxis(plot, low, high, std::nullopt);
    plot->replot();
}

} // namespace wattelier::ui
