// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workshoppane.h"

class QSplitter;

namespace wattelier {
class Workshop;
class InventorySummary;
} // namespace wattelier

namespace wattelier::ui {

class AppliancePanel;
class HouseholdPanel;
class SummaryPanel;
class WattmeterReadingsPanel;

/*! The inventory screen: households, the current household's appliances, and the summary. */
class InventoryPage : public WorkshopPane
{
    Q_OBJECT

public:
    explicit InventoryPage(Workshop &workshop, QWidget *parent = nullptr);
    ~InventoryPage() override;

    HouseholdPanel *households() const { return mHouseholds; }
    AppliancePanel *appliances() const { return mAppliances; }
    SummaryPanel *summary() const { return mSummaryPanel; }
    WattmeterReadingsPanel *readings() const { return mReadings; }
    QSplitter *splitter() const { return mSplitter; }

private:
    InventorySummary *mSummary;
    HouseholdPanel *mHouseholds;
    AppliancePanel *mAppliances;
    WattmeterReadingsPanel *mReadings;
    SummaryPanel *mSummaryPanel;
    QSplitter *mSplitter;
};

} // namespace wattelier::ui
