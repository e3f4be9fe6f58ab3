// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/palette.h"

#include <QString>

class QCustomPlot;
class QCPGraph;

namespace wattelier::ui {

/*! The translated name of an energy flow, as legends and key figures show it. */
QString flowName(EnergyFlow flow);

/*!
 * A legend-only entry (a graph without data) showing \a flow's colour as a
 * line or an area, so the legend reads the same whatever is drawn.
 */
QCPGraph *addLegendEntry(QCustomPlot *plot, EnergyFlow flow, bool asArea);

class EnergyAreas;

/*! The layers every balance chart draws, bottom to top. */
struct BalanceLayers
{
    EnergyAreas *areas;    //!< used on the spot, sent to and taken from the grid
    QCPGraph *production;  //!< line, step per interval
    QCPGraph *consumption; //!< line, step per interval
};

/*!
 * Adds the areas, then the production and consumption lines over them, and
 * a legend naming all five flows (drawn with \a lineWidth-pixel lines).
 */
BalanceLayers addBalanceLayers(QCustomPlot *plot, double lineWidth);

/*! Mean power in kW of \a kwh over \a intervalS seconds. */
inline double meanKw(double kwh, int intervalS)
{
    return intervalS > 0 ? kwh * 3600.0 / intervalS : 0.0;
}

} // namespace wattelier::ui
