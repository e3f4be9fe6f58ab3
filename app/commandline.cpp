// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "clioutput.h"
#include "core/schema.h"
#include "subcommands.h"

#include <QJsonObject>
#include <QTextStream>

namespace wattelier::app {
namespace {

// The command line prints stable English: scripts read it, and its messages
// are the same whatever the desktop language.
const QStringList globalOptions = {QStringLiteral("--version"), QStringLiteral("-v"),
                                   QStringLiteral("--help"), QStringLiteral("-h"),
                                   QStringLiteral("help")};

int runVersion(QTextStream &out)
{
    printJson(out, QJsonObject{
                       {QStringLiteral("name"), QStringLiteral("Wattelier")},
                       {QStringLiteral("version"), QLatin1String(WATTELIER_VERSION)},
                       {QStringLiteral("schema_version"), schema::currentVersion},
                       {QStringLiteral("qt"), QLatin1String(qVersion())},
                   });
    return exitOk;
}

} // namespace

bool isCommandLineInvocation(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    return findSubcommand(first) != nullptr || globalOptions.contains(first);
}

bool commandDrawsText(const QStringList &arguments)
{
    const Subcommand *subcommand = findSubcommand(arguments.value(1));
    return subcommand && subcommand->drawsText;
}

int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(2);
    if (command == QLatin1String("--version") || command == QLatin1String("-v"))
        return runVersion(out);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        out << usageText();
        return exitOk;
    }
    if (const Subcommand *subcommand = findSubcommand(command))
        return subcommand->run(rest, out, err);
    return usageError(err, QStringLiteral("unknown command “%1”.").arg(command));
}

} // namespace wattelier::app
