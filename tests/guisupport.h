// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers for the widget tests.

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

namespace wattelier::test {

/*! Answers the next message box with \a button (modal boxes block the test otherwise). */
inline void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        box->button(button)->click();
    });
}

} // namespace wattelier::test
