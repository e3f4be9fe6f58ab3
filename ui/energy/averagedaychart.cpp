// SPDX-License-Identifier: GPL-3.0-or-later
#include "averagedaychart.h"

#include "balancelayers.h"
#include "chartlook.h"
#include "core/chartstyle.h"
#include "energyareas.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace wattelier::ui {
namespace {

struct DayCurves
{
    QVector<double> hours, production, consumption;
};

DayCurves curvesOf(const AverageDay &day)
{
    DayCurves out;
    const std::size_t slotCount = day.productionKwh.size();
    for (std::size_t s = 0; s <= slotCount; ++s) {
        // One more point at 24:00 repeats the last slot, so its step is drawn.
        const std::size_t i = std::min(s, slotCount - 1);
        out.hours.append(double(s) * day.intervalS / 3600.0);
        const double p = meanKw(day.productionKwh[i], day.intervalS);
        const double c = meanKw(day.consumptionKwh[i], day.intervalS);
        out.production.append(p);
        out.consumption.append(c);
    }
    return out;
}

} // namespace

AverageDayChart::AverageDayChart(QWidget *parent)
    : QCustomPlot(parent)
{
    setLocale(QLocale());
    styleChart(this);
    setAccessibleName(tr("Average day chart"));
    xAxis->setLabel(tr("Time of day (Brussels)"));
    yAxis->setLabel(tr("Mean power (kW)"));
    xAxis->setRange(0, 24);
    QSharedPointer<QCPAxisTickerFixed> hours(new QCPAxisTickerFixed);
    hours->setTickStep(3);
    hours->setScaleStrategy(QCPAxisTickerFixed::ssNone);
    xAxis->setTicker(hours);

    const BalanceLayers layers = addBalanceLayers(this, 2.5);
    mAreas = layers.areas;
    mProduction = layers.production;
    mConsumption = layers.consumption;
    // The other months on top, thin, so June can be compared with December.
    QColor other = chartstyle::reference();
    other.setAlpha(150);
    const QPen otherPen(other, 1, Qt::DashLine);
    for (int m = 0; m < 11; ++m) {
        QCPGraph *other = addGraph();
        other->setPen(otherPen);
        other->setLineStyle(QCPGraph::lsStepLeft);
        other->removeFromLegend();
        mOtherMonths.append(other);
    }
    QCPGraph *others = addGraph();
    others->setPen(otherPen);
    others->setName(tr("Production, other months"));
}

void AverageDayChart::showMonth(const AlignedCurves &curves, int year, int month)
{
    mDay = averageDay(curves, year, month);
    double highest = 0.1;
    int other = 0;
    for (int m = 1; m <= 12; ++m) {
        const AverageDay day = m == month ? mDay : averageDay(curves, year, m);
        if (day.productionKwh.empty()) {
            if (m != month)
                mOtherMonths[other++]->data()->clear();
            continue;
        }
        const DayCurves drawn = curvesOf(day);
        for (double v : drawn.production)
            highest = std::isnan(v) ? highest : std::max(highest, v);
        for (double v : drawn.consumption)
            highest = std::isnan(v) ? highest : std::max(highest, v);
        if (m == month) {
            mProduction->setData(drawn.hours, drawn.production, true);
            mConsumption->setData(drawn.hours, drawn.consumption, true);
            auto steps = std::make_shared<std::vector<EnergyAreas::Step>>();
            for (qsizetype i = 0; i + 1 < drawn.hours.size(); ++i)
                steps->push_back({drawn.hours[i], drawn.hours[i + 1], drawn.production[i],
                                  drawn.consumption[i]});
            mAreas->setSteps(steps);
        } else {
            mOtherMonths[other++]->setData(drawn.hours, drawn.production, true);
        }
    }
    if (mDay.productionKwh.empty()) {
        for (QCPGraph *graph : {mProduction, mConsumption})
            graph->data()->clear();
        mAreas->setSteps(nullptr);
    }
    yAxis->setRange(0, highest * 1.08);
    replot(rpQueuedReplot);
}

} // namespace wattelier::ui
