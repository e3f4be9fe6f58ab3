// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCustomPlot;
class QLabel;

namespace wattelier {
struct ChallengeReport;
}

namespace wattelier::ui {

/*!
 * How the households' changes against their own baselines are spread, week
 * by week: a box from the first to the third quartile, whiskers from the
 * 10th to the 90th percentile, the median, the 0 % line and the goal. What a
 * group of 194 sees instead of 194 little charts; nobody is named (#23).
 */
class ChangeSpreadChart : public QWidget
{
    Q_OBJECT

public:
    explicit ChangeSpreadChart(QWidget *parent = nullptr);

    void setReport(const ChallengeReport &report);
    QCustomPlot *plot() const { return mPlot; }
    QLabel *caption() const { return mCaption; }

private:
    QCustomPlot *mPlot;
    QLabel *mCaption;
};

} // namespace wattelier::ui
