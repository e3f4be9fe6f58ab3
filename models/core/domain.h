// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

/*!
 * Enumerations of the appliance inventory. Each value has a stable English key
 * (used in the workshop file and in the command line's JSON) and a translated
 * label (used on screen); see enumkeys.h.
 */
namespace wattelier {

enum class Category
{
    Cold,
    Washing,
    Cooking,
    Lighting,
    ItScreens,
    HeatingHotWater,
    Ventilation,
    Mobility,
    Other,
};

enum class Priority
{
    Indispensable,
    Useful,
    Comfort,
};

enum class Flexibility
{
    None,
    WithinDay,
    AcrossDays,
    CouldDoWithout,
};

/*! How an appliance's use is described: running hours, or cycles (washing machine, oven). */
enum class UsageMode
{
    Hours,
    Cycles,
};

QList<Category> allCategories();
QList<Priority> allPriorities();
QList<Flexibility> allFlexibilities();
QList<UsageMode> allUsageModes();

} // namespace wattelier
