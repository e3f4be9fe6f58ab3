// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "energy/localperiods.h"
#include "energy/workshopcurves.h"
#include "workshoppane.h"

#include <QDate>

class QAction;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;
class QStackedWidget;

namespace wattelier {
class Workshop;
}

namespace wattelier::ui {

class AverageDayChart;
class DeferredRefresh;
class BalanceChart;
class KeyFiguresPanel;
class MonthlyBarsChart;

/*!
 * "Production and consumption": the group's (or one household's) curves
 * for a day, a week, a month, a year or any stretch dragged on the chart;
 * the average day of a month; the balance month by month. The key figures
 * beside the chart follow what is on screen. Curves are rebuilt when the
 * workshop's series, inventories or PV installation change.
 */
class CurvesPage : public WorkshopPane
{
    Q_OBJECT

public:
    enum class View
    {
        Curves,
        AverageDay,
        Months
    };

    explicit CurvesPage(Workshop &workshop, QWidget *parent = nullptr);

    void setView(View view);
    View view() const { return mView; }
    /*! Shows the day/week/month/year holding \a date (the curves view). */
    void showPeriod(PeriodKind kind, const QDate &date);
    void setHousehold(qint64 householdId);
    void stepPeriod(int steps);

    const WorkshopCurves &curves();
    EnergyBalance shownBalance() const { return mShownBalance; }
    BalanceChart *balanceChart() const { return mBalanceChart; }
    AverageDayChart *averageDayChart() const { return mAverageDayChart; }
    MonthlyBarsChart *monthlyChart() const { return mMonthlyChart; }
    KeyFiguresPanel *keyFigures() const { return mFigures; }
    QLabel *sourceLabel() const { return mSource; }
    QAction *previousAction() const { return mPrevious; }
    QAction *nextAction() const { return mNext; }

private:
    QWidget *createControls();
    void fillScope();
    void scheduleRebuild();
    void rebuild();
    void applyPeriod();
    void showFigures(qint64 fromUtc, qint64 toUtc, const QString &periodText);
    void editInstallation();
    PeriodKind periodKind() const;
    QString describeSources() const;

    Workshop &mWorkshop;
    WorkshopCurves mCurves;
    int mDefaultYear = 0; //!< the year the data suggested last; followed until another is chosen
    View mView = View::Curves;
    EnergyBalance mShownBalance;
    DeferredRefresh *mRefresh;
    QComboBox *mScope;
    QComboBox *mProductionSource;
    QCheckBox *mInventoryOnly;
    QSpinBox *mYear;
    QButtonGroup *mViews;
    QComboBox *mPeriodKind;
    QDateEdit *mDate;
    QAction *mPrevious;
    QAction *mNext;
    QStackedWidget *mCharts;
    BalanceChart *mBalanceChart;
    AverageDayChart *mAverageDayChart;
    MonthlyBarsChart *mMonthlyChart;
    KeyFiguresPanel *mFigures;
    QLabel *mSource;
};

} // namespace wattelier::ui
