// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharingpage.h"

#include "chartlook.h"
#include "core/palette.h"
#include "core/units.h"
#include "core/workshop.h"
#include "deferredrefresh.h"
#include "energy/workshoptariff.h"
#include "inventory/appliancestore.h"
#include "inventory/householdstore.h"
#include "sharing/sharingcomparisonmodel.h"
#include "sharing/sharingeditor.h"
#include "sharing/sharingscenariostore.h"
#include "sharingmemberstable.h"
#include "timeseries/seriesstore.h"

#include <QAction>
#include <QApplication>
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
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace wattelier::ui {
namespace {

QDoubleSpinBox *euroField(QWidget *parent, double maximum, int decimals, const QString &suffix)
{
    auto *field = new QDoubleSpinBox(parent);
    field->setRange(0, maximum);
    field->setDecimals(decimals);
    field->setSuffix(suffix);
    field->setLocale(QLocale());
    return field;
}

QCustomPlot *makePlot(QWidget *parent, const QString &name)
{
    auto *plot = new QCustomPlot(parent);
    plot->setLocale(QLocale());
    styleChart(plot);
    plot->setAccessibleName(name);
    plot->setMinimumSize(280, 170);
    return plot;
}

} // namespace

SharingPage::SharingPage(Workshop &workshop, QWidget *parent)
    : WorkshopPane(parent)
    , mWorkshop(workshop)
    , mRefresh(new DeferredRefresh(this, [this] { recompute(); }))
    , mAdd(new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New key"), this))
    , mRename(new QAction(tr("&Rename key…"), this))
    , mDelete(new QAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Delete key"), this))
    , mList(new QListWidget(this))
    , mMethod(new QComboBox(this))
    , mRounds(new QSpinBox(this))
    , mLevelSplit(new QComboBox(this))
    , mLocalPrice(euroField(this, 10, 3, tr(" €/kWh")))
    , mNetworkReduction(euroField(this, 10, 3, tr(" €/kWh")))
    , mFee(euroField(this, 100000, 0, tr(" € a year")))
    , mMargin(euroField(this, 10, 3, tr(" €/kWh")))
    , mPerimeter(new QComboBox(this))
    , mMembers(new SharingMembersTable(this))
    , mSummary(new QLabel(this))
    , mComparison(new SharingComparisonModel(this))
    , mComparisonView(new QTableView(this))
    , mGains(makePlot(this, tr("Each key's € gains per member, as a spread")))
    , mMonths(makePlot(this, tr("Shared and sent to the grid, month by month")))
{
    mAdd->setShortcut(QKeySequence(Qt::Key_Insert));
    mRename->setShortcut(QKeySequence(Qt::Key_F2));
    mDelete->setShortcut(QKeySequence::Delete);
    auto *buttons = new QHBoxLayout;
    for (QAction *action : {mAdd, mRename, mDelete}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        mList->addAction(action);
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    connect(mAdd, &QAction::triggered, this, &SharingPage::addScenario);
    connect(mRename, &QAction::triggered, this, &SharingPage::renameSelected);
    connect(mDelete, &QAction::triggered, this, &SharingPage::deleteSelected);
    mList->setAccessibleName(tr("Key scenarios"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Sharing keys saved in this workshop:"), left));
    leftLayout->addWidget(mList, 1);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(createEditor(), 3);

    mComparisonView->setModel(mComparison);
    mComparisonView->setAccessibleName(tr("The keys side by side"));
    mComparisonView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    mComparisonView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mComparisonView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mSummary->setWordWrap(true);
    auto *charts = new QHBoxLayout;
    charts->addWidget(mGains, 1);
    charts->addWidget(mMonths, 1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(mSummary);
    rightLayout->addWidget(mComparisonView);
    rightLayout->addLayout(charts, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({430, 900});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(splitter);

    connect(mList, &QListWidget::currentRowChanged, this, [this] {
        showSelected();
        drawMonths();
    });
    connect(mList, &QListWidget::itemDoubleClicked, this, &SharingPage::renameSelected);
    connect(&mWorkshop.sharingScenarios(), &SharingScenarioStore::changed, this, [this] {
        fillList();
        mRefresh->schedule();
    });
    // What the members take and send out comes from the curves.
    const auto inputsChanged = [this] { mRefresh->schedule(); };
    connect(&mWorkshop.series(), &SeriesStore::changed, this, inputsChanged);
    connect(&mWorkshop.appliances(), &ApplianceStore::added, this, inputsChanged);
    connect(&mWorkshop.appliances(), &ApplianceStore::changed, this, inputsChanged);
    connect(&mWorkshop.appliances(), &ApplianceStore::removed, this, inputsChanged);
    connect(&mWorkshop.households(), &HouseholdStore::added, this, inputsChanged);
    connect(&mWorkshop.households(), &HouseholdStore::removed, this, inputsChanged);
    connect(&mWorkshop, &Workshop::infoChanged, this, inputsChanged);
    connect(&mWorkshop, &Workshop::showNamesChanged, this, &SharingPage::showSelected);
    // The households' table follows the households; a rolled-back step reads all again.
    connect(&mWorkshop.households(), &HouseholdStore::added, this, &SharingPage::showSelected);
    connect(&mWorkshop.households(), &HouseholdStore::removed, this, &SharingPage::showSelected);
    connect(&mWorkshop.households(), &HouseholdStore::changed, this, &SharingPage::showSelected);
    connect(&mWorkshop.households(), &HouseholdStore::reset, this, [this, inputsChanged] {
        showSelected();
        inputsChanged();
    });
    fillList();
}

SharingPage::~SharingPage()
{
    // A field finishing its edit as the page goes is not a change to save.
    mLoading = true;
}

QWidget *SharingPage::createEditor()
{
    auto *box = new QGroupBox(tr("Selected key"), this);
    for (const SharingMethod method : {SharingMethod::Fixed, SharingMethod::ProRata,
                                       SharingMethod::Hybrid, SharingMethod::Cascade})
        mMethod->addItem(label(method), int(method));
    mMethod->setAccessibleName(tr("How the energy is split"));
    mMethod->setToolTip(
        tr("Fixed shares: each member its share of what is sent out, at most what "
           "it takes. Pro rata: in proportion to what each takes that quarter "
           "hour. Then pro rata: fixed shares first, the rest pro rata. Priority "
           "first: the members given a level are served first, level 1 before level 2…"));
    mLevelSplit->addItem(tr("pro rata of what each takes"), int(SharingMethod::ProRata));
    mLevelSplit->addItem(tr("by the shares, in the rounds above"), int(SharingMethod::Fixed));
    // Long in French: as narrow as the method's box, for a 1024-pixel projector.
    mLevelSplit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mLevelSplit->setMinimumContentsLength(16);
    mLevelSplit->setToolTip(tr("How the members of one priority level split what reaches "
                               "their level; the members without a level come last"));
    mRounds->setRange(0, 1000);
    mRounds->setSpecialValueText(tr("until nothing changes"));
    mRounds->setToolTip(tr("Further rounds offer what some members could not use to the members "
                           "still short, by their shares."));
    for (const SharingPerimeter perimeter :
         {SharingPerimeter::SameBuilding, SharingPerimeter::SameCabin,
          SharingPerimeter::SameSubstation, SharingPerimeter::Beyond})
        mPerimeter->addItem(label(perimeter), int(perimeter));
    mLocalPrice->setToolTip(tr("What a member pays for a shared kWh, unless its row gives its "
                               "own price; members ticked “Solidarity” pay nothing."));
    mNetworkReduction->setToolTip(tr("The network tariff saved on a shared kWh: it depends on "
                                     "the perimeter; type the rate that applies."));
    mMargin->setToolTip(tr("Out of the local price, per shared kWh, to a common fund."));
    auto *form = new QFormLayout;
    form->addRow(tr("&Split:"), mMethod);
    form->addRow(tr("R&ounds:"), mRounds);
    form->addRow(tr("Within a le&vel:"), mLevelSplit);
    form->addRow(tr("&Local price:"), mLocalPrice);
    form->addRow(tr("Net&work reduction:"), mNetworkReduction);
    form->addRow(tr("Yearly &fee:"), mFee);
    form->addRow(tr("&Margin to a fund:"), mMargin);
    form->addRow(tr("&Perimeter:"), mPerimeter);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addWidget(mMembers, 1);

    connect(mMethod, &QComboBox::activated, this, &SharingPage::saveEditor);
    connect(mPerimeter, &QComboBox::activated, this, &SharingPage::saveEditor);
    connect(mLevelSplit, &QComboBox::activated, this, &SharingPage::saveEditor);
    for (QAbstractSpinBox *field : std::initializer_list<QAbstractSpinBox *>{
             mRounds, mLocalPrice, mNetworkReduction, mFee, mMargin})
        connect(field, &QAbstractSpinBox::editingFinished, this, &SharingPage::saveEditor);
    connect(mMembers, &QTableWidget::itemChanged, this, &SharingPage::saveEditor);
    return box;
}

void SharingPage::fillList()
{
    const qint64 current = selectedId();
    {
        const QSignalBlocker blocker(mList);
        mList->clear();
        for (const SharingScenario &s : mWorkshop.sharingScenarios().all()) {
            auto *item = new QListWidgetItem(s.name, mList);
            item->setData(Qt::UserRole, s.id);
            if (s.id == current)
                mList->setCurrentItem(item);
        }
        if (!mList->currentItem() && mList->count() > 0)
            mList->setCurrentRow(0);
    }
    showSelected();
}

qint64 SharingPage::selectedId() const
{
    const QListWidgetItem *item = mList->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void SharingPage::showSelected()
{
    const std::optional<SharingScenario> scenario = mWorkshop.sharingScenarios().get(selectedId());
    mLoading = true;
    for (QWidget *w :
         std::initializer_list<QWidget *>{mMethod, mRounds, mLevelSplit, mLocalPrice,
                                          mNetworkReduction, mFee, mMargin, mPerimeter, mMembers})
        w->setEnabled(scenario.has_value());
    mRename->setEnabled(scenario.has_value());
    mDelete->setEnabled(scenario.has_value());
    if (scenario) {
        mMethod->setCurrentIndex(mMethod->findData(int(scenario->method)));
        mRounds->setValue(scenario->rounds);
        const bool cascade = scenario->method == SharingMethod::Cascade;
        mLevelSplit->setCurrentIndex(mLevelSplit->findData(int(scenario->levelSplit)));
        mLevelSplit->setEnabled(cascade);
        mRounds->setEnabled(scenario->method == SharingMethod::Fixed ||
                            (cascade && scenario->levelSplit == SharingMethod::Fixed));
        mLocalPrice->setValue(scenario->localEurPerKwh);
        mNetworkReduction->setValue(scenario->networkReductionEurPerKwh);
        mFee->setValue(scenario->yearlyFeeEur);
        mMargin->setValue(scenario->marginEurPerKwh);
        mPerimeter->setCurrentIndex(mPerimeter->findData(int(scenario->perimeter)));
    }
    fillMembers(scenario);
    mLoading = false;
}

void SharingPage::fillMembers(const std::optional<SharingScenario> &scenario)
{
    mMembers->fill(mWorkshop.households().all(), scenario, mWorkshop.showNames());
}

void SharingPage::saveEditor()
{
    if (mLoading)
        return;
    std::optional<SharingScenario> scenario = mWorkshop.sharingScenarios().get(selectedId());
    if (!scenario)
        return;
    scenario->method = SharingMethod(mMethod->currentData().toInt());
    scenario->rounds = mRounds->value();
    scenario->levelSplit = SharingMethod(mLevelSplit->currentData().toInt());
    scenario->localEurPerKwh = mLocalPrice->value();
    scenario->networkReductionEurPerKwh = mNetworkReduction->value();
    scenario->yearlyFeeEur = mFee->value();
    scenario->marginEurPerKwh = mMargin->value();
    scenario->perimeter = SharingPerimeter(mPerimeter->currentData().toInt());
    if (const QString typo = mMembers->readInto(*scenario); !typo.isEmpty()) {
        emit problem(typo);
        showSelected(); // back to what is saved
        return;
    }
    const QString error = SharingEditor(mWorkshop).replaceScenario(*scenario);
    if (!error.isEmpty()) {
        emit problem(error);
        showSelected(); // back to what is saved
    }
}

void SharingPage::addScenario()
{
    SharingScenario scenario;
    scenario.name = tr("Key %1").arg(mWorkshop.sharingScenarios().all().size() + 1);
    const auto id = SharingEditor(mWorkshop).addScenario(scenario);
    if (!id) {
        emit problem(id.error());
        return;
    }
    for (int row = 0; row < mList->count(); ++row)
        if (mList->item(row)->data(Qt::UserRole).toLongLong() == *id)
            mList->setCurrentRow(row);
}

void SharingPage::renameSelected()
{
    const qint64 id = selectedId();
    const std::optional<SharingScenario> before = mWorkshop.sharingScenarios().get(id);
    if (!before)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename key"), tr("Name:"),
                                               QLineEdit::Normal, before->name, &ok);
    // Read again: a field that had the focus was saved as the dialog opened.
    std::optional<SharingScenario> scenario = mWorkshop.sharingScenarios().get(id);
    if (!ok || name.trimmed().isEmpty() || !scenario)
        return;
    scenario->name = name.trimmed();
    if (const QString error = SharingEditor(mWorkshop).replaceScenario(*scenario); !error.isEmpty())
        emit problem(error);
}

void SharingPage::deleteSelected()
{
    if (const qint64 id = selectedId())
        SharingEditor(mWorkshop).removeScenario(id);
}

void SharingPage::rebuild()
{
    mRefresh->run();
}

void SharingPage::recompute()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    mResults.clear();
    QList<QPair<QString, SharingResult>> columns;
    const QList<SharingScenario> scenarios = mWorkshop.sharingScenarios().all();
    // The members' year of quarter hours (70 MB for 250 households) is made for the
    // computation and let go after it; without a key there is nothing to compute.
    std::optional<SharingInputs> inputs;
    QString inputsError;
    if (!scenarios.isEmpty()) {
        auto made = sharingInputs(mWorkshop, std::nullopt, std::nullopt);
        if (made)
            inputs = std::move(*made);
        else
            inputsError = made.error();
    }
    if (inputs) {
        const QList<SharingResult> results =
            runScenarios(*inputs, scenarios, workshopTariff(mWorkshop));
        for (qsizetype k = 0; k < scenarios.size(); ++k) {
            mResults.append({scenarios.at(k), results.at(k)});
            columns.append({scenarios.at(k).name, results.at(k)});
        }
        QHash<qint64, MemberRole> roles;
        for (const SharingMember &member : inputs->members)
            roles.insert(member.householdId, roleOf(member));
        mMembers->setRoles(roles);
    } else {
        mMembers->setRoles({}); // nothing computed: no role to tell
    }
    const int members =
        inputs ? int(inputs->members.size()) : int(mWorkshop.households().all().size());
    mComparison->setResults(columns, members);
    // A dozen rows at most: as tall as they are, the charts get the rest.
    mComparisonView->resizeRowsToContents();
    mComparisonView->setFixedHeight(mComparisonView->horizontalHeader()->height() +
                                    mComparisonView->verticalHeader()->length() +
                                    2 * mComparisonView->frameWidth() + 2);
    QApplication::restoreOverrideCursor();

    if (scenarios.isEmpty()) {
        mSummary->setText(tr("Add a key with “New key” (Insert)."));
    } else if (!inputs) {
        mSummary->setText(inputsError);
    } else if (inputs->productionWh == 0) {
        mSummary->setText(tr("Nothing is produced in %1 yet: import the production or describe "
                             "the PV installation on the Production and consumption page.")
                              .arg(inputs->year));
    } else {
        QString text = tr("%1: %2 produced behind the meters, %n member(s).", nullptr, members)
                           .arg(inputs->year)
                           .arg(units::kwh(inputs->productionWh / 1000.0));
        if (!mComparison->showsSpread())
            text += QLatin1Char(' ') + tr("With fewer than %1 members, only the group's figures "
                                          "are shown: the spread would point at each member.")
                                           .arg(SharingComparisonModel::fewestForSpread);
        mSummary->setText(text);
    }
    drawGains();
    drawMonths();
}

} // namespace wattelier::ui
