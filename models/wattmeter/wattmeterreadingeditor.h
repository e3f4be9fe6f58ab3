// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outcome.h"
#include "wattmeter.h"
#include "wattmeterreading.h"

#include <QList>
#include <QString>

namespace wattelier {

class Workshop;

/*!
 * Undoable edits of wattmeter readings, wattmeters and loans, written at once;
 * like InventoryEditor, the only way the application changes them.
 */
class WattmeterReadingEditor
{
public:
    explicit WattmeterReadingEditor(Workshop &workshop);

    /*! Returns the new reading's id, or 0 (with \a error set) when refused. */
    Outcome<qint64> addReading(const WattmeterReading &reading);
    /*! Replaces a reading with \a reading (same id). Returns an error message, or empty. */
    QString editReading(const WattmeterReading &reading);
    bool removeReadings(const QList<qint64> &readingIds);

    qint64 addWattmeter(const Wattmeter &wattmeter);
    QString editWattmeter(const Wattmeter &wattmeter);
    /*! Removes a wattmeter with its loan history; readings keep their values. */
    bool removeWattmeter(qint64 wattmeterId);

    /*!
     * Lends a wattmeter to a household from \a since; an open loan of the
     * same wattmeter is closed that day, as one undoable step.
     */
    QString lendWattmeter(qint64 wattmeterId, qint64 householdId, const QDate &since);
    /*! Marks the open loan of the wattmeter as returned on \a on. */
    QString returnWattmeter(qint64 wattmeterId, const QDate &on);

private:
    Workshop &mWorkshop;
};

} // namespace wattelier
