// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workshoppane.h"

class QAction;
class QLabel;
class QTableView;

namespace wattelier {
class Workshop;
class WattmeterReadingTableModel;
} // namespace wattelier

namespace wattelier::ui {

/*!
 * The wattmeter readings of the appliance chosen in the inventory, with its
 * estimated and measured yearly figures side by side.
 */
class WattmeterReadingsPanel : public WorkshopPane
{
    Q_OBJECT

public:
    explicit WattmeterReadingsPanel(Workshop &workshop, QWidget *parent = nullptr);

    void setAppliance(qint64 applianceId);

    QAction *addAction() const { return mAddAction; }
    QAction *editAction() const { return mEditAction; }
    QAction *deleteAction() const { return mDeleteAction; }
    QTableView *tableView() const { return mTable; }
    QLabel *summaryLabel() const { return mSummary; }

private:
    void addReading();
    void editReading();
    void deleteReadings();
    void refresh();

    Workshop &mWorkshop;
    WattmeterReadingTableModel *mModel;
    QTableView *mTable;
    QLabel *mHeading;
    QLabel *mSummary;
    QAction *mAddAction;
    QAction *mEditAction;
    QAction *mDeleteAction;
};

} // namespace wattelier::ui
