// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <vector>

class QTextStream;

namespace wattelier::app {

/*! Runs a subcommand on its arguments (after its name); returns the exit code. */
using SubcommandHandler = int (*)(const QStringList &arguments, QTextStream &out, QTextStream &err);

/*! One `wattelier SUBCOMMAND …`, registered once in subcommandTable(). */
struct Subcommand
{
    const char *name;
    const char *usage; //!< its lines of the usage text (UTF-8, each ending in a newline)
    SubcommandHandler run;
    bool drawsText; //!< lays out text (PDF documents): needs fonts
};

/*! Every subcommand, in the order the usage text lists them. */
const std::vector<Subcommand> &subcommandTable();

/*! The subcommand called \a name, or nullptr. */
const Subcommand *findSubcommand(const QString &name);

/*! The whole usage text: how to open the window, then every subcommand's usage. */
QString usageText();

} // namespace wattelier::app
