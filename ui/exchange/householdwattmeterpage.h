// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace wattelier {
class Workshop;
}

namespace wattelier::ui {

/*!
 * "Wattmeter": the household's wattmeter readings and a short form to add
 * one (which appliance, what the wattmeter shows in plain words, the value,
 * the hours when it is energy over a time, the date), through WattmeterReadingEditor.
 */
class HouseholdWattmeterPage : public QWidget
{
    Q_OBJECT

public:
    HouseholdWattmeterPage(Workshop &workshop, qint64 householdId, QWidget *parent = nullptr);

    QTableWidget *list() const { return mList; }
    QComboBox *applianceBox() const { return mAppliance; }
    QComboBox *kindBox() const { return mKind; }
    QLineEdit *valueField() const { return mValue; }
    QLineEdit *hoursField() const { return mHours; }
    QDateEdit *dateField() const { return mDate; }
    QPushButton *addButton() const { return mAdd; }
    QLabel *messageLabel() const { return mMessage; }

    /*! Adds the reading as typed; false (with a plain message shown) when refused. */
    bool addReading();

private:
    void reloadAppliances();
    void reloadReadings();
    void updateForm();
    void showMessage(const QString &text, bool problem);

    Workshop &mWorkshop;
    qint64 mHouseholdId;
    QTableWidget *mList;
    QLabel *mNoAppliance;
    QComboBox *mAppliance;
    QComboBox *mKind;
    QLineEdit *mValue;
    QLabel *mUnit;
    QLabel *mHoursLabel;
    QLineEdit *mHours;
    QDateEdit *mDate;
    QPushButton *mAdd;
    QLabel *mMessage;
};

} // namespace wattelier::ui
