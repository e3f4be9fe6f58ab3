// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace wattelier::ui {

/*! Help ▸ About Wattelier: what the program is for and where its figures come from. */
void showAboutBox(QWidget *parent);

} // namespace wattelier::ui
