// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace wattelier {
class Workshop;
}

namespace wattelier::ui {

/*!
 * The group's wattmeters and where each one is: who has it since when, and
 * the history of its loans. Every change is undoable (Edit ▸ Undo).
 */
class WattmetersDialog : public QDialog
{
    Q_OBJECT

public:
    WattmetersDialog(Workshop &workshop, bool showNames, QWidget *parent = nullptr);

    QTableWidget *table() const { return mTable; }
    QTableWidget *history() const { return mHistory; }

private:
    void refresh();
    void refreshHistory();
    qint64 selectedId() const;
    QString householdLabel(qint64 householdId) const;
    void addWattmeter();
    void editWattmeter();
    void removeWattmeter();
    void lend();
    void giveBack();

    Workshop &mWorkshop;
    bool mShowNames;
    QTableWidget *mTable;
    QTableWidget *mHistory;
    QPushButton *mEdit;
    QPushButton *mRemove;
    QPushButton *mLend;
    QPushButton *mReturn;
};

} // namespace wattelier::ui
