// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>

namespace wattelier {

/*!
 * A named "what if" saved in the workshop: more (or fewer) panels, and the
 * flexible appliances moved into the sunniest hours.
 */
struct Scenario
{
    qint64 id = 0;
    QString name;
    /*! Production scaled to this peak power; empty keeps today's installation. */
    std::optional<double> targetKwp;
    bool shiftWithinDay = true;  //!< move appliances flexible "within the day"
    bool shiftAcrossDays = true; //!< move appliances flexible "across days"
    int position = 0;

    bool operator==(const Scenario &) const = default;
};

/*! A translated message when the scenario cannot be saved, else empty. */
QString validateScenario(const Scenario &scenario);

} // namespace wattelier
