// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "energy/localperiods.h"

#include <qcustomplot.h>

namespace wattelier::ui {

/*!
 * The typical day of a month (mean kW for each time of day, Brussels time):
 * production and consumption with the same areas as the time chart, and
 * the production of the other months in thin lines for comparison.
 */
class EnergyAreas;

class AverageDayChart : public QCustomPlot
{
    Q_OBJECT

public:
    explicit AverageDayChart(QWidget *parent = nullptr);

    /*! Draws \a month (1–12) of \a year from \a curves. */
    void showMonth(const AlignedCurves &curves, int year, int month);
    /*! The average day drawn (for tests). */
    const AverageDay &shownDay() const { return mDay; }

private:
    AverageDay mDay;
    EnergyAreas *mAreas;
    QCPGraph *mProduction;
    QCPGraph *mConsumption;
    QList<QCPGraph *> mOtherMonths;
};

} // namespace wattelier::ui
