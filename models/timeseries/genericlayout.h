// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/delimitedlayout.h"

#include <QJsonObject>

namespace wattelier {

/*! The date/time patterns the wizard offers, most common first. */
QList<QByteArray> commonDateTimePatterns();

/*!
 * A first guess at how to read a delimited file none of the known formats
 * recognised: delimiter, header, decimal separator, the date (and time)
 * column with its pattern, and the numeric columns with a unit and quantity
 * taken from their names ("W" mean power, "kWh" energy, "index" cumulative).
 * The wizard shows it for the user to correct; nullopt when no column holds
 * dates.
 */
std::optional<DelimitedLayout> guessLayout(const QByteArray &utf8);

/*!
 * A short text identifying a file layout (delimiter and header names), so
 * that the wizard can remember the choices made for it.
 */
QString layoutSignature(const QByteArray &utf8);

/*! The layout as JSON, to remember the wizard's choices for a file layout. */
QJsonObject layoutToJson(const DelimitedLayout &layout);
/*! The layout stored by layoutToJson; nullopt when it is not one. */
std::optional<DelimitedLayout> layoutFromJson(const QJsonObject &json);

} // namespace wattelier
