// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonpage.h"

#include "core/chartstyle.h"
#include "core/units.h"
#include "core/workshop.h"
#include "energy/workshoptariff.h"
#include "inventory/appliancestore.h"
#include "inventory/householdstore.h"
#include "wattmeter/comparison.h"
#include "wattmeter/comparisontablemodel.h"
#include "wattmeter/wattmeterreadingstore.h"

#include "chartlook.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

namespace wattelier::ui {
namespace {
constexpr int chartRows = 8; // the biggest surprises, readable at a glance
}

ComparisonPage::ComparisonPage(Workshop &workshop, QWidget *parent)
    : QWidget(parent)
    , mWorkshop(workshop)
    , mModel(new ComparisonTableModel(workshop, this))
    , mScope(new QComboBox(this))
    , mUseMeasured(new QCheckBox(tr("Use &measured values in the totals"), this))
    , mShowNamesBox(new QCheckBox(tr("Show household &names"), this))
    , mTotals(new QLabel(this))
    , mTotalsDetail(new QLabel(this))
    , mStandby(new QLabel(this))
    , mTable(new QTableView(this))
    , mChart(new QChartView(new QChart, this))
{
    mTotals->setWhatsThis(
        tr("Electricity per year, added up over the appliances: the measured figure where "
           "wattmeter readings give one (a power times the hours of use, or the kWh read after "
           "some hours extrapolated to a year), the inventory's estimate elsewhere."));
    mStandby->setWhatsThis(
        tr("Standby per year: each appliance's standby power (measured where read) × the hours "
           "it is not running, added up; the cost uses the electricity price in Preferences."));
    auto *heading = new QLabel(tr("Wattmeter: measured against estimated"), this);
    heading->setObjectName(QStringLiteral("panelHeading"));
    mScope->setAccessibleName(tr("Household shown"));
    // 250 households in a list: type part of a name (or pseudonym: only what is
    // shown is searched) and choose among those that contain it.
    mScope->setEditable(true);
    mScope->setInsertPolicy(QComboBox::NoInsert);
    mScope->completer()->setFilterMode(Qt::MatchContains);
    mScope->completer()->setCompletionMode(QCompleter::PopupCompletion);
    connect(mScope->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        // Text that names no household goes back to the one shown.
        if (mScope->findText(mScope->currentText()) < 0)
            mScope->setEditText(mScope->itemText(mScope->currentIndex()));
    });
    mUseMeasured->setChecked(true);
    mUseMeasured->setToolTip(tr("Off: the totals use the inventory's estimates only"));
    mTotals->setObjectName(QStringLiteral("keyFigure"));
    mTotalsDetail->setWordWrap(true);
    mStandby->setWordWrap(true);

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(mModel);
    proxy->setSortRole(ComparisonTableModel::SortRole);
    mTable->setModel(proxy);
    mTable->setSortingEnabled(true);
    mTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->verticalHeader()->hide();
    mTable->setAlternatingRowColors(true);
    mTable->horizontalHeader()->setSectionResizeMode(ComparisonTableModel::ApplianceColumn,
                                                     QHeaderView::Stretch);
    mTable->setAccessibleName(tr("Measured against estimated, biggest surprises first"));

    styleChart(mChart);
    mChart->setAccessibleName(tr("Chart of the biggest surprises"));
    mChart->setMinimumWidth(360);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(mScope);
    top->addWidget(mUseMeasured);
    top->addStretch();
    top->addWidget(mShowNamesBox);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(mTable);
    splitter->addWidget(mChart);
    splitter->setSizes({760, 560});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(heading);
    layout->addLayout(top);
    layout->addWidget(mTotals);
    layout->addWidget(mTotalsDetail);
    layout->addWidget(mStandby);
    layout->addWidget(splitter, 1);

    connect(mScope, &QComboBox::currentIndexChanged, this, [this] {
        mModel->setHouseholdId(mScope->currentData().toLongLong());
        refresh();
    });
    connect(mUseMeasured, &QCheckBox::toggled, this, &ComparisonPage::refresh);
    // This page is made to be shown to the group: pseudonyms unless names are asked for.
    mShowNamesBox->setToolTip(tr("Off by default: the group sees pseudonyms"));
    // The workshop's one names state (#19): this box, the other pages and the documents follow it.
    connect(mShowNamesBox, &QCheckBox::toggled, &workshop, &Workshop::setShowNames);
    connect(&workshop, &Workshop::showNamesChanged, this, &ComparisonPage::setShowNames);
    connect(mModel, &QAbstractItemModel::modelReset, this, &ComparisonPage::refresh);
    connect(&workshop.households(), &HouseholdStore::added, this, &ComparisonPage::fillScopes);
    connect(&workshop.households(), &HouseholdStore::removed, this, &ComparisonPage::fillScopes);
    connect(&workshop.households(), &HouseholdStore::changed, this, &ComparisonPage::fillScopes);
    connect(&workshop.households(), &HouseholdStore::reset, this, &ComparisonPage::fillScopes);
    connect(&workshop, &Workshop::infoChanged, this, &ComparisonPage::refresh); // the price
    fillScopes();
    refresh();
}

void ComparisonPage::setShowNames(bool show)
{
    mShowNames = show;
    const QSignalBlocker blocker(mShowNamesBox);
    mShowNamesBox->setChecked(show);
    mModel->setShowNames(show);
    fillScopes();
    fillChart();
}

ComparisonPage::~ComparisonPage()
{
    // The household field loses its focus as the page goes: not a choice to check then.
    disconnect(mScope->lineEdit(), nullptr, this, nullptr);
}

void ComparisonPage::fillScopes()
{
    const qint64 current = mScope->currentData().toLongLong();
    const QSignalBlocker blocker(mScope);
    mScope->clear();
    mScope->addItem(tr("The whole group"), qint64(0));
    for (const Household &household : mWorkshop.households().all())
        mScope->addItem(shownName(household, mShowNames), household.id);
    mScope->setCurrentIndex(qMax(0, mScope->findData(current)));
}

void ComparisonPage::refresh()
{
    const qint64 householdId = mScope->currentData().toLongLong();
    const QList<Appliance> appliances = householdId > 0
                                            ? mWorkshop.appliances().forHousehold(householdId)
                                            : mWorkshop.appliances().all();
    const ReadingsByAppliance readings = mWorkshop.wattmeterReadings().byAppliance();
    const bool useMeasured = mUseMeasured->isChecked();
    const InventoryTotals totals = inventoryTotals(appliances, useMeasured ? &readings : nullptr);
    const InventoryTotals estimates = inventoryTotals(appliances);
    const QString who = householdId > 0 ? mScope->currentText() : tr("The group");
    mTotals->setText(units::kwhPerYear(useMeasured ? totals.kwhPerYear : estimates.kwhPerYear));
    if (useMeasured) {
        mTotalsDetail->setText(tr("%1, measured where there is a reading (estimates only: %2).")
                                   .arg(who, units::kwhPerYear(estimates.kwhPerYear)) +
                               QLatin1Char(' ') +
                               tr("%n of %1 appliance(s) measured.", nullptr, totals.measuredCount)
                                   .arg(totals.applianceCount));
    } else {
        mTotalsDetail->setText(tr("%1, from the inventory's estimates only.").arg(who));
    }
    const StandbyTotals standby =
        standbyTotals(appliances, readings, workshopTariff(mWorkshop).offtakeEurPerKwh);
    mStandby->setText(
        tr("Standby (appliances “off” but plugged in): %1 a year, about %2 at %3 per kWh "
           "(price in Preferences).")
            .arg(units::kwh(standby.kwhPerYear),
                 QLocale().toCurrencyString(standby.costEur, QStringLiteral("€"), 0),
                 QLocale().toCurrencyString(standby.priceEurPerKwh, QStringLiteral("€"), 2)));
    fillChart();
}

void ComparisonPage::fillChart()
{
    QChart *chart = mChart->chart();
    clearChart(chart);
    const QList<ComparisonRow> rows = mModel->rows().mid(0, chartRows);
    chart->setTitle(rows.isEmpty() ? tr("No wattmeter reading yet") : tr("Biggest surprises"));
    if (rows.isEmpty())
        return;
    auto *estimated = new QBarSet(tr("Estimated"));
    auto *measured = new QBarSet(tr("Measured"));
    estimated->setColor(chartstyle::estimated());
    measured->setColor(chartstyle::attention());
    QStringList labels;
    double maximum = 0.0;
    // Horizontal bars draw bottom-up: reverse so the biggest surprise is on top.
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        const double m = it->consumption.measuredKwhPerYear.value_or(0.0);
        estimated->append(it->consumption.estimatedKwhPerYear);
        measured->append(m);
        maximum = qMax(maximum, qMax(m, it->consumption.estimatedKwhPerYear));
        const QString who = mShowNames ? it->householdName : it->pseudonym;
        labels.append(it->applianceName.left(22) + QStringLiteral(" · ") + who);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(estimated);
    series->append(measured);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    auto *values = new QValueAxis;
    values->setRange(0, maximum * 1.05);
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->setTitleText(tr("kWh/year"));
    values->applyNiceNumbers();
    values->setTickCount(4);
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

} // namespace wattelier::ui
