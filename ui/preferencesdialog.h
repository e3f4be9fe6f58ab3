// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace wattelier::ui {

class PinSettingsBox;

/*!
 * Preferences stored with QSettings: language, electricity prices, wattmeter
 * resolution, projection screen, the facilitator's PIN.
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void accept() override;
    QComboBox *screenBox() const { return mScreen; }
    PinSettingsBox *pinBox() const { return mPinBox; }

private:
    QComboBox *mLanguage;
    QLineEdit *mPrice;
    QLineEdit *mInjectionPrice;
    QLineEdit *mResolution;
    QComboBox *mScreen;
    QLabel *mRestartNote;
    PinSettingsBox *mPinBox;
};

} // namespace wattelier::ui
