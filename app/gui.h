// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QApplication;

namespace wattelier::app {

/*! Translations for the chosen language, the Fusion style and Wattelier's style sheet. */
void prepareGuiApplication(QApplication &application);

/*! Prepares the application, parses `[FILE] [--demo]`, shows the main window and runs. */
int runGui(QApplication &application);

} // namespace wattelier::app
