// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <QtGlobal>

namespace wattelier {

/*!
 * What a member of the workshop is (#22): a home, or another participant of
 * the energy community (an association, a caterer, a shared laundry, a school)
 * with its own meter and curves. Both have inventories, series and sheets;
 * only homes count in the "per household" figures and join a défi by default.
 */
enum class HouseholdKind
{
    Home,
    OtherParticipant,
};

/*! A household of the workshop group, or another participant (HouseholdKind). */
struct Household
{
    qint64 id = 0;
    QString name;          //!< Real name as the facilitator knows it; private by default.
    QString pseudonymCode; //!< "A", "B", … "AA": stable, shown as "Household A".
    int occupants = 1;
    QString notes;
    int position = 0;
    QString uid; //!< Stable id across files (household files, #9); made on insert when empty.
    QString ean; //!< its electricity access point's 18-digit EAN code; empty when not known
    HouseholdKind kind = HouseholdKind::Home;
    bool isHome() const { return kind == HouseholdKind::Home; }
};

QString key(HouseholdKind kind); //!< "household", "participant": as stored
std::optional<HouseholdKind> householdKindFromKey(const QString &key);
QString label(HouseholdKind kind); //!< translated

/*! The public display name of a household, e.g. "Household A" / "Ménage A" ("Participant A" for
 * another participant). */
QString pseudonym(const Household &household);
/*! What a page shows of \a household: its name only when names are shown, else its pseudonym. */
QString shownName(const Household &household, bool showNames);
QString pseudonymFromCode(const QString &code);
/*! The public display name of a member of \a kind with the letter \a code. */
QString pseudonymOf(const QString &code, HouseholdKind kind);

/*! The n-th pseudonym code, 0-based: 0 -> "A", 25 -> "Z", 26 -> "AA", like spreadsheet columns. */
QString pseudonymCode(int index);

/*! Fields of a household that can be edited one at a time (undo commands, item models). */
enum class HouseholdField
{
    Name,
    Occupants,
    Notes,
    Ean,
    Kind,
};

/*!
 * \a text as an EAN code of an electricity access point (18 digits; spaces,
 * dots and dashes between them are left out), or nullopt when it is not one.
 * Empty text is an empty code (not known).
 */
std::optional<QString> eanCode(const QString &text);

} // namespace wattelier
