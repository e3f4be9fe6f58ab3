// SPDX-License-Identifier: GPL-3.0-or-later
#include "curvespage.h"

#include "averagedaychart.h"
#include "balancechart.h"
#include "core/units.h"
#include "core/workshop.h"
#include "deferredrefresh.h"
#include "energy/energyeditor.h"
#include "energy/workshoptariff.h"
#include "inventory/appliancestore.h"
#include "inventory/household.h"
#include "inventory/householdstore.h"
#include "keyfigurespanel.h"
#include "monthlybarschart.h"
#include "pvinstallationdialog.h"
#include "timeseries/civiltime.h"
#include "timeseries/seriesstore.h"
#include "wattmeter/wattmeterreadingstore.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace wattelier::ui {
namespace {

QString dateTimeText(qint64 utc)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(utc, ZoneConverter::brussels());
    return QLocale().toString(local, QLocale::ShortFormat);
}

QString describePeriod(PeriodKind kind, const QDate &date)
{
    const QLocale locale;
    switch (kind) {
    case PeriodKind::Day:
        return locale.toString(date, QLocale::LongFormat);
    case PeriodKind::Week:
        return CurvesPage::tr("Week of %1")
            .arg(
                locale.toString(date.addDays(1 - date.dayOfWeek()), QStringLiteral("d MMMM yyyy")));
    case PeriodKind::Month:
        return locale.toString(date, QStringLiteral("MMMM yyyy"));
    case PeriodKind::Year:
        return QString::number(date.year());
    }
    return {};
}

} // namespace

CurvesPage::CurvesPage(Workshop &workshop, QWidget *parent)
    : WorkshopPane(parent)
    , mWorkshop(workshop)
    , mRefresh(new DeferredRefresh(this, [this] { rebuild(); }))
    , mScope(new QComboBox(this))
    , mProductionSource(new QComboBox(this))
    , mInventoryOnly(new QCheckBox(tr("Consumption from the &inventories only"), this))
    , mYear(new QSpinBox(this))
    , mViews(new QButtonGroup(this))
    , mPeriodKind(new QComboBox(this))
    , mDate(new QDateEdit(this))
    , mPrevious(new QAction(QIcon::fromTheme(QStringLiteral("go-previous")), tr("&Previous period"),
                            this))
    , mNext(new QAction(QIcon::fromTheme(QStringLiteral("go-next")), tr("&Next period"), this))
    , mCharts(new QStackedWidget(this))
    , mBalanceChart(new BalanceChart(this))
    , mAverageDayChart(new AverageDayChart(this))
    , mMonthlyChart(new MonthlyBarsChart(this))
    , mFigures(new KeyFiguresPanel(this))
    , mSource(new QLabel(this))
{

    mCharts->addWidget(mBalanceChart);
    mCharts->addWidget(mAverageDayChart);
    mCharts->addWidget(mMonthlyChart);
    // Charts draw at any width: the page fits a 1024-pixel projector (#20).
    for (QWidget *chart :
         {static_cast<QWidget *>(mBalanceChart), static_cast<QWidget *>(mAverageDayChart),
          static_cast<QWidget *>(mMonthlyChart)})
        chart->setMinimumSize(320, 200);
    mSource->setWordWrap(true);
    mSource->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *body = new QHBoxLayout;
    body->addWidget(mCharts, 1);
    body->addWidget(mFigures);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createControls());
    layout->addLayout(body, 1);
    layout->addWidget(mSource);

    connect(mBalanceChart, &BalanceChart::visiblePeriodChanged, this,
            [this](qint64 from, qint64 to) {
                const UtcPeriod asked = periodContaining(periodKind(), mDate->date());
                const QString text = from == asked.fromUtc && to == asked.toUtc
                                         ? describePeriod(periodKind(), mDate->date())
                                         : tr("%1 to %2").arg(dateTimeText(from), dateTimeText(to));
                showFigures(from, to, text);
            });

    // Any change to what the curves are made of rebuilds them (once, shortly after).
    connect(&mWorkshop.series(), &SeriesStore::changed, this, [this] {
        // An import of another year moves the page there, unless a year was chosen (#20).
        const int suggested = defaultCurveYear(mWorkshop);
        const bool following = mYear->value() == mDefaultYear;
        mDefaultYear = suggested;
        if (following && mYear->value() != suggested)
            mYear->setValue(suggested); // rebuilds
        else
            scheduleRebuild();
    });
    connect(&mWorkshop.appliances(), &ApplianceStore::added, this, &CurvesPage::scheduleRebuild);
    connect(&mWorkshop.appliances(), &ApplianceStore::changed, this, &CurvesPage::scheduleRebuild);
    connect(&mWorkshop.appliances(), &ApplianceStore::removed, this, &CurvesPage::scheduleRebuild);
    connect(&mWorkshop.wattmeterReadings(), &WattmeterReadingStore::changed, this,
            &CurvesPage::scheduleRebuild);
    connect(&mWorkshop, &Workshop::infoChanged, this, &CurvesPage::scheduleRebuild);
    for (auto signal : {&HouseholdStore::added, &HouseholdStore::changed, &HouseholdStore::removed})
        connect(&mWorkshop.households(), signal, this, [this] {
            fillScope();
            scheduleRebuild();
        });
    fillScope();
    mDefaultYear = defaultCurveYear(mWorkshop);
    mYear->setValue(mDefaultYear);
    mDate->setDate(
        QDate(mYear->value(), QDate::currentDate().month(), qMin(QDate::currentDate().day(), 28)));
}

QWidget *CurvesPage::createControls()
{
    auto *controls = new QWidget(this);
    mScope->setAccessibleName(tr("Whose curves"));
    mProductionSource->addItem(tr("Measured production"), false);
    mProductionSource->addItem(tr("Estimated from the installation"), true);
    mProductionSource->setAccessibleName(tr("Production source"));
    mYear->setRange(2000, 2100);
    mYear->setAccessibleName(tr("Year"));
    auto *installation = new QPushButton(tr("PV &installation…"), controls);
    connect(installation, &QPushButton::clicked, this, &CurvesPage::editInstallation);

    const QString viewNames[] = {tr("&Curves"), tr("&Average day"), tr("&Months")};
    auto *row2 = new QHBoxLayout;
    for (int v = 0; v < 3; ++v) {
        auto *button = new QToolButton(controls);
        button->setText(viewNames[v]);
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        mViews->addButton(button, v);
        row2->addWidget(button);
    }
    mViews->button(0)->setChecked(true);
    row2->addSpacing(16);
    mPeriodKind->addItem(tr("Day"), int(PeriodKind::Day));
    mPeriodKind->addItem(tr("Week"), int(PeriodKind::Week));
    mPeriodKind->addItem(tr("Month"), int(PeriodKind::Month));
    mPeriodKind->addItem(tr("Year"), int(PeriodKind::Year));
    mPeriodKind->setCurrentIndex(1);
    mPeriodKind->setAccessibleName(tr("Period"));
    mPeriodKind->setToolTip(tr("Drag the chart or turn the wheel over it for any other period."));
    mDate->setCalendarPopup(true);
    mDate->setDisplayFormat(units::dateFormat());
    mDate->setAccessibleName(tr("Date shown"));
    mPrevious->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_PageUp)});
    mNext->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::Key_PageDown)});
    for (QAction *action : {mPrevious, mNext}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    auto *previous = new QToolButton(controls);
    previous->setDefaultAction(mPrevious);
    auto *next = new QToolButton(controls);
    next->setDefaultAction(mNext);
    row2->addWidget(mPeriodKind);
    row2->addWidget(previous);
    row2->addWidget(mDate);
    row2->addWidget(next);
    row2->addStretch();

    auto *row1 = new QHBoxLayout;
    auto *scopeLabel = new QLabel(tr("&Show:"), controls);
    scopeLabel->setBuddy(mScope);
    auto *yearLabel = new QLabel(tr("&Year:"), controls);
    yearLabel->setBuddy(mYear);
    row1->addWidget(scopeLabel);
    row1->addWidget(mScope);
    row1->addWidget(mProductionSource);
    row1->addWidget(yearLabel);
    row1->addWidget(mYear);
    row1->addStretch();
    // A row of their own: in French and Dutch one row of all controls is
    // wider than a 1024-pixel projector (#20).
    auto *row3 = new QHBoxLayout;
    row3->addWidget(mInventoryOnly);
    row3->addWidget(installation);
    row3->addStretch();

    auto *layout = new QVBoxLayout(controls);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row1);
    layout->addLayout(row2);
    layout->addLayout(row3);

    connect(mScope, &QComboBox::currentIndexChanged, this, &CurvesPage::scheduleRebuild);
    connect(mProductionSource, &QComboBox::currentIndexChanged, this, &CurvesPage::scheduleRebuild);
    connect(mInventoryOnly, &QCheckBox::toggled, this, &CurvesPage::scheduleRebuild);
    connect(mYear, &QSpinBox::valueChanged, this, [this](int year) {
        if (mDate->date().year() != year)
            mDate->setDate(QDate(year, mDate->date().month(), qMin(mDate->date().day(), 28)));
        scheduleRebuild();
    });
    connect(mViews, &QButtonGroup::idClicked, this, [this](int id) { setView(View(id)); });
    connect(mPeriodKind, &QComboBox::currentIndexChanged, this, &CurvesPage::applyPeriod);
    connect(mDate, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (date.year() != mYear->value())
            mYear->setValue(date.year());
        else
            applyPeriod();
    });
    connect(mPrevious, &QAction::triggered, this, [this] { stepPeriod(-1); });
    connect(mNext, &QAction::triggered, this, [this] { stepPeriod(1); });
    return controls;
}

void CurvesPage::fillScope()
{
    const qint64 current = mScope->currentData().toLongLong();
    const QSignalBlocker blocker(mScope);
    mScope->clear();
    mScope->addItem(tr("The whole group"), qint64(0));
    // Pseudonyms only: this page is often on a projector.
    for (const Household &h : mWorkshop.households().all())
        mScope->addItem(pseudonym(h), h.id);
    mScope->setCurrentIndex(qMax(0, mScope->findData(current)));
}

void CurvesPage::setView(View view)
{
    mView = view;
    mViews->button(int(view))->setChecked(true);
    mCharts->setCurrentIndex(int(view));
    mPeriodKind->setEnabled(view == View::Curves);
    applyPeriod();
}

void CurvesPage::showPeriod(PeriodKind kind, const QDate &date)
{
    mPeriodKind->setCurrentIndex(mPeriodKind->findData(int(kind)));
    mDate->setDate(date);
    mRefresh->runIfNeeded();
    applyPeriod();
}

void CurvesPage::setHousehold(qint64 householdId)
{
    mScope->setCurrentIndex(qMax(0, mScope->findData(householdId)));
    mRefresh->runIfNeeded();
}

void CurvesPage::stepPeriod(int steps)
{
    const PeriodKind kind = mView == View::Curves   ? periodKind()
                            : mView == View::Months ? PeriodKind::Year
                                                    : PeriodKind::Month;
    mDate->setDate(wattelier::stepPeriod(kind, mDate->date(), steps));
}

const WorkshopCurves &CurvesPage::curves()
{
    mRefresh->runIfNeeded();
    return mCurves;
}

void CurvesPage::scheduleRebuild()
{
    mRefresh->schedule();
}

void CurvesPage::rebuild()
{
    CurveOptions options;
    options.householdId = mScope->currentData().toLongLong();
    options.estimateProduction = mProductionSource->currentData().toBool();
    options.inventoryOnly = mInventoryOnly->isChecked();
    options.year = mYear->value();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    mCurves = workshopCurves(mWorkshop, options);
    QApplication::restoreOverrideCursor();
    mBalanceChart->setCurves(mCurves.curves);
    mSource->setText(describeSources());
    applyPeriod();
}

PeriodKind CurvesPage::periodKind() const
{
    return PeriodKind(mPeriodKind->currentData().toInt());
}

void CurvesPage::applyPeriod()
{
    if (mRefresh->isPending())
        return; // rebuild() comes back here
    const QDate date = mDate->date();
    switch (mView) {
    case View::Curves: {
        const UtcPeriod period = periodContaining(periodKind(), date);
        mBalanceChart->showPeriod(period.fromUtc, period.toUtc);
        break;
    }
    case View::AverageDay: {
        mAverageDayChart->showMonth(mCurves.curves, date.year(), date.month());
        const UtcPeriod month = periodContaining(PeriodKind::Month, date);
        showFigures(month.fromUtc, month.toUtc,
                    tr("Average day, %1").arg(describePeriod(PeriodKind::Month, date)));
        break;
    }
    case View::Months: {
        mMonthlyChart->setMonths(monthlyBalances(mCurves.curves, date.year()));
        const UtcPeriod year = periodContaining(PeriodKind::Year, date);
        showFigures(year.fromUtc, year.toUtc, describePeriod(PeriodKind::Year, date));
        break;
    }
    }
}

void CurvesPage::showFigures(qint64 fromUtc, qint64 toUtc, const QString &periodText)
{
    mShownBalance = balanceOf(mCurves.curves, fromUtc, toUtc);
    mFigures->setBalance(mShownBalance, periodText, workshopTariff(mWorkshop));
}

QString CurvesPage::describeSources() const
{
    QString production;
    switch (mCurves.productionSource) {
    case ProductionSource::Measured:
        production = tr("Production: %n measured series summed.", "", mCurves.productionSeries);
        break;
    case ProductionSource::Estimated:
        production = tr("Production: estimated from the PV installation (%1 kWp).")
                         .arg(QLocale().toString(pvInstallationOf(mWorkshop).kwp.value_or(0.0)));
        break;
    case ProductionSource::None:
        production = tr("Production: none measured; describe the PV installation to estimate it.");
        break;
    }
    // Counted in the year shown, so the count matches the curve drawn; households
    // measured in other years only are named apart, else "1 measured" puzzles
    // a group that imported two households' data (#20).
    QString consumption =
        tr("Consumption in %1: %n household(s) measured", "", mCurves.measuredHouseholds)
            .arg(mCurves.year) +
        QStringLiteral(", ") +
        tr("%n estimated from the inventory", "", mCurves.estimatedHouseholds);
    if (mCurves.measuredInOtherYears > 0)
        consumption += QStringLiteral(" ") +
                       tr("(%n measured in other years only)", "", mCurves.measuredInOtherYears);
    consumption += QLatin1Char('.');
    const QString interval = tr("Intervals of %n minute(s), Brussels time.", "",
                                mCurves.curves.production.intervalS / 60);
    // Where the year's consumption parts from the inventory page's figure, say why.
    const QString scope = consumptionScopeNote(mCurves, balanceOf(mCurves.curves).coverage());
    return production + QLatin1Char(' ') + consumption + QLatin1Char(' ') + interval +
           (scope.isEmpty() ? QString() : QLatin1Char(' ') + scope);
}

void CurvesPage::editInstallation()
{
    PvInstallationDialog dialog(pvInstallationOf(mWorkshop), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString error = EnergyEditor(mWorkshop).setPvInstallation(dialog.installation());
    if (!error.isEmpty())
        emit problem(error);
}

} // namespace wattelier::ui
