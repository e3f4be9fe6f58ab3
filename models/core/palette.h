// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"

#include <QColor>

namespace wattelier {

/*!
 * Colours with a meaning, shared by tables, charts, projection and reports so
 * that "comfort" or "cold" look the same everywhere. Based on the Okabe–Ito
 * palette, which stays distinguishable with the common colour-vision deficiencies.
 */
QColor colourOf(Priority priority);
QColor colourOf(Category category);

/*! The energy flows of the balance, drawn the same on screen, on the wall and on paper. */
enum class EnergyFlow
{
    Production,
    Consumption,
    SelfConsumed,
    Injected,
    Offtake,
};

QColor colourOf(EnergyFlow flow);

} // namespace wattelier
