// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

class QWidget;

namespace wattelier {
class Workshop;
}

namespace wattelier::ui {

class HouseholdWindow;

/*!
 * Starts "My household" at the workshop for \a householdId: asks the
 * facilitator to choose a PIN first if none is set (kept in Preferences),
 * hides \a mainWindow (and any other open window of Wattelier), shows the
 * household window maximized and, once the facilitator unlocks it with the
 * PIN, closes it and shows the hidden windows again.
 *
 * Returns the window (deleted when it closes), or null when the household does
 * not exist or the facilitator cancelled choosing a PIN.
 */
HouseholdWindow *startHouseholdModeAtWorkshop(QWidget *mainWindow, Workshop &workshop,
                                              qint64 householdId);

/*!
 * Shows "My household" at home on a household file: no PIN; closing closes it
 * (HouseholdWindow::closed()). The window is deleted when it closes, so
 * \a workshop must outlive it. Null when the household does not exist.
 */
HouseholdWindow *openHouseholdAtHome(Workshop &workshop, qint64 householdId,
                                     QWidget *parent = nullptr);

} // namespace wattelier::ui
