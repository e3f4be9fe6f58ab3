// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace wattelier::ui {

/*!
 * Preferences ▸ Facilitator PIN: set, change or remove the PIN that locks the
 * "My household" window. Changing or removing it needs the current PIN. Each
 * change is saved at once (the PIN dialogs are their own confirmation).
 */
class PinSettingsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit PinSettingsBox(QWidget *parent = nullptr);

    QPushButton *setButton() const { return mSet; }
    QPushButton *removeButton() const { return mRemove; }

private:
    void setOrChange();
    void remove();
    void refreshStatus();

    QLabel *mStatus;
    QPushButton *mSet;
    QPushButton *mRemove;
};

} // namespace wattelier::ui
