// SPDX-License-Identifier: GPL-3.0-or-later
// Wattelier: neighbourhood energy workshops.
// main() only chooses between the command line (no display needed) and the window.

#include "commandline.h"
#include "gui.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Wattelier"));
    QCoreApplication::setApplicationName(QStringLiteral("wattelier"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WATTELIER_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (wattelier::app::isCommandLineInvocation(arguments)) {
        std::unique_ptr<QCoreApplication> application;
        if (wattelier::app::commandDrawsText(arguments)) {
            // Laying out text needs fonts, hence a QGuiApplication; the offscreen
            // platform lets it run without a display (over ssh, in CI).
            qputenv("QT_QPA_PLATFORM", "offscreen");
            application = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            application = std::make_unique<QCoreApplication>(argc, argv);
        }
        setApplicationIdentity();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QTextStream out(stdout);
        QTextStream err(stderr);
        return wattelier::app::runCommandLine(QCoreApplication::arguments(), out, err);
    }

    QApplication application(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Wattelier"));
    QApplication::setDesktopFileName(QStringLiteral("be.wattelier.Wattelier"));
    return wattelier::app::runGui(application);
}
