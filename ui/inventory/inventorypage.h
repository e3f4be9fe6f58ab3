// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

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
class InventoryPage : public QWidget
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

signals:
    void statusMessage(const QString &message);
    /*! Something was refused and nothing changed: shown on the page's message bar. */
    void problem(const QString &text);

private:
    InventorySummary *mSummary;
    HouseholdPanel *mHouseholds;
    AppliancePanel *mAppliances;
    WattmeterReadingsPanel *mReadings;
    SummaryPanel *mSummaryPanel;
    QSplitter *mSplitter;
};

} // namespace wattelier::ui
