// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace wattelier::app {

/*! `wattelier new FILE.wattelier [--name TITLE]`: creates an empty workshop. */
int runNew(const QStringList &arguments, QTextStream &out, QTextStream &err);

/*!
 * `wattelier add-household FILE.wattelier NAME [--occupants N] [--ean CODE]
 * [--notes TEXT]`, or `… --from LIST.csv`: adds one household, or a
 * spreadsheet's list of them as one step; prints each one's id and pseudonym.
 */
int runAddHousehold(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace wattelier::app
