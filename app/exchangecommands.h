// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace wattelier::app {

/*!
 * `wattelier invite FILE.wattelier --household NAME --out INVITE.wattelier`:
 * writes the household file a household fills in at home.
 */
int runInvite(const QStringList &arguments, QTextStream &out, QTextStream &err);

/*!
 * `wattelier merge FILE.wattelier HOUSEHOLD.wattelier [--dry-run]
 * [--prefer workshop|household]`: prints what a household's file adds and
 * changes, and merges it unless --dry-run. A conflict (changed on both sides)
 * keeps the workshop's value unless --prefer household.
 */
int runMerge(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace wattelier::app
