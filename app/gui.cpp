// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui.h"

#include "applook.h"
#include "languagesetting.h"
#include "mainwindow.h"
#include "smoketest.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>

namespace wattelier::app {

void prepareGuiApplication(QApplication &application)
{
    installTranslations(application, ui::interfaceLocale());
    ui::applyWattelierLook(application);
}

int runGui(QApplication &application)
{
    prepareGuiApplication(application);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("Gui", "Neighbourhood energy workshops"));
    parser.addHelpOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QApplication::translate("Gui", "Open the demo workshop."));
    parser.addOption(demoOption);
    const QCommandLineOption smokeTestOption(
        QStringLiteral("smoke-test"),
        QApplication::translate("Gui", "Start, show the main window with the workshop, print "
                                       "one JSON line and quit (used by CI)."));
    parser.addOption(smokeTestOption);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("Gui", "Workshop file to open."),
                                 QStringLiteral("[FILE.wattelier]"));
    parser.process(application);

    ui::MainWindow window;
    if (parser.isSet(smokeTestOption))
        startSmokeTest(window);
    window.show();
    if (parser.isSet(demoOption))
        window.openDemoWorkshop();
    else if (!parser.positionalArguments().isEmpty())
        window.openWorkshop(parser.positionalArguments().constFirst());
    return application.exec();
}

} // namespace wattelier::app
