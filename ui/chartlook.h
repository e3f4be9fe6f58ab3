// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QChart;
class QChartView;
class QCustomPlot;

/*!
 * The look of Wattelier's charts on screen, the same whichever library draws
 * them: QCustomPlot for the curves, Qt Charts for the bars of the inventory,
 * the défi and the wattmeter comparison. Colours, grid and text sizes come
 * from models/core/chartstyle.h, which the printed and projected painters use
 * too; the window palette supplies the background, so a dark theme stays dark.
 */
namespace wattelier::ui {

/*! QCustomPlot: axes and grid in the palette's text colours, the legend above the plot. */
void styleChart(QCustomPlot *plot);

/*! Qt Charts: antialiased, no animation, the window's own background. */
void styleChart(QChartView *view);

/*!
 * Empties a Qt Charts chart before it is filled again: every series and every
 * axis is removed and deleted. (QChart::removeAxis() only hands the axis back
 * to the caller; forgetting to delete it leaked one axis per refresh.)
 */
void clearChart(QChart *chart);

} // namespace wattelier::ui
