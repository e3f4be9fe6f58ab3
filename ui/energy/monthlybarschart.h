// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "energy/energybalance.h"

#include <array>

#include <qcustomplot.h>

namespace wattelier::ui {

/*!
 * The balance month by month: for each month a production bar (used on the
 * spot + sent to the grid) and a consumption bar (used on the spot + taken
 * from the grid), so the two halves of "used on the spot" line up.
 */
class MonthlyBarsChart : public QCustomPlot
{
    Q_OBJECT

public:
    explicit MonthlyBarsChart(QWidget *parent = nullptr);

    void setMonths(const std::array<EnergyBalance, 12> &months);

private:
    QCPBars *mProducedUsed;
    QCPBars *mInjected;
    QCPBars *mConsumedUsed;
    QCPBars *mOfftake;
};

} // namespace wattelier::ui
