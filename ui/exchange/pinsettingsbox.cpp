// SPDX-License-Identifier: GPL-3.0-or-later
#include "pinsettingsbox.h"

#include "pindialog.h"
#include "preferences.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace wattelier::ui {

PinSettingsBox::PinSettingsBox(QWidget *parent)
    : QGroupBox(tr("Facilitator PIN"), parent)
    , mStatus(new QLabel(this))
    , mSet(new QPushButton(this))
    , mRemove(new QPushButton(tr("Re&move the PIN…"), this))
{
    mStatus->setWordWrap(true);
    connect(mSet, &QPushButton::clicked, this, &PinSettingsBox::setOrChange);
    connect(mRemove, &QPushButton::clicked, this, &PinSettingsBox::remove);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(mSet);
    buttons->addWidget(mRemove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mStatus);
    layout->addLayout(buttons);
    refreshStatus();
}

void PinSettingsBox::refreshStatus()
{
    const bool set = hasFacilitatorPin();
    mStatus->setText(set ? tr("A PIN is set. Leaving the “My household” window at the workshop "
                              "asks for it.")
                         : tr("No PIN yet. Wattelier asks you to choose one the first time you "
                              "open the “My household” window at the workshop."));
    mSet->setText(set ? tr("&Change the PIN…") : tr("Set a &PIN…"));
    mRemove->setEnabled(set);
}

void PinSettingsBox::setOrChange()
{
    if (hasFacilitatorPin() &&
        !PinDialog::askPin(this, facilitatorPinHash(), tr("Type the current PIN first.")))
        return;
    const QString hash = PinDialog::chooseNewPin(
        this, tr("Households at the workshop cannot leave their “My household” window "
                 "without this PIN. Keep it to yourself."));
    if (hash.isEmpty())
        return;
    setFacilitatorPinHash(hash);
    refreshStatus();
}

void PinSettingsBox::remove()
{
    if (!hasFacilitatorPin() ||
        !PinDialog::askPin(this, facilitatorPinHash(), tr("Type the current PIN to remove it.")))
        return;
    setFacilitatorPinHash(QString());
    refreshStatus();
}

} // namespace wattelier::ui
