// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace wattelier {
class Workshop;
}

namespace wattelier::ui {

class PinSettingsBox;

/*!
 * Preferences stored with QSettings (language, wattmeter resolution,
 * projection screen, the facilitator's PIN) and, when a workshop is open, its
 * electricity prices, which are stored in the workshop (an undoable change)
 * so that every laptop and the command line give the same euros.
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr, Workshop *workshop = nullptr);

    void accept() override;
    QComboBox *screenBox() const { return mScreen; }
    PinSettingsBox *pinBox() const { return mPinBox; }

private:
    Workshop *mWorkshop;
    QComboBox *mLanguage;
    QLineEdit *mPrice;
    QLineEdit *mInjectionPrice;
    QLineEdit *mResolution;
    QComboBox *mScreen;
    QLabel *mRestartNote;
    PinSettingsBox *mPinBox;
};

} // namespace wattelier::ui
