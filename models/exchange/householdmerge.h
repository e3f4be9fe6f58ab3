// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outcome.h"
#include "exchange/exchangecontent.h"
#include "inventory/household.h"

#include <optional>

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace wattelier {

class Workshop;

namespace exchange {

enum class RecordKind
{
    Household,
    Appliance,
    WattmeterReading,
    IndexReading,
};
QString key(RecordKind kind); //!< "household", "appliance", "wattmeter_reading", "meter_reading"

enum class ChangeKind
{
    Added,    //!< new in the household's file
    Changed,  //!< changed in the household's file only
    Removed,  //!< removed in the household's file, unchanged in the workshop
    Conflict, //!< changed on both sides since the invitation (or removed on one side)
};

/*!
 * One difference between a household's file and the workshop. Appliances
 * and the household differ field by field (\a field set); readings as whole
 * records. Values are as stored (see contentOf()); an absent record is null.
 */
struct MergeChange
{
    ChangeKind kind = ChangeKind::Added;
    RecordKind record = RecordKind::Appliance;
    QString recordKey;   //!< exchange key, e.g. "appliance:<uid>"
    QString uid;         //!< the record's uid; "date register" for a meter reading
    QString label;       //!< what a person recognises: the appliance's name, a date
    QString field;       //!< fieldKey() of an appliance, "occupants"; empty: the whole record
    QJsonValue workshop; //!< the workshop's value now
    QJsonValue household;
    QJsonValue base; //!< as sent or last merged; undefined when never exchanged
    /*! Whether merging takes the household's value: always for a change, chosen for a conflict. */
    bool takeHousehold = true;
};

/*! What merging a household's file would do. */
struct MergePlan
{
    QString householdFile;
    QString householdUid;
    qint64 householdId = 0; //!< in the workshop
    QString pseudonymCode;
    HouseholdKind kind = HouseholdKind::Home; //!< a participant is named "Participant K"
    QList<MergeChange> changes;
    int unchanged = 0; //!< records equal on both sides, or changed in the workshop only
    /*! The household's side of every record, which becomes the new base once merged. */
    HouseholdRecords incoming;

    int count(ChangeKind kind) const;
};

/*!
 * Compares \a householdFile (opened from \a path) with \a workshop. Refuses,
 * with a message naming the file, a file that is not a household file, one
 * made for another workshop, and one whose household is not (or no longer)
 * in the workshop. Conflicts keep the workshop's value until chosen.
 */
Outcome<MergePlan> planMerge(const Workshop &workshop, const Workshop &householdFile);

/*!
 * Applies \a plan as one undoable step ("Merge Household C's file"): all
 * or nothing. Returns an empty string, or why nothing was changed.
 */
QString applyMerge(Workshop &workshop, const MergePlan &plan);

/*! The plan as the command line prints it: household, added, changed, unchanged, conflicts. */
QJsonObject toJson(const MergePlan &plan);

} // namespace exchange
} // namespace wattelier
