// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangecommands.h"

#include "cliarguments.h"
#include "clioutput.h"
#include "core/workshop.h"
#include "exchange/householdfile.h"
#include "exchange/householdmerge.h"
#include "inventory/household.h"
#include "inventory/householdstore.h"

#include <QJsonObject>

namespace wattelier::app {

int runInvite(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const ParsedArguments args =
        parseArguments(arguments, {QStringLiteral("--household"), QStringLiteral("--out")}, {});
    if (!args.error.isEmpty())
        return usageError(err, args.error);
    if (args.positional.size() != 1)
        return usageError(err, QStringLiteral("invite takes one workshop file."));
    const QString name = args.options.value(QStringLiteral("--household"));
    const QString outPath = args.options.value(QStringLiteral("--out"));
    if (name.isEmpty() || outPath.isEmpty())
        return usageError(err, QStringLiteral("invite needs --household NAME and --out "
                                              "INVITE.wattelier."));
    WorkshopError openError;
    const std::unique_ptr<Workshop> workshop = Workshop::open(args.positional.first(), &openError);
    if (!workshop)
        return failure(err, openError.message);
    if (exchange::householdFileInfo(*workshop).isHouseholdFile)
        return failure(err, QStringLiteral("“%1” is a household file; invitations are made from "
                                           "the workshop.")
                                .arg(workshop->filePath()));
    const auto household = findHousehold(*workshop, name);
    if (!household)
        return failure(err, QStringLiteral("no household “%1” in the workshop (give its name, its "
                                           "pseudonym or its letter).")
                                .arg(name));
    const auto summary = exchange::writeInvitation(*workshop, household->id, outPath);
    if (!summary)
        return failure(err, summary.error());
    printJson(out, QJsonObject{
                       {QStringLiteral("file"), summary->file},
                       {QStringLiteral("workshop"), workshop->name()},
                       {QStringLiteral("household"), pseudonym(*household)},
                       {QStringLiteral("household_code"), summary->pseudonymCode},
                       {QStringLiteral("appliances"), summary->appliances},
                       {QStringLiteral("wattmeter_readings"), summary->readings},
                       {QStringLiteral("meter_readings"), summary->indexReadings},
                       {QStringLiteral("challenges"), summary->challenges},
                   });
    err << "Invitation for " << pseudonym(*household) << " written to " << summary->file << '\n';
    return exitOk;
}

int runMerge(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const ParsedArguments args =
        parseArguments(arguments, {QStringLiteral("--prefer")}, {QStringLiteral("--dry-run")});
    if (!args.error.isEmpty())
        return usageError(err, args.error);
    if (args.positional.size() != 2)
        return usageError(err, QStringLiteral("merge takes the workshop file and the household "
                                              "file."));
    const QString prefer =
        args.options.value(QStringLiteral("--prefer"), QStringLiteral("workshop"));
    if (prefer != QLatin1String("workshop") && prefer != QLatin1String("household"))
        return usageError(
            err, QStringLiteral("--prefer is workshop or household, not “%1”.").arg(prefer));
    const bool dryRun = args.flags.contains(QStringLiteral("--dry-run"));

    WorkshopError openError;
    const std::unique_ptr<Workshop> workshop = Workshop::open(args.positional.at(0), &openError);
    if (!workshop)
        return failure(err, openError.message);
    const std::unique_ptr<Workshop> householdFile =
        Workshop::open(args.positional.at(1), &openError);
    if (!householdFile)
        return failure(err, openError.message);
    auto plan = exchange::planMerge(*workshop, *householdFile);
    if (!plan)
        return failure(err, plan.error());
    if (prefer == QLatin1String("household"))
        for (exchange::MergeChange &change : plan->changes)
            change.takeHousehold = true;
    if (!dryRun && !plan->changes.isEmpty()) {
        const QString problem = exchange::applyMerge(*workshop, *plan);
        if (!problem.isEmpty())
            return failure(err, QStringLiteral("nothing was merged: %1").arg(problem));
    }
    QJsonObject json = exchange::toJson(*plan);
    json.insert(QStringLiteral("applied"), !dryRun);
    json.insert(QStringLiteral("prefer"), prefer);
    printJson(out, json);
    const int conflicts = plan->count(exchange::ChangeKind::Conflict);
    if (conflicts > 0)
        err << conflicts << " conflict(s): "
            << (prefer == QLatin1String("household") ? "the household's values were taken"
                                                     : "the workshop's values were kept")
            << (dryRun ? " (dry run: nothing written)" : "") << '\n';
    return exitOk;
}

} // namespace wattelier::app
