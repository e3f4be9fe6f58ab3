// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers for the widget tests.

#include <QAbstractButton>
#include <QApplication>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

namespace wattelier::test {

/*!
 * What every widget test does first: settings, recent files and the demo
 * workshop in test locations under the program's organisation, and, with
 * \a britishEnglish, numbers and dates as the English source strings show
 * them (tests that choose their language themselves pass false).
 */
inline void prepareGuiTest(bool britishEnglish = true)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Wattelier"));
    if (britishEnglish)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

/*! Shows \a window and makes it the active one (offscreen windows are not activated). */
[[nodiscard]] inline bool showAndActivate(QWidget &window)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    QApplication::setActiveWindow(&window);
    return QTest::qWaitFor([&window] { return window.isActiveWindow(); });
}

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
