// SPDX-License-Identifier: GPL-3.0-or-later
#include "slide.h"

#include "core/enumtable.h"

namespace wattelier {
namespace {

constexpr EnumEntry<SlideKind> slideKinds[] = {
    {SlideKind::Title, "title", QT_TRANSLATE_NOOP("Slide", "Title")},
    {SlideKind::InventoryPriority, "inventory_priority",
     QT_TRANSLATE_NOOP("Slide", "Inventory by priority")},
    {SlideKind::InventoryCategory, "inventory_category",
     QT_TRANSLATE_NOOP("Slide", "Inventory by category")},
    {SlideKind::WattmeterSurprises, "wattmeter_surprises",
     QT_TRANSLATE_NOOP("Slide", "Wattmeter surprises")},
    {SlideKind::ChallengeProgress, "challenge_progress",
     QT_TRANSLATE_NOOP("Slide", "Challenge progress")},
    {SlideKind::EnergyCurves, "energy_curves",
     QT_TRANSLATE_NOOP("Slide", "Production and consumption")},
    {SlideKind::Scenario, "scenario", QT_TRANSLATE_NOOP("Slide", "Scenario")},
    {SlideKind::Peaks, "peaks", QT_TRANSLATE_NOOP("Slide", "Peaks behind the cabin")},
    {SlideKind::Sharing, "sharing", QT_TRANSLATE_NOOP("Slide", "Sharing the sun")},
};

} // namespace

QString key(SlideKind kind)
{
    return enumtable::keyOf(slideKinds, kind);
}

std::optional<SlideKind> slideKindFromKey(const QString &key)
{
    return enumtable::fromKey(slideKinds, key);
}

QString label(SlideKind kind)
{
    return enumtable::labelOf("Slide", slideKinds, kind);
}

QList<SlideKind> allSlideKinds()
{
    return enumtable::values(slideKinds);
}

} // namespace wattelier
