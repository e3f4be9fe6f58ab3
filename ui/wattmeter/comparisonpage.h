// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QChartView;
class QComboBox;
class QLabel;
class QTableView;

namespace wattelier {
class Workshop;
class ComparisonTableModel;
} // namespace wattelier

namespace wattelier::ui {

/*!
 * Estimated against measured: the appliances the wattmeter surprised most,
 * for one household or the group, with a chart, group totals (measured where
 * there is a reading, or estimates only) and the yearly cost of standby.
 */
class ComparisonPage : public QWidget
{
    Q_OBJECT

public:
    explicit ComparisonPage(Workshop &workshop, QWidget *parent = nullptr);
    ~ComparisonPage() override;

    void setShowNames(bool show);
    QTableView *tableView() const { return mTable; }
    QCheckBox *measuredSwitch() const { return mUseMeasured; }
    QLabel *totalsLabel() const { return mTotalsDetail; }
    QLabel *keyFigureLabel() const { return mTotals; }
    QLabel *standbyLabel() const { return mStandby; }
    QComboBox *scopeCombo() const { return mScope; }

public slots:
    void refresh();

private:
    void fillScopes();
    void fillChart();

    Workshop &mWorkshop;
    ComparisonTableModel *mModel;
    QComboBox *mScope;
    QCheckBox *mUseMeasured;
    QCheckBox *mShowNamesBox;
    QLabel *mTotals;
    QLabel *mTotalsDetail;
    QLabel *mStandby;
    QTableView *mTable;
    QChartView *mChart;
    bool mShowNames = false;
};

} // namespace wattelier::ui
