// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appliance.h"
#include "core/outcome.h"
#include "household.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace wattelier {

class Workshop;
struct CatalogueEntry;

/*!
 * The one way the application edits the inventory: every edit becomes an
 * undo command on the workshop's undo stack and is written to the file at once.
 * Used by the item models, the windows and the tests alike.
 */
class InventoryEditor
{
public:
    explicit InventoryEditor(Workshop &workshop);

    /*! Adds a household with the next free pseudonym; returns its id, or 0. */
    qint64 addHousehold(const QString &name, int occupants = 1);
    /*!
     * Adds \a households (a list from a spreadsheet) after the others, each
     * with the next free pseudonym, as one undo step in one transaction: all
     * or none reach the file. Returns their ids in the list's order.
     */
    Outcome<QList<qint64>> addHouseholds(const QList<Household> &households);
    bool removeHousehold(qint64 householdId);
    /*! Returns an empty string, or a translated message when the value is refused. */
    QString editHousehold(qint64 householdId, HouseholdField field, const QVariant &value);

    /*! Appends \a appliance to its household (position set here); returns its id, or 0. */
    qint64 addAppliance(const Appliance &appliance);
    /*!
     * Appends \a appliances to the end of their households as one undo step
     * named \a undoText (one Ctrl+Z removes them all), written in one
     * transaction: all or none reach the file. Returns how many were added.
     */
    int addAppliances(const QList<Appliance> &appliances, const QString &undoText);
    /*! Adds a copy of an appliance at the end of its household; returns the copy's id, or 0. */
    qint64 duplicateAppliance(qint64 applianceId);
    /*! Removes several appliances as one undoable step. */
    bool removeAppliances(const QList<qint64> &applianceIds);
    /*! Returns an empty string, or a translated message when the value is refused. */
    QString editAppliance(qint64 applianceId, ApplianceField field, const QVariant &value);
    /*! Replaces the typical values of an appliance with a catalogue entry's, as one step. */
    bool applyCatalogueEntry(qint64 applianceId, const CatalogueEntry &entry, bool keepName);

private:
    Workshop &mWorkshop;
};

} // namespace wattelier
