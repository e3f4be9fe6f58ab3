// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace wattelier::app {

/*!
 * `wattelier sharing FILE.wattelier [--method fixed|prorata|hybrid|cascade]
 * [--shares NAME=PCT,…] [--rounds N|unlimited] [--priority NAME[+NAME…],…]
 * [--solidarity NAME,…] [--member-price NAME=EUR,…] [--from DATE] [--to DATE]
 * [--allocation OUT.csv] [prices]`:
 * what a distribution key does to each member (#22). Without --method, the
 * three Brussels methods side by side.
 */
int runSharing(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace wattelier::app
