// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sharing/sharingscenario.h"
#include "workshoppane.h"

#include <optional>

class QAction;
class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QSpinBox;
class QTableView;

namespace wattelier {
class SharingComparisonModel;
class Workshop;
} // namespace wattelier

namespace wattelier::ui {

class DeferredRefresh;
class SharingMembersTable;

/*!
 * Sharing the sun (#22): the workshop's key scenarios, each one's key and
 * money edited as undoable steps, and all of them side by side on the same
 * year: what is shared and sent to the grid, and how the benefits are spread
 * between members (never naming one unless names are on; only group figures
 * below five members), with the month by month of the one selected.
 */
class SharingPage : public WorkshopPane
{
    Q_OBJECT

public:
    explicit SharingPage(Workshop &workshop, QWidget *parent = nullptr);
    ~SharingPage() override;

    QListWidget *scenarioList() const { return mList; }
    QAction *addAction() const { return mAdd; }
    QAction *deleteAction() const { return mDelete; }
    QComboBox *methodBox() const { return mMethod; }
    QSpinBox *roundsBox() const { return mRounds; }
    QComboBox *levelSplitBox() const { return mLevelSplit; }
    QDoubleSpinBox *localPriceField() const { return mLocalPrice; }
    SharingMembersTable *membersTable() const { return mMembers; }
    SharingComparisonModel *comparison() const { return mComparison; }
    QCustomPlot *gainsPlot() const { return mGains; }
    QCustomPlot *monthsPlot() const { return mMonths; }
    QLabel *summaryLabel() const { return mSummary; }

    /*! Recomputes now what is pending (tests, or before a screenshot). */
    void rebuild();

private:
    QWidget *createEditor();
    void fillList();
    qint64 selectedId() const;
    void showSelected();
    void fillMembers(const std::optional<SharingScenario> &scenario);
    void saveEditor();
    void addScenario();
    void renameSelected();
    void deleteSelected();
    void recompute();
    void drawGains();
    void drawMonths();

    Workshop &mWorkshop;
    DeferredRefresh *mRefresh;
    QAction *mAdd;
    QAction *mRename;
    QAction *mDelete;
    QListWidget *mList;
    QComboBox *mMethod;
    QSpinBox *mRounds;
    QComboBox *mLevelSplit;
    QDoubleSpinBox *mLocalPrice;
    QDoubleSpinBox *mNetworkReduction;
    QDoubleSpinBox *mFee;
    QDoubleSpinBox *mMargin;
    QComboBox *mPerimeter;
    SharingMembersTable *mMembers;
    QLabel *mSummary;
    SharingComparisonModel *mComparison;
    QTableView *mComparisonView;
    QCustomPlot *mGains;
    QCustomPlot *mMonths;
    bool mLoading = false;
    QList<QPair<SharingScenario, SharingResult>> mResults;
};

} // namespace wattelier::ui
