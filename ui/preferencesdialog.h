#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace wattelier::ui {

/*! Preferences stored with QSettings; for now the interface language. */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    QComboBox *mLanguage;
    QLabel *mRestartNote;
};

} // namespace wattelier::ui
