// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarypanel.h"

#include "core/domain.h"
#include "core/enumkeys.h"
#include "core/palette.h"
#include "core/units.h"
#include "inventory/inventorysummary.h"
#include "inventory/inventorytotals.h"

#include "chartlook.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>
#include <QRadioButton>
#include <QValueAxis>
#include <QVBoxLayout>

namespace wattelier::ui {
namespace {

QChartView *makeChartView(QWidget *parent, const QString &accessibleName)
{
    auto *chart = new QChart;
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->legend()->hide();
    auto *view = new QChartView(chart, parent);
    styleChart(view);
    view->setAccessibleName(accessibleName);
    return view;
}

QLabel *swatch(const QColor &colour, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setFixedSize(12, 12);
    label->setStyleSheet(QStringLiteral("background: %1; border-radius: 2px;").arg(colour.name()));
    return label;
}

} // namespace

SummaryPanel::SummaryPanel(InventorySummary &summary, QWidget *parent)
    : QWidget(parent)
    , mSummary(summary)
    , mScopeButtons(new QButtonGroup(this))
    , mTotal(new QLabel(this))
    , mDetail(new QLabel(this))
    , mPriorityView(makeChartView(this, tr("Estimated consumption by priority")))
    , mCategoryView(makeChartView(this, tr("Estimated consumption by category")))
    , mFigures(new QGridLayout)
{
    auto *heading = new QLabel(tr("Summary"), this);
    heading->setObjectName(QStringLiteral("panelHeading"));
    auto *householdButton = new QRadioButton(tr("This &household"), this);
    auto *groupButton = new QRadioButton(tr("Whole &group"), this);
    mScopeButtons->addButton(householdButton, int(Scope::Household));
    mScopeButtons->addButton(groupButton, int(Scope::Group));
    groupButton->setChecked(true);
    connect(mScopeButtons, &QButtonGroup::idClicked, this, [this](int id) { setScope(Scope(id)); });

    mTotal->setObjectName(QStringLiteral("keyFigure"));
    mTotal->setWhatsThis(
        tr("Electricity per year. For each appliance: power (W) × hours a day × days a week × "
           "52.14 weeks ÷ 1000, plus its standby power for the rest of the year; or kWh per use "
           "× uses a week × 52.14; times the quantity. Where a wattmeter measured the appliance, "
           "the measurement replaces the estimate."));
    mTotal->setToolTip(mTotal->whatsThis());
    mDetail->setWordWrap(true);
    mPriorityView->setMinimumHeight(170);
    mCategoryView->setMinimumHeight(200);

    auto *scopeRow = new QHBoxLayout;
    scopeRow->addWidget(householdButton);
    scopeRow->addWidget(groupButton);
    scopeRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addLayout(scopeRow);
    layout->addWidget(mTotal);
    layout->addWidget(mDetail);
    layout->addWidget(mPriorityView, 2);
    layout->addLayout(mFigures);
    layout->addWidget(mCategoryView, 3);

    connect(&summary, &InventorySummary::changed, this, &SummaryPanel::refresh);
    refresh();
}

void SummaryPanel::setScope(Scope scope)
{
    mScope = scope;
    if (auto *button = mScopeButtons->button(int(scope)))
        button->setChecked(true);
    refresh();
}

void SummaryPanel::refresh()
{
    const bool group = mScope == Scope::Group;
    const InventoryTotals &totals = group ? mSummary.groupTotals() : mSummary.householdTotals();
    mTotal->setText(units::kwhPerYear(totals.kwhPerYear));
    QString detail;
    if (group) {
        detail = tr("%n household(s)", nullptr, mSummary.householdCount());
        if (const int others = mSummary.homes().otherParticipants; others > 0)
            detail += QStringLiteral(" · ") +
                      tr("%n other participant(s), not in the averages", nullptr, others);
        detail += QStringLiteral(" · ") + tr("%1 per household, %2 per person")
                                              .arg(units::kwh(mSummary.kwhPerHousehold()),
                                                   units::kwh(mSummary.kwhPerOccupant()));
    } else {
        detail =
            tr("%n appliance(s) in this household's inventory", nullptr, totals.applianceCount);
    }
    // Say where the figure comes from: estimates, or partly wattmeter readings.
    detail += QLatin1Char('\n') +
              (totals.measuredCount > 0
                   ? tr("Measured with a wattmeter for %n appliance(s), estimated for the rest",
                        nullptr, totals.measuredCount)
                   : tr("Estimated from the inventory"));
    mDetail->setText(detail);
    fillPriorityChart(totals);
    fillFigures(totals);
    fillCategoryChart(totals);
}

void SummaryPanel::fillPriorityChart(const InventoryTotals &totals)
{
    QChart *chart = mPriorityView->chart();
    chart->removeAllSeries();
    auto *series = new QPieSeries;
    series->setHoleSize(0.5);
    for (auto it = totals.byPriority.begin(); it != totals.byPriority.end(); ++it) {
        if (it.value() <= 0.0)
            continue;
        QPieSlice *slice = series->append(label(it.key()), it.value());
        slice->setColor(colourOf(it.key()));
        slice->setBorderColor(Qt::white);
    }
    chart->addSeries(series);
}

void SummaryPanel::fillFigures(const InventoryTotals &totals)
{
    while (QLayoutItem *item = mFigures->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int row = 0;
    for (auto it = totals.byPriority.begin(); it != totals.byPriority.end(); ++it, ++row) {
        mFigures->addWidget(swatch(colourOf(it.key()), this), row, 0);
        mFigures->addWidget(new QLabel(label(it.key()), this), row, 1);
        auto *kwh = new QLabel(units::kwh(it.value()), this);
        kwh->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        mFigures->addWidget(kwh, row, 2);
        kwh->setWhatsThis(tr("The estimated electricity per year of the appliances of this "
                             "priority, added up."));
        auto *share = new QLabel(units::percent(percentOf(it.value(), totals.kwhPerYear)), this);
        share->setWhatsThis(tr("This priority's share of the total: its kWh ÷ all the kWh."));
        share->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        mFigures->addWidget(share, row, 3);
    }
    mFigures->setColumnStretch(1, 1);
}

void SummaryPanel::fillCategoryChart(const InventoryTotals &totals)
{
    QChart *chart = mCategoryView->chart();
    clearChart(chart);

    // Largest category on top; one bar set per category so each keeps its colour.
    QList<Category> order = totals.byCategory.keys();
    std::sort(order.begin(), order.end(), [&](Category a, Category b) {
        return totals.byCategory.value(a) < totals.byCategory.value(b);
    });
    auto *series = new QHorizontalStackedBarSeries;
    QStringList labels;
    double maximum = 0.0;
    for (int i = 0; i < order.size(); ++i) {
        const Category category = order.at(i);
        labels.append(label(category));
        auto *set = new QBarSet(label(category));
        for (int j = 0; j < order.size(); ++j)
            set->append(j == i ? totals.byCategory.value(category) : 0.0);
        set->setColor(colourOf(category));
        set->setBorderColor(colourOf(category));
        series->append(set);
        maximum = qMax(maximum, totals.byCategory.value(category));
    }
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(labels);
    categoryAxis->setGridLineVisible(false);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0.0, maximum > 0.0 ? maximum * 1.05 : 1.0);
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    valueAxis->setTitleText(tr("kWh/year"));
    valueAxis->applyNiceNumbers();
    valueAxis->setTickCount(3); // few labels: they must not collide in a narrow panel
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
}

} // namespace wattelier::ui
