// Wattelier: neighbourhood energy workshops.
// main() only chooses between the command line (no display needed) and the window.

#include "commandline.h"
#include "gui.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

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
        QCoreApplication application(argc, argv);
        setApplicationIdentity();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QTextStream out(stdout);
        QTextStream err(stderr);
        return wattelier::app::runCommandLine(application.arguments(), out, err);
    }

    QApplication application(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Wattelier"));
    QApplication::setDesktopFileName(QStringLiteral("be.wattelier.Wattelier"));
    return wattelier::app::runGui(application);
}
