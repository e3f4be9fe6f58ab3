// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/parseresult.h"
#include "timeseries/textfields.h"

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace wattelier {

/*! One record of a spreadsheet export: its cells, and the physical line it starts on. */
struct TableRecord
{
    int line = 0; //!< 1-based, counting the header and blank lines
    QStringList cells;
};

/*!
 * A small table exported by a spreadsheet (LibreOffice, Excel, Google Sheets)
 * as delimited text, read cell by cell. Appliance lists are a few dozen lines,
 * so cells are plain QStrings here, unlike the time-series readers.
 */
struct DelimitedTable
{
    QString fileName;
    char delimiter = ',';
    char decimal = '.';                   //!< the decimal mark most numbers of the file use
    QStringList header;                   //!< column names; empty when the first line is data
    QList<TableRecord> records;           //!< data records, blank lines left out
    QStringList notes;                    //!< remarks on the reading, e.g. "read as Windows-1252"
    std::optional<ImportProblem> problem; //!< set: the file cannot be read at all

    /*! The widest record's (or the header's) number of cells. */
    int columnCount() const;
    /*! "Puissance (W)" from the header, or "column C" when there is none. */
    QString columnName(int column) const;
};

/*!
 * Reads a spreadsheet export: the delimiter (`;`, `,` or tab) is guessed from
 * the first line; double quotes protect delimiters, doubled quotes and line
 * breaks; UTF-8 with or without BOM, else Windows-1252 (older Excel);
 * blank lines are left out. A quotation mark never closed refuses the file.
 */
DelimitedTable readDelimitedTable(const QByteArray &raw, const QString &fileName,
                                  bool firstLineIsHeader);

/*!
 * A number as spreadsheets write it: decimal comma or point ("1 200,5",
 * "1,200.5", no-break spaces between thousands). \a decimal is the file's
 * usual mark; a number written with the other one alone ("2.5" in a French
 * file) is still understood.
 */
CellNumber parseSpreadsheetNumber(const QString &text, char decimal);

} // namespace wattelier
