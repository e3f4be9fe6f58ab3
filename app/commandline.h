// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace wattelier::app {

/*!
 * True when the arguments ask for a subcommand (or --version/--help), which
 * runs without a display; false when they open the window.
 */
bool isCommandLineInvocation(const QStringList &arguments);

/*! True for the subcommands that lay out text (PDF documents): they need fonts. */
bool commandDrawsText(const QStringList &arguments);

/*!
 * Runs `wattelier SUBCOMMAND …`: JSON on \a out, messages on \a err.
 * Returns the exit code: 0 on success, 1 when the work failed (a file that
 * cannot be read or written), 2 for a usage error.
 */
int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace wattelier::app
