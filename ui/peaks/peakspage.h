// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "peaks/workshoppeaks.h"
#include "workshoppane.h"

class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace wattelier {
class Workshop;
}

namespace wattelier::ui {

class DeferredRefresh;

/*!
 * "Peaks": what the group's cabin carries over a year. The group's peak and
 * reverse-flow peak, how much the households peak together, the
 * load-duration curve against the cabin's capacity, the day of the peak, the
 * monthly peaks and each household's load at the peak as an anonymous
 * distribution. The cabin's capacity is a workshop setting (undoable).
 */
class PeaksPage : public WorkshopPane
{
    Q_OBJECT

public:
    explicit PeaksPage(Workshop &workshop, QWidget *parent = nullptr);
    ~PeaksPage() override;

    const WorkshopPeaks &peaks();
    QLabel *figuresLabel() const { return mFigures; }
    QLabel *noteLabel() const { return mNote; }
    QSpinBox *yearBox() const { return mYear; }
    QDoubleSpinBox *capacityBox() const { return mKva; }
    QDoubleSpinBox *powerFactorBox() const { return mPowerFactor; }

private:
    QWidget *createControls();
    void scheduleRebuild();
    void rebuild();
    void showCabin();
    void saveCabin();
    QString describeFigures() const;

    Workshop &mWorkshop;
    WorkshopPeaks mPeaks;
    bool mShowingCabin = false;
    DeferredRefresh *mRefresh;
    QSpinBox *mYear;
    QDoubleSpinBox *mKva;
    QDoubleSpinBox *mPowerFactor;
    QLabel *mThreshold;
    QLabel *mFigures;
    QCustomPlot *mDuration;
    QCustomPlot *mPeakDay;
    QCustomPlot *mMonthly;
    QCustomPlot *mAtPeak;
    QLabel *mNote;
};

} // namespace wattelier::ui
