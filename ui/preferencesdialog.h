#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace wattelier::ui {

/*! Preferences stored with QSettings: language, electricity price, wattmeter resolution. */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    QComboBox *mLanguage;
    QLineEdit *mPrice;
    QLineEdit *mInjectionPrice;
    QLineEdit *mResolution;
    QLabel *mRestartNote;
};

} // namespace wattelier::ui
