// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventorypage.h"

#include "appliancepanel.h"
#include "householdpanel.h"
#include "inventory/inventorysummary.h"
#include "summarypanel.h"
#include "wattmeter/wattmeterreadingspanel.h"

#include <QSplitter>
#include <QVBoxLayout>

namespace wattelier::ui {

InventoryPage::InventoryPage(Workshop &workshop, QWidget *parent)
    : WorkshopPane(parent)
    , mSummary(new InventorySummary(workshop, this))
    , mHouseholds(new HouseholdPanel(workshop, this))
    , mAppliances(new AppliancePanel(workshop, this))
    , mReadings(new WattmeterReadingsPanel(workshop, this))
    , mSummaryPanel(new SummaryPanel(*mSummary, this))
    , mSplitter(new QSplitter(Qt::Horizontal, this))
{
    // Appliances above, the chosen appliance's wattmeter readings below.
    auto *middle = new QSplitter(Qt::Vertical, this);
    middle->addWidget(mAppliances);
    middle->addWidget(mReadings);
    middle->setStretchFactor(0, 3);
    middle->setStretchFactor(1, 1);
    middle->setSizes({520, 170});
    middle->setChildrenCollapsible(false);
    mSplitter->addWidget(mHouseholds);
    mSplitter->addWidget(middle);
    mSplitter->addWidget(mSummaryPanel);
    mSplitter->setStretchFactor(0, 2);
    mSplitter->setStretchFactor(1, 6);
    mSplitter->setStretchFactor(2, 3);
    mSplitter->setSizes({300, 690, 376});
    mSplitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(mSplitter);

    const auto follow = [this](qint64 householdId) {
        mAppliances->setHousehold(householdId);
        mSummary->setHouseholdId(householdId);
    };
    connect(mHouseholds, &HouseholdPanel::currentHouseholdChanged, this, follow);
    connect(mHouseholds, &HouseholdPanel::statusMessage, this, &InventoryPage::statusMessage);
    connect(mHouseholds, &HouseholdPanel::problem, this, &InventoryPage::problem);
    connect(mAppliances, &AppliancePanel::problem, this, &InventoryPage::problem);
    connect(mReadings, &WattmeterReadingsPanel::problem, this, &InventoryPage::problem);
    connect(mAppliances, &AppliancePanel::statusMessage, this, &InventoryPage::statusMessage);
    connect(mAppliances, &AppliancePanel::currentApplianceChanged, mReadings,
            &WattmeterReadingsPanel::setAppliance);
    connect(mReadings, &WattmeterReadingsPanel::statusMessage, this, &InventoryPage::statusMessage);
    follow(mHouseholds->currentHouseholdId());
}

InventoryPage::~InventoryPage() = default;

} // namespace wattelier::ui
