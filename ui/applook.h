// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;

namespace wattelier::ui {

/*!
 * Wattelier's look: the Fusion style and its style sheet (headings, key
 * figures). The program and the tests that measure what fits a screen use
 * it alike, since the headings' larger font changes what fits (#20).
 */
void applyWattelierLook(QApplication &application);

} // namespace wattelier::ui
