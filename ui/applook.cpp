// SPDX-License-Identifier: GPL-3.0-or-later
#include "applook.h"

#include <QApplication>
#include <QFile>
#include <QStyleFactory>

namespace wattelier::ui {

void applyWattelierLook(QApplication &application)
{
    // Fusion looks the same on every desktop, which keeps the user guide's
    // screenshots true; the style sheet only adds headings and key figures.
    application.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QFile styleSheet(QStringLiteral(":/style/wattelier.qss"));
    if (styleSheet.open(QIODevice::ReadOnly))
        application.setStyleSheet(QString::fromUtf8(styleSheet.readAll()));
}

} // namespace wattelier::ui
