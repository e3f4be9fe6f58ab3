// SPDX-License-Identifier: GPL-3.0-or-later
#include "slide.h"

#include <QCoreApplication>

namespace wattelier {
namespace {

struct SlideText
{
    Q_DECLARE_TR_FUNCTIONS(Slide)
};

} // namespace

QString key(SlideKind kind)
{
    switch (kind) {
    case SlideKind::Title:
        return QStringLiteral("title");
    case SlideKind::InventoryPriority:
        return QStringLiteral("inventory_priority");
    case SlideKind::InventoryCategory:
        return QStringLiteral("inventory_category");
    case SlideKind::WattmeterSurprises:
        return QStringLiteral("wattmeter_surprises");
    case SlideKind::ChallengeProgress:
        return QStringLiteral("challenge_progress");
    case SlideKind::EnergyCurves:
        return QStringLiteral("energy_curves");
    case SlideKind::Scenario:
        return QStringLiteral("scenario");
    }
    return {};
}

std::optional<SlideKind> slideKindFromKey(const QString &key)
{
    for (SlideKind kind : allSlideKinds()) {
        if (wattelier::key(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString label(SlideKind kind)
{
    switch (kind) {
    case SlideKind::Title:
        return SlideText::tr("Title");
    case SlideKind::InventoryPriority:
        return SlideText::tr("Inventory by priority");
    case SlideKind::InventoryCategory:
        return SlideText::tr("Inventory by category");
    case SlideKind::WattmeterSurprises:
        return SlideText::tr("Wattmeter surprises");
    case SlideKind::ChallengeProgress:
        return SlideText::tr("Challenge progress");
    case SlideKind::EnergyCurves:
        return SlideText::tr("Production and consumption");
    case SlideKind::Scenario:
        return SlideText::tr("Scenario");
    }
    return {};
}

QList<SlideKind> allSlideKinds()
{
    return {SlideKind::Title,
            SlideKind::InventoryPriority,
            SlideKind::InventoryCategory,
            SlideKind::WattmeterSurprises,
            SlideKind::ChallengeProgress,
            SlideKind::EnergyCurves,
            SlideKind::Scenario};
}

} // namespace wattelier
