// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/appliance.h"
#include "wattmeter/wattmeterreading.h"
#include "wattmeter/wattmeterreadingwarnings.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace wattelier {
class Workshop;
}

namespace wattelier::ui {

/*!
 * Enters or changes one wattmeter reading of an appliance. Warnings appear as
 * the user types (standby below the resolution, a cycling appliance, a unit
 * slip); a value far from typical asks for confirmation before it is kept.
 */
class WattmeterReadingDialog : public QDialog
{
    Q_OBJECT

public:
    WattmeterReadingDialog(Workshop &workshop, const Appliance &appliance,
                           const WattmeterReading &reading, QWidget *parent = nullptr);

    /*! The reading as entered, valid once the dialog was accepted. */
    WattmeterReading reading() const;

    void accept() override;

    QComboBox *kindCombo() const { return mKind; }
    QLineEdit *valueField() const { return mValue; }
    QLineEdit *durationField() const { return mDuration; }
    QLabel *warningLabel() const { return mWarnings; }

private:
    void updateForm();
    bool parse(WattmeterReading *reading, QString *error) const;
    QList<WattmeterReadingWarning> warningsFor(const WattmeterReading &candidate) const;

    Workshop &mWorkshop;
    Appliance mAppliance;
    WattmeterReading mReading;
    QDateEdit *mDate;
    QComboBox *mKind;
    QLineEdit *mValue;
    QLabel *mUnit;
    QLabel *mDurationLabel;
    QLineEdit *mDuration;
    QLineEdit *mMeasuredBy;
    QComboBox *mWattmeter;
    QLineEdit *mNotes;
    QLabel *mWarnings;
    QDialogButtonBox *mButtons;
};

} // namespace wattelier::ui
