// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outcome.h"
#include "household.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace wattelier {

/*! A list of households read from a spreadsheet, not yet added. */
struct HouseholdList
{
    QString fileName;
    QList<Household> households; //!< in the file's order; no id, no pseudonym yet
    QStringList notes;           //!< what the reading left out, said to the user
};

/*!
 * Reads a list of households exported by a spreadsheet as delimited text:
 * a first line naming the columns (a name column is required; occupants,
 * EAN code and notes are optional; English, French or Dutch words, any
 * order), then one household per line. Refuses the whole file, naming the
 * line, when a name is missing or repeated (in the file, or already one of
 * \a existing), an occupants count is not a whole number from 1 to 50, or an
 * EAN code has not 18 digits. Columns it does not know are left out and said
 * in the notes.
 */
Outcome<HouseholdList> readHouseholdList(const QByteArray &raw, const QString &fileName,
                                         const QList<Household> &existing);

/*! The same from a file; the message names it when it cannot be read. */
Outcome<HouseholdList> readHouseholdListFile(const QString &path, const QList<Household> &existing);

} // namespace wattelier
