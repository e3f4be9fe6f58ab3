// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace wattelier::app {

/*!
 * `wattelier peaks FILE.wattelier [--from DATE] [--to DATE] [--threshold-kw KW]`:
 * the peaks of the group's net load behind its cabin (#23).
 */
int runPeaks(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace wattelier::app
