// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshopcommands.h"

#include "challenge/challengereport.h"
#include "challenge/challengestore.h"
#include "cliarguments.h"
#include "clioutput.h"
#include "core/workshop.h"
#include "demo/demoworkshop.h"
#include "inventory/appliancestore.h"
#include "inventory/catalogue.h"
#include "inventory/householdstore.h"
#include "inventory/inventoryjson.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace wattelier::app {

int runDemo(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // Parsed like every subcommand: "demo --bogus" is an unknown option, not a
    // file called "--bogus".
    const ParsedArguments args = parseArguments(arguments, {}, {});
    if (!args.error.isEmpty())
        return usageError(err, args.error);
    if (args.positional.size() != 1)
        return usageError(err, QStringLiteral("demo takes one argument: the file to write."));
    const QString path = args.positional.first();
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
    const ParsedArguments args = parseArguments(arguments, {QStringLiteral("--name")}, {});
    if (!args.error.isEmpty())
        return usageError(err, args.error);
    if (args.positional.size() != 1)
        return usageError(err, QStringLiteral("challenge takes one argument: the workshop file."));
    const QString file = args.positional.first();
    const QString name = args.options.value(QStringLiteral("--name"));
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

} // namespace wattelier::app
