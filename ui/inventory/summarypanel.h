// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QButtonGroup;
class QChart;
class QChartView;
class QGridLayout;
class QLabel;

namespace wattelier {
class InventorySummary;
struct InventoryTotals;
} // namespace wattelier

namespace wattelier::ui {

/*!
 * How the consumption splits between indispensable, useful and comfort uses
 * and between categories, for the current household or the whole group: a
 * chart and the figures. The totals come from InventorySummary in models/.
 */
class SummaryPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Scope
    {
        Household,
        Group
    };

    explicit SummaryPanel(InventorySummary &summary, QWidget *parent = nullptr);

    void setScope(Scope scope);
    Scope scope() const { return mScope; }

private:
    void refresh();
    void fillPriorityChart(const InventoryTotals &totals);
    void fillCategoryChart(const InventoryTotals &totals);
    void fillFigures(const InventoryTotals &totals);

    InventorySummary &mSummary;
    Scope mScope = Scope::Group;
    QButtonGroup *mScopeButtons;
    QLabel *mTotal;
    QLabel *mDetail;
    QChartView *mPriorityView;
    QChartView *mCategoryView;
    QGridLayout *mFigures;
};

} // namespace wattelier::ui
