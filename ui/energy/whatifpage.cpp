// SPDX-License-Identifier: GPL-3.0-or-later
#include "whatifpage.h"

#include "core/units.h"
#include "core/workshop.h"
#include "energy/energyeditor.h"
#include "energy/scenariostore.h"
#include "energy/scenariotablemodels.h"
#include "inventory/appliancestore.h"
#include "inventory/household.h"
#include "inventory/householdstore.h"
#include "peaks/cabin.h"
#include "timeseries/seriesstore.h"
#include "wattmeter/wattmeterreadingstore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace wattelier::ui {

WhatIfPage::WhatIfPage(Workshop &workshop, QWidget *parent)
    : QWidget(parent)
    , mWorkshop(workshop)
    , mRefreshTimer(new QTimer(this))
    , mAdd(new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New scenario"), this))
    , mRename(new QAction(tr("&Rename scenario…"), this))
    , mDelete(new QAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Delete scenario"),
                          this))
    , mList(new QListWidget(this))
    , mChangeKwp(new QCheckBox(tr("&Peak power:"), this))
    , mKwp(new QDoubleSpinBox(this))
    , mWithinDay(new QCheckBox(tr("Move appliances flexible &within the day"), this))
    , mAcrossDays(new QCheckBox(tr("Move appliances flexible &across days"), this))
    , mObjective(new QComboBox(this))
    , mMovedTitle(new QLabel(this))
    , mToday(new QLabel(this))
    , mError(new QLabel(this))
    , mComparison(new ScenarioComparisonModel(this))
    , mAppliances(new ShiftedApplianceModel(this))
    , mComparisonView(new QTableView(this))
    , mApplianceView(new QTableView(this))
{
    mRefreshTimer->setSingleShot(true);
    mRefreshTimer->setInterval(200);
    connect(mRefreshTimer, &QTimer::timeout, this, &WhatIfPage::refresh);
    mAdd->setShortcut(QKeySequence(Qt::Key_Insert));
    mRename->setShortcut(QKeySequence(Qt::Key_F2));
    mDelete->setShortcut(QKeySequence::Delete);
    for (QAction *action : {mAdd, mRename, mDelete}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        QWidget::addAction(action);
    }
    connect(mAdd, &QAction::triggered, this, &WhatIfPage::addScenario);
    connect(mRename, &QAction::triggered, this, &WhatIfPage::renameSelected);
    connect(mDelete, &QAction::triggered, this, &WhatIfPage::deleteSelected);

    mList->setAccessibleName(tr("Scenarios"));
    auto *listButtons = new QHBoxLayout;
    for (QAction *action : {mAdd, mRename, mDelete}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        listButtons->addWidget(button);
    }
    listButtons->addStretch();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Scenarios saved in this workshop:"), left));
    leftLayout->addWidget(mList, 1);
    leftLayout->addLayout(listButtons);
    leftLayout->addWidget(createEditor());

    mComparisonView->setModel(mComparison);
    mComparisonView->setAccessibleName(tr("Today and the scenarios side by side"));
    mComparisonView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    mComparisonView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mComparisonView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mApplianceView->setModel(mAppliances);
    mApplianceView->setAccessibleName(tr("Appliances moved by the scenario"));
    mApplianceView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mApplianceView->horizontalHeader()->setStretchLastSection(true);
    mApplianceView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mApplianceView->setSortingEnabled(false);
    mError->setWordWrap(true);
    mError->setStyleSheet(QStringLiteral("color: #D55E00"));
    mToday->setWordWrap(true);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(mToday);
    rightLayout->addWidget(mError);
    rightLayout->addWidget(mComparisonView);
    rightLayout->addWidget(mMovedTitle);
    rightLayout->addWidget(mApplianceView, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(mList, &QListWidget::currentRowChanged, this, &WhatIfPage::showSelected);
    connect(mList, &QListWidget::itemDoubleClicked, this, &WhatIfPage::renameSelected);
    connect(&mWorkshop.scenarios(), &ScenarioStore::changed, this, [this] {
        fillList();
        scheduleRefresh();
    });
    const auto curvesChanged = [this] {
        mCurvesDirty = true;
        scheduleRefresh();
    };
    connect(&mWorkshop.series(), &SeriesStore::changed, this, curvesChanged);
    connect(&mWorkshop.appliances(), &ApplianceStore::added, this, curvesChanged);
    connect(&mWorkshop.appliances(), &ApplianceStore::changed, this, curvesChanged);
    connect(&mWorkshop.appliances(), &ApplianceStore::removed, this, curvesChanged);
    connect(&mWorkshop.wattmeterReadings(), &WattmeterReadingStore::changed, this, curvesChanged);
    connect(&mWorkshop.households(), &HouseholdStore::removed, this, curvesChanged);
    connect(&mWorkshop, &Workshop::infoChanged, this, curvesChanged);
    fillList();
}

QWidget *WhatIfPage::createEditor()
{
    auto *box = new QGroupBox(tr("Selected scenario"), this);
    mKwp->setRange(0.1, 100000);
    mKwp->setDecimals(1);
    mKwp->setSuffix(tr(" kWp"));
    mKwp->setLocale(QLocale());
    mKwp->setAccessibleName(tr("Peak power of the scenario"));
    mChangeKwp->setToolTip(tr("Scale today's production to another peak power, e.g. panels "
                              "added on another roof."));
    mWithinDay->setToolTip(tr("Appliances whose flexibility is “within the day” move within "
                              "the same day."));
    mAcrossDays->setToolTip(tr("Appliances whose flexibility is “across days” move within the "
                               "same week."));
    for (const ShiftObjective objective :
         {ShiftObjective::IntoProduction, ShiftObjective::AwayFromPeak})
        mObjective->addItem(label(objective), QVariant::fromValue(int(objective)));
    mObjective->setToolTip(
        tr("Into the sunniest hours: where the most production is left over. Away from the "
           "group's peak hours: where the group draws least, so that the cabin's highest "
           "quarter hours come down."));
    auto *form = new QFormLayout(box);
    form->addRow(mChangeKwp, mKwp);
    form->addRow(mWithinDay);
    form->addRow(mAcrossDays);
    form->addRow(tr("&Move them:"), mObjective);
    connect(mChangeKwp, &QCheckBox::toggled, mKwp, &QWidget::setEnabled);
    connect(mChangeKwp, &QCheckBox::toggled, this, &WhatIfPage::saveEditor);
    connect(mKwp, &QDoubleSpinBox::editingFinished, this, &WhatIfPage::saveEditor);
    connect(mWithinDay, &QCheckBox::toggled, this, &WhatIfPage::saveEditor);
    connect(mAcrossDays, &QCheckBox::toggled, this, &WhatIfPage::saveEditor);
    connect(mObjective, &QComboBox::activated, this, &WhatIfPage::saveEditor);
    return box;
}

void WhatIfPage::fillList()
{
    const qint64 current = selectedId();
    const QSignalBlocker blocker(mList);
    mList->clear();
    for (const Scenario &s : mWorkshop.scenarios().all()) {
        auto *item = new QListWidgetItem(s.name, mList);
        item->setData(Qt::UserRole, s.id);
        if (s.id == current)
            mList->setCurrentItem(item);
    }
    if (!mList->currentItem() && mList->count() > 0)
        mList->setCurrentRow(0);
    showSelected();
}

qint64 WhatIfPage::selectedId() const
{
    const QListWidgetItem *item = mList->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void WhatIfPage::showSelected()
{
    const std::optional<Scenario> scenario = mWorkshop.scenarios().get(selectedId());
    mLoading = true;
    for (QWidget *w :
         std::initializer_list<QWidget *>{mChangeKwp, mKwp, mWithinDay, mAcrossDays, mObjective})
        w->setEnabled(scenario.has_value());
    if (scenario) {
        mChangeKwp->setChecked(scenario->targetKwp.has_value());
        mKwp->setEnabled(scenario->targetKwp.has_value());
        mKwp->setValue(
            scenario->targetKwp.value_or(pvInstallationOf(mWorkshop).kwp.value_or(mKwp->value())));
        mWithinDay->setChecked(scenario->shiftWithinDay);
        mAcrossDays->setChecked(scenario->shiftAcrossDays);
        mObjective->setCurrentIndex(mObjective->findData(int(scenario->shiftObjective)));
    }
    mLoading = false;
    mMovedTitle->setText(scenario && scenario->shiftObjective == ShiftObjective::AwayFromPeak
                             ? tr("Appliances the selected scenario moves, most energy moved "
                                  "first:")
                             : tr("Appliances the selected scenario moves, biggest gain first:"));
    mRename->setEnabled(scenario.has_value());
    mDelete->setEnabled(scenario.has_value());
    const auto found = mResults.constFind(selectedId());
    QHash<qint64, QString> names;
    for (const Household &h : mWorkshop.households().all())
        names.insert(h.id, pseudonym(h));
    mAppliances->setResult(found != mResults.constEnd() ? found->second : ScenarioResult{}, names);
    mError->setText(found != mResults.constEnd() ? found->second.error : QString());
    mError->setVisible(!mError->text().isEmpty());
}

void WhatIfPage::saveEditor()
{
    if (mLoading)
        return;
    std::optional<Scenario> scenario = mWorkshop.scenarios().get(selectedId());
    if (!scenario)
        return;
    scenario->targetKwp =
        mChangeKwp->isChecked() ? std::optional<double>(mKwp->value()) : std::nullopt;
    scenario->shiftWithinDay = mWithinDay->isChecked();
    scenario->shiftAcrossDays = mAcrossDays->isChecked();
    scenario->shiftObjective = ShiftObjective(mObjective->currentData().toInt());
    const QString error = EnergyEditor(mWorkshop).replaceScenario(*scenario);
    mError->setText(error);
    mError->setVisible(!error.isEmpty());
}

void WhatIfPage::addScenario()
{
    Scenario scenario;
    scenario.name = tr("Scenario %1").arg(mWorkshop.scenarios().all().size() + 1);
    const auto id = EnergyEditor(mWorkshop).addScenario(scenario);
    if (!id)
        return; // a failed write is on the message bar already (Workshop::writeFailed)
    for (int row = 0; row < mList->count(); ++row)
        if (mList->item(row)->data(Qt::UserRole).toLongLong() == *id)
            mList->setCurrentRow(row);
}

void WhatIfPage::renameSelected()
{
    std::optional<Scenario> scenario = mWorkshop.scenarios().get(selectedId());
    if (!scenario)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename scenario"), tr("Name:"),
                                               QLineEdit::Normal, scenario->name, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    scenario->name = name.trimmed();
    EnergyEditor(mWorkshop).replaceScenario(*scenario);
}

void WhatIfPage::deleteSelected()
{
    if (const qint64 id = selectedId())
        EnergyEditor(mWorkshop).removeScenario(id);
}

void WhatIfPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void WhatIfPage::scheduleRefresh()
{
    if (isVisible())
        mRefreshTimer->start();
}

void WhatIfPage::refresh()
{
    mRefreshTimer->stop();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    if (mCurvesDirty) {
        mCurves = workshopCurves(mWorkshop, {.flexibleLoads = true});
        mResults.clear();
        mCurvesDirty = false;
    }
    const std::optional<double> installed = pvInstallationOf(mWorkshop).kwp;
    const std::optional<double> threshold = cabinOf(mWorkshop).thresholdKw();
    QList<QPair<QString, ScenarioResult>> columns;
    QHash<qint64, std::pair<Scenario, ScenarioResult>> kept;
    for (const Scenario &s : mWorkshop.scenarios().all()) {
        auto found = mResults.constFind(s.id);
        // A renamed scenario keeps its figures; any other change recomputes them.
        Scenario unnamed = s;
        if (found != mResults.constEnd())
            unnamed.name = found->first.name;
        if (found == mResults.constEnd() || !(found->first == unnamed))
            kept.insert(s.id, {s, evaluateScenario(mCurves, s, installed, threshold)});
        else
            kept.insert(s.id, {s, found->second});
        columns.append({s.name, kept.value(s.id).second});
    }
    mResults = kept;
    mComparison->setResults(balanceOf(mCurves.curves),
                            groupPeakOf(mCurves.curves, mCurves.year, threshold), columns);
    // The comparison is a handful of rows: as tall as they are, the moved appliances get the rest.
    mComparisonView->resizeRowsToContents();
    mComparisonView->setFixedHeight(mComparisonView->horizontalHeader()->height() +
                                    mComparisonView->verticalHeader()->length() +
                                    2 * mComparisonView->frameWidth() + 2);
    QApplication::restoreOverrideCursor();

    double movable = 0;
    for (const ApplianceLoad &load : mCurves.flexible)
        movable += load.movableKwhPerYear;
    QString today = tr("Today, %1: %n flexible appliance(s) in the inventories could move %2 "
                       "a year.",
                       "", int(mCurves.flexible.size()))
                        .arg(mCurves.year)
                        .arg(units::kwh(movable));
    if (mCurves.productionSource == ProductionSource::None)
        today += QLatin1Char(' ') + tr("There is no production to compare with yet: import the "
                                       "inverter's data or describe the PV installation on the "
                                       "Production and consumption page.");
    mToday->setText(today);
    showSelected();
}

} // namespace wattelier::ui
