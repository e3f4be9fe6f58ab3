// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCustomPlot;

namespace wattelier {
struct PeakFigures;
struct WorkshopPeaks;
} // namespace wattelier

/*!
 * The four charts of the Peaks page, each drawn into a QCustomPlot from the
 * figures models/peaks computed. None names a household: individual loads
 * are an anonymous distribution, sorted, without labels.
 */
namespace wattelier::ui {

/*! The load-duration curve: net kW against the share of the time it is reached. */
void drawDurationCurve(QCustomPlot *plot, const PeakFigures &figures);

/*! The Brussels day of the group's peak, quarter hour by quarter hour. */
void drawPeakDay(QCustomPlot *plot, const WorkshopPeaks &peaks);

/*! The group's highest quarter hour drawn in each month. */
void drawMonthlyPeaks(QCustomPlot *plot, const PeakFigures &figures);

/*! Each household's load at the group's peak, largest first, without names. */
void drawLoadsAtPeak(QCustomPlot *plot, const PeakFigures &figures);

} // namespace wattelier::ui
