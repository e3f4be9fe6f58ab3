// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "energy/energybalance.h"
#include "energyareas.h"

#include <qcustomplot.h>

#include <map>

namespace wattelier::ui {

/*!
 * Production and consumption over time: the two curves as lines (mean kW
 * per interval), and under them the areas of what was used on the spot,
 * sent to the grid and taken from it. The date axis is in Brussels time;
 * gaps are drawn as gaps. The mouse drags and zooms the time axis;
 * Left/Right pan, +/− zoom, and a crosshair tells the values under the pointer.
 */
class BalanceChart : public QCustomPlot
{
    Q_OBJECT

public:
    explicit BalanceChart(QWidget *parent = nullptr);

    /*! The curves to draw (aligned: same grid); prepared once, then only the view moves. */
    void setCurves(const AlignedCurves &curves);
    /*! Shows [fromUtc, toUtc) and fits the vertical axis to it. */
    void showPeriod(qint64 fromUtc, qint64 toUtc);
    qint64 visibleFromUtc() const;
    qint64 visibleToUtc() const;
    /*! The crosshair's text (for tests and the accessible description). */
    QString crosshairText() const;
    /*! Moves the crosshair to an instant, as the mouse would. */
    void placeCrosshair(qint64 utc);
    /*! The width in seconds of the points drawn now (the curves' interval, or coarser). */
    int shownBucketS() const { return mShownBucketS; }

signals:
    /*! The visible period changed by dragging, zooming or the keyboard. */
    void visiblePeriodChanged(qint64 fromUtc, qint64 toUtc);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    /*! The curves as drawn at one level of detail: mean kW over buckets of bucketS. */
    struct Level
    {
        QSharedPointer<QCPGraphDataContainer> production, consumption;
        std::shared_ptr<const std::vector<EnergyAreas::Step>> areas;
    };

    void onRangeChanged(const QCPRange &range);
    void fitValueAxis();
    void showLevelFor(const QCPRange &range);
    const Level &level(int bucketS);

    AlignedCurves mCurves;
    std::map<int, Level> mLevels; //!< built on first use, by bucket width
    int mShownBucketS = 0;
    EnergyAreas *mAreas;
    QCPGraph *mProduction;
    QCPGraph *mConsumption;
    QCPItemStraightLine *mCursorLine;
    QCPItemText *mCursorText;
    /*! Hatched bands behind the curves where values are estimated (#18). */
    QList<QCPItemRect *> mEstimatedBands;
    bool mAdjusting = false;
};

} // namespace wattelier::ui
