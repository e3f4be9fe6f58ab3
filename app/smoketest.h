// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace wattelier::ui {
class MainWindow;
}

namespace wattelier::app {

/*!
 * `wattelier --demo --smoke-test`: proves that the program starts, shows its
 * main window with the workshop open and quits cleanly. It prints one JSON line
 * on stdout once the window is exposed and painted with a workshop open, then
 * quits with 0; if that has not happened within \a timeoutMs (the window never
 * appears, the workshop did not open, a dialog blocks), it says why on stderr
 * and exits 1. CI runs the README's run command with it.
 */
void startSmokeTest(ui::MainWindow &window, int timeoutMs = 60000);

} // namespace wattelier::app
