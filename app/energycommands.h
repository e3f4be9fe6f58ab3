// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace wattelier::app {

/*!
 * `wattelier balance FILE.wattelier --production S[,S…] --consumption S[,…]
 * [--from DATE] [--to DATE]`: the energy balance of stored series.
 */
int runBalance(const QStringList &arguments, QTextStream &out, QTextStream &err);

/*! `wattelier pv-estimate --kwp N [--tilt DEG] [--azimuth DEG] [--lat --lon] [--yield Y]`. */
int runPvEstimate(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace wattelier::app
