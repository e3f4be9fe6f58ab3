// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace wattelier::app {

/*!
 * `wattelier report FILE.wattelier --out OUT.pdf [--kind summary|household|forms]
 * [--household NAME] [--lang fr|nl|en] [--names] [--page a4|letter]`: writes the
 * document the window's print preview shows. A household sheet without
 * --household writes one PDF per household into the folder OUT.
 */
int runReport(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace wattelier::app
