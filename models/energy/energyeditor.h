// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outcome.h"
#include "energy/pvestimate.h"
#include "energy/scenario.h"

#include <optional>

#include <QString>

namespace wattelier {

class Workshop;

/*! The workshop's PV installation as saved (kWp empty when not described yet). */
struct PvInstallation
{
    std::optional<double> kwp;
    double tiltDeg = 35;
    double azimuthDeg = 180;
    std::optional<double> yieldKwhPerKwp;

    bool operator==(const PvInstallation &) const = default;
    /*! The installation as the estimate takes it, at Uccle; kWp 0 when unknown. */
    PvSystem system() const;
};

PvInstallation pvInstallationOf(const Workshop &workshop);

/*! Undoable edits of the energy settings: the PV installation and the scenarios. */
class EnergyEditor
{
public:
    explicit EnergyEditor(Workshop &workshop);

    /*! Saves the installation; a translated message when it is not valid, else empty. */
    QString setPvInstallation(const PvInstallation &installation);

    /*! Adds a scenario (at the end); returns its id, or 0 with \a error set. */
    Outcome<qint64> addScenario(const Scenario &scenario);
    QString replaceScenario(const Scenario &scenario);
    bool removeScenario(qint64 id);

private:
    Workshop &mWorkshop;
};

} // namespace wattelier
