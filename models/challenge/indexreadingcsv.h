// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "challenge/challengeeditor.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace wattelier {

class Workshop;

/*! One line of a meter readings file, as understood. */
struct MeterCsvRow
{
    int line = 0;
    QString household; //!< as written in the file
    MeterIndexEntry entry;
};

struct MeterCsvImport
{
    QList<MeterCsvRow> rows;
    QString error; //!< "file, line N: problem"; empty when the whole file was understood
};

/*!
 * Reads meter readings exported from a spreadsheet: one reading per line with
 * columns household, date, register (optional) and index, in French, Dutch or
 * English headers; separated by `;`, `,` or tabs; decimal comma or point (a
 * comma followed by exactly three digits groups thousands: meters show at
 * most two decimals);
 * dates as 2026-06-08, 08/06/2026, 08-06-2026 or 08.06.2026; a UTF-8 BOM is
 * skipped. Households are matched by name, pseudonym ("Household A",
 * "Ménage A") or letter. The first problem stops the reading and is reported
 * with the file and line: nothing is half understood.
 */
MeterCsvImport parseIndexReadingsCsv(const QByteArray &data, const QString &fileName,
                                     const Workshop &workshop);

} // namespace wattelier
