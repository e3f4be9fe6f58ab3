// SPDX-License-Identifier: GPL-3.0-or-later
#include "enumkeys.h"

#include "enumtable.h"

namespace wattelier {
namespace {

constexpr EnumEntry<Category> categoryEntries[] = {
    {Category::Cold, "cold", QT_TRANSLATE_NOOP("Category", "Cold")},
    {Category::Washing, "washing", QT_TRANSLATE_NOOP("Category", "Washing")},
    {Category::Cooking, "cooking", QT_TRANSLATE_NOOP("Category", "Cooking")},
    {Category::Lighting, "lighting", QT_TRANSLATE_NOOP("Category", "Lighting")},
    {Category::ItScreens, "it_screens", QT_TRANSLATE_NOOP("Category", "IT and screens")},
    {Category::HeatingHotWater, "heating_hot_water",
     QT_TRANSLATE_NOOP("Category", "Heating and hot water")},
    {Category::Ventilation, "ventilation", QT_TRANSLATE_NOOP("Category", "Ventilation")},
    {Category::Mobility, "mobility", QT_TRANSLATE_NOOP("Category", "Mobility")},
    {Category::Other, "other", QT_TRANSLATE_NOOP("Category", "Other")},
};

constexpr EnumEntry<Priority> priorityEntries[] = {
    {Priority::Indispensable, "indispensable", QT_TRANSLATE_NOOP("Priority", "Indispensable")},
    {Priority::Useful, "useful", QT_TRANSLATE_NOOP("Priority", "Useful")},
    {Priority::Comfort, "comfort", QT_TRANSLATE_NOOP("Priority", "Comfort")},
};

constexpr EnumEntry<Flexibility> flexibilityEntries[] = {
    {Flexibility::None, "none", QT_TRANSLATE_NOOP("Flexibility", "None")},
    {Flexibility::WithinDay, "within_day", QT_TRANSLATE_NOOP("Flexibility", "Within the day")},
    {Flexibility::AcrossDays, "across_days", QT_TRANSLATE_NOOP("Flexibility", "Across days")},
    {Flexibility::CouldDoWithout, "could_do_without",
     QT_TRANSLATE_NOOP("Flexibility", "Could do without")},
};

constexpr EnumEntry<UsageMode> usageModeEntries[] = {
    {UsageMode::Hours, "hours", QT_TRANSLATE_NOOP("UsageMode", "Hours per day")},
    {UsageMode::Cycles, "cycles", QT_TRANSLATE_NOOP("UsageMode", "Cycles per week")},
};

} // namespace

QList<Category> allCategories()
{
    return enumtable::values(categoryEntries);
}
QList<Priority> allPriorities()
{
    return enumtable::values(priorityEntries);
}
QList<Flexibility> allFlexibilities()
{
    return enumtable::values(flexibilityEntries);
}
QList<UsageMode> allUsageModes()
{
    return enumtable::values(usageModeEntries);
}

QString key(Category value)
{
    return enumtable::keyOf(categoryEntries, value);
}
QString key(Priority value)
{
    return enumtable::keyOf(priorityEntries, value);
}
QString key(Flexibility value)
{
    return enumtable::keyOf(flexibilityEntries, value);
}
QString key(UsageMode value)
{
    return enumtable::keyOf(usageModeEntries, value);
}

std::optional<Category> categoryFromKey(const QString &k)
{
    return enumtable::fromKey(categoryEntries, k);
}
std::optional<Priority> priorityFromKey(const QString &k)
{
    return enumtable::fromKey(priorityEntries, k);
}
std::optional<Flexibility> flexibilityFromKey(const QString &k)
{
    return enumtable::fromKey(flexibilityEntries, k);
}
std::optional<UsageMode> usageModeFromKey(const QString &k)
{
    return enumtable::fromKey(usageModeEntries, k);
}

QString label(Category value)
{
    return enumtable::labelOf("Category", categoryEntries, value);
}
QString label(Priority value)
{
    return enumtable::labelOf("Priority", priorityEntries, value);
}
QString label(Flexibility value)
{
    return enumtable::labelOf("Flexibility", flexibilityEntries, value);
}
QString label(UsageMode value)
{
    return enumtable::labelOf("UsageMode", usageModeEntries, value);
}

} // namespace wattelier
