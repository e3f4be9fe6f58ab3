// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <qcustomplot.h>

namespace wattelier::ui {

/*!
 * Date axis ticks on Brussels wall-clock boundaries (keys are UTC seconds):
 * every 1, 2, 3, 6 or 12 hours, every day, week, month or quarter, so that
 * a day's ticks fall on 00:00, 03:00, 06:00… in summer and in winter alike.
 * QCPAxisTickerDateTime steps in UTC, which puts them on 01:00 or 02:00.
 */
class LocalTimeTicker : public QCPAxisTicker
{
public:
    LocalTimeTicker();

protected:
    double getTickStep(const QCPRange &range) override;
    QVector<double> createTickVector(double tickStep, const QCPRange &range) override;
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar,
                         int precision) override;
    int getSubTickCount(double tickStep) override;

private:
    qint64 mStepS = 3600; //!< the step chosen for the current range (months: 30 days a unit)
};

} // namespace wattelier::ui
