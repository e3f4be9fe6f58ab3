// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QImage>

namespace wattelier::ui {

/*! Wattelier's icon, drawn in code so that every size is sharp without an SVG plugin. */
QImage renderAppIcon(int size);
QIcon appIcon();

} // namespace wattelier::ui
