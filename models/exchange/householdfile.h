// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outcome.h"
#include "inventory/household.h"

#include <optional>

#include <QString>
#include <QtGlobal>

namespace wattelier {

class Workshop;

namespace exchange {

/*!
 * A household file is a workshop file holding one household, made from the
 * facilitator's workshop by an invitation: the household opens it at home in
 * "My household" mode, fills it in and sends it back to be merged. These
 * workshop_info keys tell it apart from a workshop and say where it belongs.
 */
inline constexpr char fileRoleKey[] = "file_role";
inline constexpr char householdRole[] = "household";
inline constexpr char invitedByWorkshopKey[] = "invited_by_workshop"; //!< the workshop's uid
inline constexpr char householdUidKey[] = "household_uid";
inline constexpr char invitedAtKey[] = "invited_utc";

struct HouseholdFileInfo
{
    bool isHouseholdFile = false;
    QString workshopUid;  //!< the workshop it was made from
    QString workshopName; //!< as it was then
    QString householdUid;
    QString invitedAtUtc;
};
HouseholdFileInfo householdFileInfo(const Workshop &file);

/*! The household of a household file (its only one), or 0. */
qint64 invitedHouseholdId(const Workshop &file);

struct InvitationSummary
{
    QString file;
    QString householdUid;
    QString pseudonymCode;
    HouseholdKind kind = HouseholdKind::Home; //!< a participant is named "Participant K"
    int appliances = 0;
    int readings = 0;
    int indexReadings = 0;
    int challenges = 0;
};

/*!
 * Writes the invitation (household file) for one household of \a workshop
 * to \a path: the workshop's name, the household's pseudonym and occupants,
 * its appliances, wattmeter readings, meter layout and readings, and the
 * challenges it takes part in. Never its real name or notes, and no byte of
 * any other household: the file is a new database, not a copy. Refuses an
 * existing \a path. Also records in \a workshop what was sent, so that a
 * change made on both sides later is shown as a conflict when merging.
 */
Outcome<InvitationSummary> writeInvitation(Workshop &workshop, qint64 householdId,
                                           const QString &path);

} // namespace exchange
} // namespace wattelier
