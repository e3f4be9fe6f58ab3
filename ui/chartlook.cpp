// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartlook.h"

#include "legendfit.h"

#include <qcustomplot.h>

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>

namespace wattelier::ui {
namespace {

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

void styleChart(QChartView *view)
{
    view->setRenderHint(QPainter::Antialiasing);
    QChart *chart = view->chart();
    chart->setAnimationOptions(QChart::NoAnimation); // a refresh must not replay an animation
    chart->setBackgroundVisible(false);              // the window's own background
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries(); // deletes them
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

} // namespace wattelier::ui
