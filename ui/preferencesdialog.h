#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace wattelier::ui {

/*!
 * Preferences stored with QSettings: language, electricity prices, wattmeter
 * resolution, projection screen.
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void accept() override;
    QComboBox *screenBox() const { return mScreen; }

private:
    QComboBox *mLanguage;
    QLineEdit *mPrice;
    QLineEdit *mInjectionPrice;
    QLineEdit *mResolution;
    QComboBox *mScreen;
    QLabel *mRestartNote;
};

} // namespace wattelier::ui
