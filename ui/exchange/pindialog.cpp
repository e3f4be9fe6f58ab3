// SPDX-License-Identifier: GPL-3.0-or-later
#include "pindialog.h"

#include "exchange/pinlock.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace wattelier::ui {
namespace {

QLineEdit *pinEdit(QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(8);
    // Digits only, as typed: a letter never appears among the dots.
    edit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), edit));
    edit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    return edit;
}

} // namespace

PinDialog::PinDialog(Mode mode, QWidget *parent)
    : QDialog(parent)
    , mMode(mode)
    , mExplanation(new QLabel(this))
    , mPin(pinEdit(this))
    , mRepeat(pinEdit(this))
    , mProblem(new QLabel(this))
{
    setWindowTitle(mode == Mode::Ask ? tr("Facilitator PIN") : tr("Choose a facilitator PIN"));
    mExplanation->setWordWrap(true);
    mExplanation->setVisible(false);
    mProblem->setObjectName(QStringLiteral("pinProblem"));
    mProblem->setWordWrap(true);
    mProblem->setStyleSheet(QStringLiteral("color: #A0281E; font-weight: 600;"));
    mProblem->setVisible(false);

    auto *form = new QFormLayout;
    if (mode == Mode::Ask) {
        form->addRow(tr("&PIN:"), mPin);
        mRepeat->setVisible(false);
    } else {
        form->addRow(tr("New &PIN (4 to 8 digits):"), mPin);
        form->addRow(tr("&Type it again:"), mRepeat);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::Ask ? tr("&Unlock") : tr("&Save the PIN"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PinDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PinDialog::reject);
    connect(mPin, &QLineEdit::textEdited, mProblem, &QLabel::hide);
    connect(mRepeat, &QLineEdit::textEdited, mProblem, &QLabel::hide);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mExplanation);
    layout->addLayout(form);
    layout->addWidget(mProblem);
    layout->addWidget(buttons);
    mPin->setFocus();
    resize(qMax(sizeHint().width(), 420), sizeHint().height());
}

void PinDialog::setExplanation(const QString &text)
{
    mExplanation->setText(text);
    mExplanation->setVisible(!text.isEmpty());
}

void PinDialog::showProblem(const QString &message, QLineEdit *field)
{
    mProblem->setText(message);
    mProblem->setVisible(true);
    field->clear();
    field->setFocus();
}

void PinDialog::accept()
{
    const QString pin = mPin->text();
    if (mMode == Mode::Ask) {
        if (!verifyPin(pin, mExpectedHash)) {
            showProblem(tr("This is not the facilitator's PIN. The window stays locked."), mPin);
            return;
        }
        QDialog::accept();
        return;
    }
    if (!isAcceptablePin(pin)) {
        mRepeat->clear();
        showProblem(tr("The PIN must be 4 to 8 digits."), mPin);
        return;
    }
    if (mRepeat->text() != pin) {
        showProblem(tr("The two PINs are not the same. Type the new PIN again."), mRepeat);
        return;
    }
    mNewHash = hashPin(pin);
    QDialog::accept();
}

bool PinDialog::askPin(QWidget *parent, const QString &expectedHash, const QString &explanation)
{
    PinDialog dialog(Mode::Ask, parent);
    dialog.setExpectedHash(expectedHash);
    dialog.setExplanation(explanation);
    return dialog.exec() == QDialog::Accepted;
}

QString PinDialog::chooseNewPin(QWidget *parent, const QString &explanation)
{
    PinDialog dialog(Mode::Choose, parent);
    dialog.setExplanation(explanation);
    return dialog.exec() == QDialog::Accepted ? dialog.newHash() : QString();
}

} // namespace wattelier::ui
