// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QCustomPlot;

namespace wattelier::ui {

/*!
 * Lays \a plot's legend out on as few rows as let every entry show whole at
 * the plot's width: five entries side by side on a laptop, on two rows on a
 * 1024-pixel projector in French ("Productior", #20). styleChart() keeps it
 * so on every resize; call it after changing the legend's font.
 */
void fitLegend(QCustomPlot *plot);

/*! The legend entries that cannot show whole at the plot's width, even one per row. */
QStringList clippedLegendEntries(const QCustomPlot *plot);

} // namespace wattelier::ui
