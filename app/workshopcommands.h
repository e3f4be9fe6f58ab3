// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace wattelier::app {

/*! `wattelier demo OUT.wattelier`: writes the demo workshop to a new file. */
int runDemo(const QStringList &arguments, QTextStream &out, QTextStream &err);

/*! `wattelier inventory FILE.wattelier`: households, appliances and kWh/year as JSON. */
int runInventory(const QStringList &arguments, QTextStream &out, QTextStream &err);

/*! `wattelier challenge FILE.wattelier [--name NAME]`: a défi énergie's weeks as JSON. */
int runChallenge(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace wattelier::app
