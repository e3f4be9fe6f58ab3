// SPDX-License-Identifier: GPL-3.0-or-later
#include "balancelayers.h"

#include "energyareas.h"

#include <qcustomplot.h>

#include <QCoreApplication>

namespace wattelier::ui {
namespace {

struct ChartText
{
    Q_DECLARE_TR_FUNCTIONS(Chart)
};

} // namespace

QString flowName(EnergyFlow flow)
{
    switch (flow) {
    case EnergyFlow::Production:
        return ChartText::tr("Production");
    case EnergyFlow::Consumption:
        return ChartText::tr("Consumption");
    case EnergyFlow::SelfConsumed:
        return ChartText::tr("Used on the spot");
    case EnergyFlow::Injected:
        return ChartText::tr("Sent to the grid");
    case EnergyFlow::Offtake:
        return ChartText::tr("Taken from the grid");
    }
    return {};
}

QCPGraph *addLegendEntry(QCustomPlot *plot, EnergyFlow flow, bool asArea)
{
    QCPGraph *entry = plot->addGraph();
    entry->setName(flowName(flow));
    const QColor colour = colourOf(flow);
    if (asArea) {
        entry->setPen(QPen(colour.darker(130)));
        entry->setBrush(colour);
    } else {
        entry->setPen(QPen(colour, 2.5));
    }
    return entry;
}

BalanceLayers addBalanceLayers(QCustomPlot *plot, double lineWidth)
{
    // Areas first, lines on top: used on the spot from zero, then what production has
    // beyond it (sent to the grid) and what consumption has beyond it (taken from it).
    BalanceLayers layers{new EnergyAreas(plot->xAxis, plot->yAxis), plot->addGraph(),
                         plot->addGraph()};
    layers.areas->removeFromLegend();
    layers.production->setPen(QPen(colourOf(EnergyFlow::Production).darker(115), lineWidth));
    layers.consumption->setPen(QPen(colourOf(EnergyFlow::Consumption), lineWidth));
    for (QCPGraph *graph : {layers.production, layers.consumption}) {
        graph->setLineStyle(QCPGraph::lsStepLeft);
        graph->removeFromLegend();
    }
    addLegendEntry(plot, EnergyFlow::Production, false);
    addLegendEntry(plot, EnergyFlow::Consumption, false);
    addLegendEntry(plot, EnergyFlow::SelfConsumed, true);
    addLegendEntry(plot, EnergyFlow::Injected, true);
    addLegendEntry(plot, EnergyFlow::Offtake, true);
    return layers;
}

} // namespace wattelier::ui
