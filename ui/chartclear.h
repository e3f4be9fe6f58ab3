// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QChart;

namespace wattelier::ui {

/*!
 * Empties a Qt Charts chart before it is filled again: every series and every
 * axis is removed and deleted. (QChart::removeAxis() only hands the axis back
 * to the caller; forgetting to delete it leaked one axis per refresh.)
 */
void clearChart(QChart *chart);

} // namespace wattelier::ui
