// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "challenge/challengereport.h"
#include "challenge/challengestore.h"
#include "cliarguments.h"
#include "clioutput.h"
#include "core/schema.h"
#include "core/workshop.h"
#include "demo/demoworkshop.h"
#include "energycommands.h"
#include "exchangecommands.h"
#include "inventory/appliancestore.h"
#include "inventory/catalogue.h"
#include "inventory/householdstore.h"
#include "inventory/inventoryjson.h"
#include "reportcommand.h"
#include "seriescommands.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace wattelier::app {
const char usageText[] =
    "Usage:\n"
    "  wattelier [FILE.wattelier]       open the window (on FILE if given)\n"
    "  wattelier --demo                 open the window on the demo workshop\n"
    "  wattelier --version              print the version as JSON\n"
    "  wattelier demo OUT.wattelier     write the demo workshop to a new file\n"
    "  wattelier inventory FILE.wattelier [--offtake-price EUR]\n"
    "                                   print households, appliances and estimated kWh/year\n"
    "  wattelier challenge FILE.wattelier [--name NAME]\n"
    "                                   print a défi énergie's weeks (the latest one without "
    "--name)\n"
    "  wattelier import FILE.wattelier DATAFILE [--format NAME] [--owner HOUSEHOLD|group]\n"
    "                   [--name PREFIX] [generic options]\n"
    "                                   import a data export (inverter, smart meter, Flukso...)\n"
    "  wattelier series FILE.wattelier [--set-kind SERIES=KIND]\n"
    "                                   list the workshop's time series (after saying\n"
    "                                   what one measures: production, consumption,\n"
    "                                   offtake, injection or other)\n"
    "  wattelier export FILE.wattelier SERIES OUT.csv [--local]\n"
    "                                   write a series as CSV (UTC, or Brussels time)\n"
    "  wattelier balance FILE.wattelier --production SERIES[,SERIES...]\n"
    "                    --consumption SERIES[,...] | --offtake S[,...] --injection S[,...]\n"
    "                    [--from DATE] [--to DATE] [--offtake-price EUR] [--injection-price EUR]\n"
    "                                   self-consumption and self-sufficiency of a period\n"
    "  wattelier pv-estimate --kwp N [--tilt DEG] [--azimuth DEG] [--lat DEG --lon DEG]\n"
    "                    [--yield KWH_PER_KWP]\n"
    "                                   typical yearly production (azimuth 180 = south)\n"
    "  wattelier report FILE.wattelier --out OUT.pdf [--kind summary|household|forms]\n"
    "                   [--household NAME] [--lang fr|nl|en] [--names] [--page a4|letter]\n"
    "                   [--offtake-price EUR] [--injection-price EUR]\n"
    "                                   (--lang: else the workshop's document language,\n"
    "                                   else French)\n"
    "                                   write the meeting summary, a household sheet (all\n"
    "                                   households into the folder OUT without --household)\n"
    "                                   or the blank forms as PDF\n"
    "  wattelier invite FILE.wattelier --household NAME --out INVITE.wattelier\n"
    "                                   write the file a household fills in at home\n"
    "  wattelier merge FILE.wattelier HOUSEHOLD.wattelier [--dry-run]\n"
    "                  [--prefer workshop|household]\n"
    "                                   show and merge what a household's file adds or\n"
    "                                   changes (conflicts keep the workshop's values)\n"
    "Generic options (a table no format recognises): --delimiter C --decimal C\n"
    "  --header-line N --date-column N --time-column N --date-format PATTERN\n"
    "  --timezone Europe/Brussels|UTC|offset|unix --value-column N[,N...] --unit W|kW|Wh|kWh\n"
    "  --quantity power|energy|index --stamp start|end --kind KIND --interval SECONDS\n"
    "  --series-column N (a long table: the column naming each row's register or meter)\n"
    "  (columns count from 1; PATTERN like dd/MM/yyyy HH:mm or ISO)\n"
    "Prices: the workshop's own (Preferences in the window), else 0.35 EUR per kWh taken\n"
    "  and 0.04 EUR per kWh sent; --offtake-price and --injection-price override them.\n"
    "Subcommands print JSON on standard output and messages on standard error;\n"
    "the exit code is 0 on success, 1 when the work failed, 2 for a usage error.\n";

namespace {

// The command line prints stable English: scripts read it, and its messages
// are the same whatever the desktop language.
const QStringList subcommands = {
    QStringLiteral("demo"),    QStringLiteral("inventory"),   QStringLiteral("challenge"),
    QStringLiteral("import"),  QStringLiteral("series"),      QStringLiteral("export"),
    QStringLiteral("balance"), QStringLiteral("pv-estimate"), QStringLiteral("report"),
    QStringLiteral("invite"),  QStringLiteral("merge"),       QStringLiteral("help")};
const QStringList globalOptions = {QStringLiteral("--version"), QStringLiteral("-v"),
                                   QStringLiteral("--help"), QStringLiteral("-h")};

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

int runDemo(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.size() != 1)
        return usageError(err, QStringLiteral("demo takes one argument: the file to write."));
    const QString path = arguments.first();
    if (QFileInfo::exists(path))
        return failure(
            err, QStringLiteral("“%1” already exists; demo never overwrites a file.").arg(path));
    WorkshopError error;
    if (!writeDemoWorkshop(path, Catalogue::builtIn(), &error))
        return failure(err, error.message);
    std::unique_ptr<Workshop> workshop = Workshop::open(path, &error);
    if (!workshop)
        return failure(err, error.message);
    printJson(out, QJsonObject{
                       {QStringLiteral("file"), workshop->filePath()},
                       {QStringLiteral("name"), workshop->name()},
                       {QStringLiteral("households"), workshop->households().count()},
                       {QStringLiteral("appliances"), int(workshop->appliances().all().size())},
                   });
    err << "Demo workshop written to " << workshop->filePath() << '\n';
    return exitOk;
}

int runInventory(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const ParsedArguments args = parseArguments(arguments, tariffOptions(), {});
    if (!args.error.isEmpty())
        return usageError(err, args.error);
    if (args.positional.size() != 1)
        return usageError(err, QStringLiteral("inventory takes one argument: the workshop file."));
    WorkshopError error;
    std::unique_ptr<Workshop> workshop = Workshop::open(args.positional.first(), &error);
    if (!workshop)
        return failure(err, error.message);
    QString priceError;
    const Tariff tariff = tariffFromOptions(args, *workshop, &priceError);
    if (!priceError.isEmpty())
        return usageError(err, priceError);
    printJson(out, inventoryJson(*workshop, tariff.offtakeEurPerKwh));
    return exitOk;
}

int runChallenge(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString file;
    QString name;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--name")) {
            if (i + 1 >= arguments.size())
                return usageError(err, QStringLiteral("--name needs the challenge's name."));
            name = arguments.at(++i);
        } else if (argument.startsWith(QLatin1String("--name="))) {
            name = argument.mid(7);
        } else if (file.isEmpty() && !argument.startsWith(QLatin1String("--"))) {
            file = argument;
        } else {
            return usageError(err, QStringLiteral("unexpected argument “%1”.").arg(argument));
        }
    }
    if (file.isEmpty())
        return usageError(err, QStringLiteral("challenge takes the workshop file."));
    WorkshopError error;
    std::unique_ptr<Workshop> workshop = Workshop::open(file, &error);
    if (!workshop)
        return failure(err, error.message);
    const QList<Challenge> challenges = workshop->challenges().challenges();
    if (challenges.isEmpty())
        return failure(err, QStringLiteral("“%1” has no challenge.").arg(file));
    qint64 id = challenges.first().id; // the latest
    if (!name.isEmpty()) {
        const auto found = std::find_if(challenges.begin(), challenges.end(),
                                        [&name](const Challenge &c) { return c.name == name; });
        if (found == challenges.end()) {
            QStringList names;
            for (const Challenge &c : challenges)
                names.append(QStringLiteral("“") + c.name + QStringLiteral("”"));
            return failure(err, QStringLiteral("no challenge named “%1” in “%2” (there is %3).")
                                    .arg(name, file, names.join(QStringLiteral(", "))));
        }
        id = found->id;
    }
    printJson(out, challengeJson(challengeReport(*workshop, id)));
    return exitOk;
}

} // namespace

bool isCommandLineInvocation(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    return subcommands.contains(first) || globalOptions.contains(first);
}

bool commandDrawsText(const QStringList &arguments)
{
    return arguments.value(1) == QLatin1String("report");
}

int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(2);
    if (command == QLatin1String("--version") || command == QLatin1String("-v"))
        return runVersion(out);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        out << QString::fromUtf8(usageText);
        return exitOk;
    }
    if (command == QLatin1String("demo"))
        return runDemo(rest, out, err);
    if (command == QLatin1String("inventory"))
        return runInventory(rest, out, err);
    if (command == QLatin1String("challenge"))
        return runChallenge(rest, out, err);
    if (command == QLatin1String("import"))
        return runImport(rest, out, err);
    if (command == QLatin1String("series"))
        return runSeries(rest, out, err);
    if (command == QLatin1String("export"))
        return runExport(rest, out, err);
    if (command == QLatin1String("balance"))
        return runBalance(rest, out, err);
    if (command == QLatin1String("pv-estimate"))
        return runPvEstimate(rest, out, err);
    if (command == QLatin1String("report"))
        return runReport(rest, out, err);
    if (command == QLatin1String("invite"))
        return runInvite(rest, out, err);
    if (command == QLatin1String("merge"))
        return runMerge(rest, out, err);
    return usageError(err, QStringLiteral("unknown command “%1”.").arg(command));
}

} // namespace wattelier::app
