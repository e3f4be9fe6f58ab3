// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

/*!
 * The look every chart of Wattelier shares, whichever way it is drawn: the
 * QCustomPlot curves, the Qt Charts bars, and the three painters (the printed
 * charts, the projection's slides, the défi's small multiples). The colours
 * here are the ones that are not a meaning (those are in palette.h: a
 * priority, a category, an energy flow); with the axis arithmetic and the
 * text sizes, they keep a chart recognisable from the screen to the wall to
 * paper. Qt Gui only, so that the report painter in models/ can use it.
 */
namespace wattelier::chartstyle {

/*! Text, axis lines and marks on a light background (near black, softer on a projector). */
QColor ink();
/*! Secondary text: captions, units, notes under a chart. */
QColor mutedInk();
/*! Grid lines behind bars and curves. */
QColor gridLine();
/*! A line to compare with: the défi's baseline, another period's average day. */
QColor reference();
/*! What was estimated, beside what was measured. */
QColor estimated();
/*! What was measured, and whatever needs attention (a warning, the names band). */
QColor attention();
/*! The défi's goal, reached. */
QColor goal();
/*! A bar without a colour of its own. */
QColor plainBar();

/*! Tick labels and legends, relative to the body text of the chart. */
inline constexpr double tickTextScale = 0.9;

/*! A round top for a value axis: 1, 2, 2.5 or 5 × 10^n, at or above \a value (1 for none). */
double niceAxisTop(double value);

/*! A value axis' label: \a value with one decimal below 10, none above, then \a unit. */
QString axisLabel(double value, const QString &unit);

} // namespace wattelier::chartstyle
