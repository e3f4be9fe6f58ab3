// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/appliance.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace wattelier {

/*!
 * The appliance fields a spreadsheet column can fill, in the order the
 * import dialog lists them. The usage mode follows from the figures given;
 * the catalogue key from the name.
 */
QList<ApplianceField> importableFields();

/*! A field's name with its unit, as the import dialog and preview show it: "Power (W)". */
QString importFieldLabel(ApplianceField field);

/*! Which column (0-based) fills each field; a field without a column is not read from the file. */
class ColumnMapping
{
public:
    /*! The column of \a field, or -1. */
    int column(ApplianceField field) const { return mColumns.value(field, -1); }
    bool isMapped(ApplianceField field) const { return column(field) >= 0; }
    /*! Sets the column of \a field; -1 leaves the field out. */
    void setColumn(ApplianceField field, int column);

    bool operator==(const ColumnMapping &other) const = default;

private:
    QMap<ApplianceField, int> mColumns;
};

/*!
 * Recognises the column names of an appliance list in English, French and
 * Dutch ("Appareil", "Toestel", "Puissance (W)", "Vermogen", "Aantal",
 * "h/jour", "Uren per dag", "Veille", "Stand-by"…), ignoring case, accents
 * and punctuation. Each column fills at most one field; the more specific
 * names are tried first ("Puissance en veille" is standby, not power).
 */
ColumnMapping guessMapping(const QStringList &header);

} // namespace wattelier
