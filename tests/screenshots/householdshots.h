// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QString>

class QWidget;

namespace wattelier {
class Workshop;
}

/*! Saves a widget as a PNG, checking it fits a 1366 × 768 screen; false on failure. */
using SaveScreenshot = std::function<bool(QWidget &, const QString &)>;

/*!
 * The "My household" window at 1366 × 768: household C's appliance list
 * (household-appliances-LANG.png) and the form with a catalogue search typed
 * and an entry chosen (household-form-LANG.png); household A's wattmeter
 * readings (household-wattmeter-LANG.png) and défi énergie grid
 * (household-challenge-LANG.png). Nothing is saved.
 */
bool renderHouseholdScreenshots(wattelier::Workshop &workshop, const QString &outFolder,
                                const QString &language, const SaveScreenshot &save);
