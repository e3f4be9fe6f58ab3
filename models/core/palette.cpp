// SPDX-License-Identifier: GPL-3.0-or-later
#include "palette.h"

namespace wattelier {

QColor colourOf(Priority priority)
{
    switch (priority) {
    case Priority::Indispensable:
        return QColor(0x00, 0x72, 0xB2); // blue
    case Priority::Useful:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case Priority::Comfort:
        return QColor(0xCC, 0x79, 0xA7); // reddish purple
    }
    return Qt::gray;
}

QColor colourOf(Category category)
{
    switch (category) {
    case Category::Cold:
        return QColor(0x56, 0xB4, 0xE9); // sky blue
    case Category::Washing:
        return QColor(0x00, 0x72, 0xB2); // blue
    case Category::Cooking:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    case Category::Lighting:
        return QColor(0xF0, 0xE4, 0x42); // yellow
    case Category::ItScreens:
        return QColor(0xCC, 0x79, 0xA7); // reddish purple
    case Category::HeatingHotWater:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case Category::Ventilation:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case Category::Mobility:
        return QColor(0x33, 0x33, 0x33); // near black
    case Category::Other:
        return QColor(0x99, 0x99, 0x99); // grey
    }
    return Qt::gray;
}

QColor colourOf(EnergyFlow flow)
{
    switch (flow) {
    case EnergyFlow::Production:
        return QColor(0xE6, 0x9F, 0x00); // orange: the sun
    case EnergyFlow::Consumption:
        return QColor(0x00, 0x72, 0xB2); // blue
    case EnergyFlow::SelfConsumed:
        return QColor(0x00, 0x9E, 0x73); // bluish green: used on the spot
    case EnergyFlow::Injected:
        return QColor(0xF0, 0xE4, 0x42); // yellow: surplus sent to the grid
    case EnergyFlow::Offtake:
        return QColor(0x56, 0xB4, 0xE9); // sky blue: taken from the grid
    }
    return Qt::gray;
}

} // namespace wattelier
