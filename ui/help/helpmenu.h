// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QMenu;
class QWidget;

namespace wattelier::ui {

/*! Help ▸ User guide (F1), What's This? (Shift+F1), About Wattelier, About Qt. */
void fillHelpMenu(QMenu *help, QWidget *window);

} // namespace wattelier::ui
