// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace wattelier {
class Workshop;
}

namespace wattelier::ui {

class ApplianceForm;

/*!
 * "My appliances": the household's short list with icon, name, quantity and
 * yearly kWh, the total, and Add / Change / Remove. Adding or changing shows
 * the one-appliance form in place of the list; each save is one undoable step.
 */
class HouseholdAppliancesPage : public QWidget
{
    Q_OBJECT

public:
    HouseholdAppliancesPage(Workshop &workshop, qint64 householdId, QWidget *parent = nullptr);

    QTableWidget *list() const { return mList; }
    QLabel *totalLabel() const { return mTotal; }
    QPushButton *addButton() const { return mAdd; }
    QPushButton *changeButton() const { return mChange; }
    QPushButton *removeButton() const { return mRemove; }
    ApplianceForm *form() const { return mForm; }
    bool isEditing() const;

    void addAppliance();
    void changeCurrent();
    void removeCurrent();

private:
    void reload();
    void save();
    void showList();
    qint64 currentId() const;
    void updateButtons();

    Workshop &mWorkshop;
    qint64 mHouseholdId;
    QStackedWidget *mStack;
    QTableWidget *mList;
    QLabel *mTotal;
    QLabel *mEmpty;
    QPushButton *mAdd;
    QPushButton *mChange;
    QPushButton *mRemove;
    ApplianceForm *mForm;
    qint64 mSelectAfterReload = 0;
};

} // namespace wattelier::ui
