// SPDX-License-Identifier: GPL-3.0-or-later
#include "smoketest.h"

#include "core/workshop.h"
#include "mainwindow.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPixmap>
#include <QTimer>
#include <QWindow>

#include <cstdio>
#include <cstdlib>

namespace wattelier::app {

namespace {

bool windowIsReady(const ui::MainWindow &window)
{
    const QWindow *handle = window.windowHandle();
    return window.isVisible() && handle && handle->isExposed() && window.workshop();
}

} // namespace

void startSmokeTest(ui::MainWindow &window, int timeoutMs)
{
    auto *poll = new QTimer(&window);
    poll->setInterval(50);
    QObject::connect(poll, &QTimer::timeout, &window, [&window, poll] {
        if (!windowIsReady(window))
            return;
        poll->stop();
        // Painting the whole window once exercises every page's first paint.
        const QPixmap image = window.grab();
        const QJsonObject result{
            {QStringLiteral("smoke_test"), QStringLiteral("passed")},
            {QStringLiteral("window_title"), window.windowTitle()},
            {QStringLiteral("workshop"), window.workshop()->name()},
            {QStringLiteral("width"), image.width()},
            {QStringLiteral("height"), image.height()},
            {QStringLiteral("platform"), QGuiApplication::platformName()},
        };
        std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
        std::fputs("\n", stdout);
        std::fflush(stdout);
        window.close();
        QCoreApplication::quit();
    });
    poll->start();

    // A modal dialog (an error while opening) runs its own event loop; quit()
    // would not reach the main one, so a failed smoke test exits the process.
    QTimer::singleShot(timeoutMs, &window, [&window, timeoutMs] {
        std::fprintf(stderr,
                     "wattelier --smoke-test: the main window with a workshop did not appear "
                     "within %d ms (visible: %s, workshop open: %s)\n",
                     timeoutMs, window.isVisible() ? "yes" : "no",
                     window.workshop() ? "yes" : "no");
        std::fflush(stderr);
        std::_Exit(1);
    });
}

} // namespace wattelier::app
