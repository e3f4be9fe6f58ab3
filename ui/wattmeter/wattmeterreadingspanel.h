// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

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
class WattmeterReadingsPanel : public QWidget
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

signals:
    void statusMessage(const QString &message);
    /*! Something was refused and nothing changed: shown on the page's message bar. */
    void problem(const QString &text);

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
