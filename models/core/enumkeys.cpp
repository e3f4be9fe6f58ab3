// SPDX-License-Identifier: GPL-3.0-or-later
#include "enumkeys.h"

#include <QCoreApplication>

namespace wattelier {
namespace {

template <typename Enum> struct Entry
{
    Enum value;
    const char *key;
    const char *label;
};

// Labels are marked for lupdate here and translated in label().
constexpr Entry<Category> categoryEntries[] = {
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

constexpr Entry<Priority> priorityEntries[] = {
    {Priority::Indispensable, "indispensable", QT_TRANSLATE_NOOP("Priority", "Indispensable")},
    {Priority::Useful, "useful", QT_TRANSLATE_NOOP("Priority", "Useful")},
    {Priority::Comfort, "comfort", QT_TRANSLATE_NOOP("Priority", "Comfort")},
};

constexpr Entry<Flexibility> flexibilityEntries[] = {
    {Flexibility::None, "none", QT_TRANSLATE_NOOP("Flexibility", "None")},
    {Flexibility::WithinDay, "within_day", QT_TRANSLATE_NOOP("Flexibility", "Within the day")},
    {Flexibility::AcrossDays, "across_days", QT_TRANSLATE_NOOP("Flexibility", "Across days")},
    {Flexibility::CouldDoWithout, "could_do_without",
     QT_TRANSLATE_NOOP("Flexibility", "Could do without")},
};

constexpr Entry<UsageMode> usageModeEntries[] = {
    {UsageMode::Hours, "hours", QT_TRANSLATE_NOOP("UsageMode", "Hours per day")},
    {UsageMode::Cycles, "cycles", QT_TRANSLATE_NOOP("UsageMode", "Cycles per week")},
};

template <typename Enum, std::size_t N>
const Entry<Enum> &find(const Entry<Enum> (&entries)[N], Enum value)
{
    for (const auto &entry : entries) {
        if (entry.value == value)
            return entry;
    }
    return entries[N - 1];
}

template <typename Enum, std::size_t N>
std::optional<Enum> fromKey(const Entry<Enum> (&entries)[N], const QString &key)
{
    for (const auto &entry : entries) {
        if (key == QLatin1String(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N> QList<Enum> values(const Entry<Enum> (&entries)[N])
{
    QList<Enum> result;
    for (const auto &entry : entries)
        result.append(entry.value);
    return result;
}

} // namespace

QList<Category> allCategories()
{
    return values(categoryEntries);
}
QList<Priority> allPriorities()
{
    return values(priorityEntries);
}
QList<Flexibility> allFlexibilities()
{
    return values(flexibilityEntries);
}
QList<UsageMode> allUsageModes()
{
    return values(usageModeEntries);
}

QString key(Category value)
{
    return QLatin1String(find(categoryEntries, value).key);
}
QString key(Priority value)
{
    return QLatin1String(find(priorityEntries, value).key);
}
QString key(Flexibility value)
{
    return QLatin1String(find(flexibilityEntries, value).key);
}
QString key(UsageMode value)
{
    return QLatin1String(find(usageModeEntries, value).key);
}

std::optional<Category> categoryFromKey(const QString &k)
{
    return fromKey(categoryEntries, k);
}
std::optional<Priority> priorityFromKey(const QString &k)
{
    return fromKey(priorityEntries, k);
}
std::optional<Flexibility> flexibilityFromKey(const QString &k)
{
    return fromKey(flexibilityEntries, k);
}
std::optional<UsageMode> usageModeFromKey(const QString &k)
{
    return fromKey(usageModeEntries, k);
}

QString label(Category value)
{
    return QCoreApplication::translate("Category", find(categoryEntries, value).label);
}
QString label(Priority value)
{
    return QCoreApplication::translate("Priority", find(priorityEntries, value).label);
}
QString label(Flexibility value)
{
    return QCoreApplication::translate("Flexibility", find(flexibilityEntries, value).label);
}
QString label(UsageMode value)
{
    return QCoreApplication::translate("UsageMode", find(usageModeEntries, value).label);
}

} // namespace wattelier
