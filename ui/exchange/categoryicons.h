// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"

#include <QIcon>
#include <QImage>

namespace wattelier::ui {

/*!
 * A simple pictogram per appliance category (a fridge, a washing machine, a
 * pan, a bulb, a screen, a radiator, a fan, a bike, a plug), drawn in code like
 * the application icon so that it is sharp at any size and readable at 48 px.
 * The tile takes the category's colour (models/palette.h), as in the charts.
 */
QImage renderCategoryIcon(Category category, int size);
QIcon categoryIcon(Category category);

} // namespace wattelier::ui
