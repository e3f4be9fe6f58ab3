// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartstyle.h"

#include "energyareas.h"
#include "legendfit.h"

#include <qcustomplot.h>

#include <QCoreApplication>

namespace wattelier::ui {
namespace {

struct ChartText
{
    Q_DECLARE_TR_FUNCTIONS(Chart)
};

/*! Keeps a plot's legend on as few rows as fit its width, whatever its size. */
class LegendFitter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize)
            fitLegend(static_cast<QCustomPlot *>(watched));
        return false;
    }
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

void styleChart(QCustomPlot *plot)
{
    plot->setNoAntialiasingOnDrag(true);
    plot->setPlottingHint(QCP::phFastPolylines, true);
    const QColor text = plot->palette().color(QPalette::WindowText);
    const QColor grid = plot->palette().color(QPalette::Mid);
    plot->setBackground(plot->palette().brush(QPalette::Base));
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        axis->setBasePen(QPen(text));
        axis->setTickPen(QPen(text));
        axis->setSubTickPen(QPen(text));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(grid, 0, Qt::DotLine));
    }
    plot->legend->setVisible(true);
    plot->legend->setBrush(plot->palette().brush(QPalette::Base));
    plot->legend->setBorderPen(Qt::NoPen);
    plot->legend->setTextColor(text);
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot->legend->setWrap(5);
    // The legend sits above the plot, not over the curves.
    plot->axisRect()->insetLayout()->take(plot->legend);
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, plot->legend);
    plot->plotLayout()->setRowStretchFactor(0, 0.001);
    plot->installEventFilter(new LegendFitter(plot));
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
