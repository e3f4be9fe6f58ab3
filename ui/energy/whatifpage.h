// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "energy/scenarioevaluation.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QTableView;
class QTimer;

namespace wattelier {
class ScenarioComparisonModel;
class ShiftedApplianceModel;
class Workshop;
} // namespace wattelier

namespace wattelier::ui {

/*!
 * "What if": named scenarios saved in the workshop (more panels, flexible
 * appliances moved into the sunniest hours), compared side by side with
 * today, and for the chosen scenario the appliances it moved and what each
 * gained. Every change is undoable.
 */
class WhatIfPage : public QWidget
{
    Q_OBJECT

public:
    explicit WhatIfPage(Workshop &workshop, QWidget *parent = nullptr);

    QAction *addAction() const { return mAdd; }
    QAction *renameAction() const { return mRename; }
    QAction *deleteAction() const { return mDelete; }
    QListWidget *scenarioList() const { return mList; }
    QDoubleSpinBox *kwpField() const { return mKwp; }
    QCheckBox *changeKwpBox() const { return mChangeKwp; }
    QCheckBox *withinDayBox() const { return mWithinDay; }
    QCheckBox *acrossDaysBox() const { return mAcrossDays; }
    QComboBox *objectiveBox() const { return mObjective; }
    ScenarioComparisonModel *comparison() const { return mComparison; }
    ShiftedApplianceModel *appliances() const { return mAppliances; }

    /*! Recomputes now what is pending (tests, or before a screenshot). */
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createEditor();
    void fillList();
    void scheduleRefresh();
    void showSelected();
    void saveEditor();
    void addScenario();
    void renameSelected();
    void deleteSelected();
    qint64 selectedId() const;

    Workshop &mWorkshop;
    bool mCurvesDirty = true;
    bool mLoading = false;
    WorkshopCurves mCurves;
    /*! Results by scenario id, with the scenario as it was computed. */
    QHash<qint64, std::pair<Scenario, ScenarioResult>> mResults;
    QTimer *mRefreshTimer;
    QAction *mAdd;
    QAction *mRename;
    QAction *mDelete;
    QListWidget *mList;
    QCheckBox *mChangeKwp;
    QDoubleSpinBox *mKwp;
    QCheckBox *mWithinDay;
    QCheckBox *mAcrossDays;
    QComboBox *mObjective;
    QLabel *mMovedTitle;
    QLabel *mToday;
    QLabel *mError;
    ScenarioComparisonModel *mComparison;
    ShiftedApplianceModel *mAppliances;
    QTableView *mComparisonView;
    QTableView *mApplianceView;
};

} // namespace wattelier::ui
