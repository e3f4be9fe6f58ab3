// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace wattelier {

/*!
 * A number as a person types or pastes it: "12 345,6" in French, "12.345,6"
 * in Dutch, "12,345.6" in English, or a bare "12345.6" from a spreadsheet.
 *
 * One separator followed by exactly three digits ("12.300") is either a
 * thousands separator (12 300) or a decimal point (12.3). The locale decides
 * when the separator is its own decimal point or its own thousands separator;
 * otherwise the text is Ambiguous and the caller asks which was meant, never
 * guessing (#20: a Belgian types "12.300" for twelve thousand three hundred
 * in a French interface whose thousands separator is a space).
 */
struct TypedNumber
{
    enum class Status
    {
        Empty,     //!< nothing but spaces
        Number,    //!< value
        Ambiguous, //!< value (separator read as thousands) or decimalValue
        Invalid,   //!< not a number
    };
    Status status = Status::Empty;
    double value = 0;        //!< the number; when Ambiguous, read with thousands separators
    double decimalValue = 0; //!< when Ambiguous: the same text read with a decimal point
};

TypedNumber readTypedNumber(const QString &text, const QLocale &locale = QLocale());

} // namespace wattelier
