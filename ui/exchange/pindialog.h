// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace wattelier::ui {

/*!
 * Asks for the facilitator's PIN (checked against a stored hash; a wrong PIN
 * keeps the dialog open with a plain message) or lets the facilitator choose a
 * new one, typed twice. The digits are masked; only 4 to 8 digits are accepted.
 */
class PinDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Ask,    //!< type the PIN; accepted only when it matches the expected hash
        Choose, //!< type a new PIN twice; newHash() holds its hash once accepted
    };

    explicit PinDialog(Mode mode, QWidget *parent = nullptr);

    /*! Ask mode: the stored hash the typed PIN must match. */
    void setExpectedHash(const QString &hash) { mExpectedHash = hash; }
    /*! A sentence above the field saying why the PIN is asked. */
    void setExplanation(const QString &text);

    /*! Choose mode: the hash of the new PIN, after the dialog was accepted. */
    QString newHash() const { return mNewHash; }

    QLineEdit *pinField() const { return mPin; }
    QLineEdit *repeatField() const { return mRepeat; }
    QLabel *problemLabel() const { return mProblem; }

    void accept() override;

    /*! Asks for the PIN; true only when the right PIN was typed. */
    static bool askPin(QWidget *parent, const QString &expectedHash, const QString &explanation);
    /*! Lets the facilitator choose a PIN; its hash, or empty when cancelled. */
    static QString chooseNewPin(QWidget *parent, const QString &explanation);

private:
    void showProblem(const QString &message, QLineEdit *field);

    Mode mMode;
    QString mExpectedHash;
    QString mNewHash;
    QLabel *mExplanation;
    QLineEdit *mPin;
    QLineEdit *mRepeat;
    QLabel *mProblem;
};

} // namespace wattelier::ui
