// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>

namespace wattelier {

class Workshop;

/*!
 * The low-voltage cabin behind the group, as the facilitator describes it:
 * its capacity in kVA (from the grid operator) and the power factor that turns
 * it into the kW the peaks are compared with.
 */
struct Cabin
{
    std::optional<double> kva;
    double powerFactor = 0.95; //!< a typical residential value; editable

    bool operator==(const Cabin &) const = default;
    /*! kVA × power factor, when the capacity is known. */
    std::optional<double> thresholdKw() const;
};

Cabin cabinOf(const Workshop &workshop);

/*! Why \a cabin cannot be kept (translated), or empty when it can. */
QString validateCabin(const Cabin &cabin);

/*! Saves \a cabin as one undoable step; a translated message when it is not valid. */
QString setCabin(Workshop &workshop, const Cabin &cabin);

} // namespace wattelier
