// SPDX-License-Identifier: GPL-3.0-or-later
#include "monthlybarschart.h"

#include "balancelayers.h"
#include "chartlook.h"

#include <QLocale>

#include <algorithm>

namespace wattelier::ui {
namespace {

QCPBars *makeBars(QCustomPlot *plot, EnergyFlow flow)
{
    auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setWidth(0.36);
    bars->setBrush(colourOf(flow));
    bars->setPen(QPen(colourOf(flow).darker(140)));
    bars->setName(flowName(flow));
    return bars;
}

} // namespace

MonthlyBarsChart::MonthlyBarsChart(QWidget *parent)
    : QCustomPlot(parent)
{
    setLocale(QLocale());
    styleChart(this);
    setAccessibleName(tr("Monthly balance chart"));
    yAxis->setLabel(tr("Energy (kWh)"));
    // Left bar of each month: production; right bar: consumption.
    mProducedUsed = makeBars(this, EnergyFlow::SelfConsumed);
    mInjected = makeBars(this, EnergyFlow::Injected);
    mInjected->moveAbove(mProducedUsed);
    mConsumedUsed = makeBars(this, EnergyFlow::SelfConsumed);
    mConsumedUsed->removeFromLegend();
    mOfftake = makeBars(this, EnergyFlow::Offtake);
    mOfftake->moveAbove(mConsumedUsed);

    QSharedPointer<QCPAxisTickerText> months(new QCPAxisTickerText);
    const QLocale locale;
    for (int m = 1; m <= 12; ++m)
        months->addTick(m, locale.standaloneMonthName(m, QLocale::ShortFormat));
    xAxis->setLabel(tr("Each month: production on the left, consumption on the right"));
    xAxis->setTicker(months);
    xAxis->setRange(0.4, 12.6);
}

void MonthlyBarsChart::setMonths(const std::array<EnergyBalance, 12> &months)
{
    QVector<double> left, right, producedUsed, injected, consumedUsed, offtake;
    double highest = 1;
    for (int m = 0; m < 12; ++m) {
        const EnergyBalance &b = months[std::size_t(m)];
        left.append(m + 1 - 0.2);
        right.append(m + 1 + 0.2);
        producedUsed.append(b.selfConsumedKwh);
        injected.append(b.injectedKwh);
        consumedUsed.append(b.selfConsumedKwh);
        offtake.append(b.offtakeKwh);
        highest = std::max({highest, b.productionKwh, b.consumptionKwh});
    }
    mProducedUsed->setData(left, producedUsed, true);
    mInjected->setData(left, injected, true);
    mConsumedUsed->setData(right, consumedUsed, true);
    mOfftake->setData(right, offtake, true);
    yAxis->setRange(0, highest * 1.08);
    replot(rpQueuedReplot);
}

} // namespace wattelier::ui
