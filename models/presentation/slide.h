// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "energy/localperiods.h"

#include <QDate>
#include <QList>
#include <QString>

namespace wattelier {

/*! What a projection slide shows; stored as a stable key. */
enum class SlideKind
{
    Title,              //!< the workshop's name, the date, the group in numbers
    InventoryPriority,  //!< the group's estimated kWh/year by priority
    InventoryCategory,  //!< the group's estimated kWh/year by category
    WattmeterSurprises, //!< the measured appliances furthest from their estimate
    ChallengeProgress,  //!< the latest défi énergie: the group's weeks against its baseline
    EnergyCurves,       //!< production against consumption over a period, with key figures
    Scenario,           //!< a "what if" scenario against today
    Peaks,              //!< the group's peaks behind its cabin over a year (#23)
    Sharing,            //!< the workshop's sharing keys side by side over a year (#22)
};

QString key(SlideKind kind);
std::optional<SlideKind> slideKindFromKey(const QString &key);
QString label(SlideKind kind); //!< translated, for the sequence editor
QList<SlideKind> allSlideKinds();

/*! One slide of a workshop's presentation, in the order the facilitator chose. */
struct Slide
{
    qint64 id = 0;
    SlideKind kind = SlideKind::Title;
    PeriodKind period = PeriodKind::Day; //!< EnergyCurves: the period shown
    QDate date;                          //!< EnergyCurves: a day in that period
    qint64 scenarioId = 0;               //!< Scenario: which one
    QString notes;                       //!< for the presenter view only, never projected
    int position = 0;

    bool operator==(const Slide &) const = default;
};

} // namespace wattelier
