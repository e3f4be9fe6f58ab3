// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>

namespace wattelier {

/*! Where a scenario moves the flexible appliances to. */
enum class ShiftObjective
{
    IntoProduction, //!< the sunniest hours: the most surplus production (key "production")
    AwayFromPeak,   //!< the hours the group draws least, off its peaks (key "peak")
};

/*!
 * A named "what if" saved in the workshop: more (or fewer) panels, and the
 * flexible appliances moved into the sunniest hours or away from the group's peak.
 */
struct Scenario
{
    qint64 id = 0;
    QString name;
    /*! Production scaled to this peak power; empty keeps today's installation. */
    std::optional<double> targetKwp;
    bool shiftWithinDay = true;  //!< move appliances flexible "within the day"
    bool shiftAcrossDays = true; //!< move appliances flexible "across days"
    ShiftObjective shiftObjective = ShiftObjective::IntoProduction;
    int position = 0;

    bool operator==(const Scenario &) const = default;
};

QString key(ShiftObjective objective); //!< "production" or "peak"
std::optional<ShiftObjective> shiftObjectiveFromKey(const QString &key);
QString label(ShiftObjective objective); //!< translated, as the what-if page offers it

/*! A translated message when the scenario cannot be saved, else empty. */
QString validateScenario(const Scenario &scenario);

} // namespace wattelier
