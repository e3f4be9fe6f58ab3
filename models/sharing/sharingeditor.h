// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outcome.h"
#include "sharing/sharingscenario.h"

namespace wattelier {

class Workshop;

/*! The key scenarios' edits, each one undoable step in one transaction. */
class SharingEditor
{
public:
    explicit SharingEditor(Workshop &workshop)
        : mWorkshop(workshop)
    {}

    /*! Adds \a scenario after the others; its id, or why not. */
    Outcome<qint64> addScenario(const SharingScenario &scenario);
    /*! Writes \a scenario over the one with its id; a translated message, or empty. */
    QString replaceScenario(const SharingScenario &scenario);
    bool removeScenario(qint64 id);

private:
    Workshop &mWorkshop;
};

} // namespace wattelier
