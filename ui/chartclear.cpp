// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartclear.h"

#include <QAbstractAxis>
#include <QChart>

namespace wattelier::ui {

void clearChart(QChart *chart)
{
    chart->removeAllSeries(); // deletes them
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

} // namespace wattelier::ui
