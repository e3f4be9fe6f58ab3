// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace wattelier::app {

/*! `wattelier import FILE.wattelier DATAFILE …`: reads, then stores all or nothing. */
int runImport(const QStringList &arguments, QTextStream &out, QTextStream &err);
/*! `wattelier series FILE.wattelier`: the stored series. */
int runSeries(const QStringList &arguments, QTextStream &out, QTextStream &err);
/*! `wattelier export FILE.wattelier SERIES OUT.csv [--local]`. */
int runExport(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace wattelier::app
