// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/appliance.h"
#include "wattmeterreading.h"

#include <QList>
#include <QString>

namespace wattelier {

struct CatalogueEntry;

/*! A remark about a reading being entered; some ask the user to confirm before it is kept. */
struct WattmeterReadingWarning
{
    enum class Kind
    {
        BelowResolution,  //!< standby under the wattmeter's resolution
        CyclingAppliance, //!< instantaneous power of an appliance that switches on and off
        UnusedForUsage,   //!< a kind the appliance's usage does not use
        FarFromTypical,   //!< far from the catalogue's typical value: a unit slip?
    };
    Kind kind;
    QString message; //!< Translated, complete sentence.
    bool needsConfirmation = false;
};

/*!
 * What to tell the user about \a reading of \a appliance: standby below the
 * wattmeter's resolution (\a resolutionW, 1 W when unknown), a power reading of
 * an appliance that cycles (fridge, freezer, heat-pump dryer…) that should be
 * an energy-over-duration reading, a kind the usage does not use, and a value
 * far from the catalogue's typical one (\a typical may be null).
 */
QList<WattmeterReadingWarning> readingWarnings(const Appliance &appliance,
                                               const WattmeterReading &reading,
                                               const CatalogueEntry *typical,
                                               double resolutionW = 1.0);

/*! True for appliances that switch themselves on and off (thermostat or compressor). */
bool cyclesOnAndOff(const Appliance &appliance);

} // namespace wattelier
