// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs `wattelier ARGUMENTS…` in-process for the command-line tests and
// keeps what it printed.

#include "commandline.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace wattelier::test {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

inline CliResult runCli(const QStringList &arguments)
{
    CliResult result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.exitCode =
        app::runCommandLine(QStringList{QStringLiteral("wattelier")} + arguments, out, err);
    out.flush();
    err.flush();
    return result;
}

} // namespace wattelier::test
