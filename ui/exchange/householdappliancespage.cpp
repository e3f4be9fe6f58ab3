// SPDX-License-Identifier: GPL-3.0-or-later
#include "householdappliancespage.h"

#include "applianceform.h"
#include "categoryicons.h"
#include "core/units.h"
#include "core/workshop.h"
#include "inventory/appliancestore.h"
#include "inventory/inventoryeditor.h"
#include "inventory/inventorytotals.h"
#include "wattmeter/measuredconsumption.h"
#include "wattmeter/wattmeterreadingstore.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wattelier::ui {
namespace {
constexpr int idRole = Qt::UserRole + 1;

// Fields a change can touch, in the order they are written (notes are not
// shown in the simple mode and stay as they are).
constexpr ApplianceField changeableFields[] = {
    ApplianceField::Name,         ApplianceField::Category,      ApplianceField::Priority,
    ApplianceField::Flexibility,  ApplianceField::Quantity,      ApplianceField::PowerW,
    ApplianceField::StandbyW,     ApplianceField::UsageMode,     ApplianceField::HoursPerDay,
    ApplianceField::DaysPerWeek,  ApplianceField::CyclesPerWeek, ApplianceField::KwhPerCycle,
    ApplianceField::CatalogueKey,
};
} // namespace

HouseholdAppliancesPage::HouseholdAppliancesPage(Workshop &workshop, qint64 householdId,
                                                 QWidget *parent)
    : QWidget(parent)
    , mWorkshop(workshop)
    , mHouseholdId(householdId)
    , mStack(new QStackedWidget(this))
    , mList(new QTableWidget(this))
    , mTotal(new QLabel(this))
    , mEmpty(new QLabel(this))
    , mAdd(new QPushButton(tr("&Add an appliance"), this))
    , mChange(new QPushButton(tr("&Change"), this))
    , mRemove(new QPushButton(tr("Remo&ve"), this))
    , mForm(new ApplianceForm(this))
{
    mList->setColumnCount(3);
    mList->setHorizontalHeaderLabels({tr("Appliance"), tr("How many"), tr("kWh a year")});
    mList->setAccessibleName(tr("My appliances"));
    mList->setSelectionBehavior(QAbstractItemView::SelectRows);
    mList->setSelectionMode(QAbstractItemView::SingleSelection);
    mList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mList->setTabKeyNavigation(false);
    mList->setIconSize(QSize(36, 36));
    mList->verticalHeader()->hide();
    mList->verticalHeader()->setDefaultSectionSize(qMax(48, fontMetrics().height() * 2));
    mList->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    mList->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    mList->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    mTotal->setObjectName(QStringLiteral("householdTotal"));
    mEmpty->setWordWrap(true);
    mEmpty->setText(tr("No appliance yet. Start with the ones that are always on: the fridge, "
                       "the internet box…"));
    mAdd->setObjectName(QStringLiteral("householdPrimary"));

    // Enter changes the selected appliance, Delete removes it, as on the buttons.
    auto *changeKey = new QAction(this);
    changeKey->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    auto *removeKey = new QAction(this);
    removeKey->setShortcut(QKeySequence::Delete);
    for (QAction *action : {changeKey, removeKey}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        mList->addAction(action);
    }
    connect(changeKey, &QAction::triggered, this, &HouseholdAppliancesPage::changeCurrent);
    connect(removeKey, &QAction::triggered, this, &HouseholdAppliancesPage::removeCurrent);
    connect(mList, &QTableWidget::itemDoubleClicked, this, &HouseholdAppliancesPage::changeCurrent);
    connect(mList, &QTableWidget::itemSelectionChanged, this,
            &HouseholdAppliancesPage::updateButtons);
    connect(mAdd, &QPushButton::clicked, this, &HouseholdAppliancesPage::addAppliance);
    connect(mChange, &QPushButton::clicked, this, &HouseholdAppliancesPage::changeCurrent);
    connect(mRemove, &QPushButton::clicked, this, &HouseholdAppliancesPage::removeCurrent);
    connect(mForm, &ApplianceForm::saveRequested, this, &HouseholdAppliancesPage::save);
    connect(mForm, &ApplianceForm::cancelRequested, this, &HouseholdAppliancesPage::showList);

    const auto ifOurs = [this](qint64 householdId) {
        if (householdId == mHouseholdId)
            reload();
    };
    connect(&workshop.appliances(), &ApplianceStore::added, this, ifOurs);
    connect(&workshop.appliances(), &ApplianceStore::changed, this, ifOurs);
    connect(&workshop.appliances(), &ApplianceStore::removed, this, ifOurs);
    connect(&workshop.appliances(), &ApplianceStore::reset, this, &HouseholdAppliancesPage::reload);
    connect(&workshop.wattmeterReadings(), &WattmeterReadingStore::changed, this,
            &HouseholdAppliancesPage::reload);

    auto *listPage = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(16);
    buttons->addWidget(mAdd);
    buttons->addWidget(mChange);
    buttons->addWidget(mRemove);
    buttons->addStretch();
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(12);
    listLayout->addLayout(buttons);
    listLayout->addWidget(mList, 1);
    listLayout->addWidget(mEmpty);
    listLayout->addWidget(mTotal);
    mStack->addWidget(listPage);
    mStack->addWidget(mForm);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->addWidget(mStack);
    reload();
}

bool HouseholdAppliancesPage::isEditing() const
{
    return mStack->currentWidget() == mForm;
}

qint64 HouseholdAppliancesPage::currentId() const
{
    const int row = mList->currentRow();
    return row >= 0 && mList->item(row, 0) ? mList->item(row, 0)->data(idRole).toLongLong() : 0;
}

void HouseholdAppliancesPage::updateButtons()
{
    const bool selected = currentId() > 0 && !mList->selectedItems().isEmpty();
    mChange->setEnabled(selected);
    mRemove->setEnabled(selected);
}

void HouseholdAppliancesPage::reload()
{
    const qint64 keep = mSelectAfterReload > 0 ? mSelectAfterReload : currentId();
    mSelectAfterReload = 0;
    const QList<Appliance> appliances = mWorkshop.appliances().forHousehold(mHouseholdId);
    const ReadingsByAppliance readings = mWorkshop.wattmeterReadings().byAppliance(mHouseholdId);
    const QSignalBlocker blocker(mList);
    mList->clearContents();
    mList->setRowCount(int(appliances.size()));
    int keepRow = -1;
    for (int row = 0; row < appliances.size(); ++row) {
        const Appliance &a = appliances.at(row);
        const ApplianceConsumption consumption = applianceConsumption(a, readings.value(a.id));
        auto *name = new QTableWidgetItem(categoryIcon(a.category), a.name);
        name->setData(idRole, a.id);
        auto *quantity = new QTableWidgetItem(QLocale().toString(a.quantity));
        quantity->setTextAlignment(Qt::AlignCenter);
        QString kwh = units::kwh(consumption.kwhPerYear);
        if (consumption.measuredKwhPerYear)
            kwh = tr("%1 (measured)").arg(kwh);
        auto *yearly = new QTableWidgetItem(kwh);
        yearly->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        mList->setItem(row, 0, name);
        mList->setItem(row, 1, quantity);
        mList->setItem(row, 2, yearly);
        if (a.id == keep)
            keepRow = row;
    }
    if (keepRow >= 0)
        mList->selectRow(keepRow);
    else if (!appliances.isEmpty() && mList->currentRow() < 0)
        mList->selectRow(0);
    const InventoryTotals totals = inventoryTotals(appliances, &readings);
    mTotal->setText(tr("In all: about %1 a year").arg(units::kwh(totals.kwhPerYear)));
    mEmpty->setVisible(appliances.isEmpty());
    mList->setVisible(!appliances.isEmpty());
    updateButtons();
}

void HouseholdAppliancesPage::addAppliance()
{
    mForm->startNew(mHouseholdId);
    mStack->setCurrentWidget(mForm);
    mForm->searchField()->setFocus(Qt::OtherFocusReason);
}

void HouseholdAppliancesPage::changeCurrent()
{
    const auto appliance = mWorkshop.appliances().get(currentId());
    if (!appliance)
        return;
    mForm->startEdit(*appliance);
    mStack->setCurrentWidget(mForm);
}

void HouseholdAppliancesPage::removeCurrent()
{
    const auto appliance = mWorkshop.appliances().get(currentId());
    if (!appliance)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove an appliance"),
        tr("Remove “%1” from your list?\n\nIf it was a mistake, press Undo.").arg(appliance->name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    const int row = mList->currentRow();
    InventoryEditor(mWorkshop).removeAppliances({appliance->id});
    if (mList->rowCount() > 0)
        mList->selectRow(qMin(row, mList->rowCount() - 1));
    mList->setFocus();
}

void HouseholdAppliancesPage::save()
{
    QString problem;
    const auto entered = mForm->entered(&problem);
    if (!entered) {
        mForm->showProblem(problem);
        return;
    }
    InventoryEditor editor(mWorkshop);
    if (mForm->isNew()) {
        const qint64 id = editor.addAppliance(*entered);
        if (id == 0) {
            mForm->showProblem(tr("The appliance could not be saved."));
            return;
        }
        mSelectAfterReload = id;
        reload();
        showList();
        return;
    }
    const auto stored = mWorkshop.appliances().get(entered->id);
    if (!stored) {
        mForm->showProblem(tr("This appliance no longer exists."));
        return;
    }
    QList<ApplianceField> changed;
    for (const ApplianceField field : changeableFields) {
        if (fieldValue(*entered, field) != fieldValue(*stored, field))
            changed.append(field);
    }
    if (!changed.isEmpty()) {
        // All the answers of the form are one step: one Undo takes them back together.
        mWorkshop.runStep(tr("Change “%1”").arg(entered->name), [&] {
            for (const ApplianceField field : std::as_const(changed))
                editor.editAppliance(entered->id, field, fieldValue(*entered, field));
        });
    }
    showList();
}

void HouseholdAppliancesPage::showList()
{
    mStack->setCurrentIndex(0);
    mList->setFocus(Qt::OtherFocusReason);
}

} // namespace wattelier::ui
