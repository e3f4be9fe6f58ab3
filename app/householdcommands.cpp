// SPDX-License-Identifier: GPL-3.0-or-later
#include "householdcommands.h"

#include "cliarguments.h"
#include "clioutput.h"
#include "core/schema.h"
#include "core/workshop.h"
#include "inventory/householdlist.h"
#include "inventory/householdstore.h"
#include "inventory/inventoryeditor.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace wattelier::app {
namespace {

QJsonObject householdJson(const Household &h)
{
    return QJsonObject{
        {QStringLiteral("id"), h.id},
        {QStringLiteral("name"), h.name},
        {QStringLiteral("pseudonym"), pseudonym(h)},
        {QStringLiteral("occupants"), h.occupants},
        {QStringLiteral("ean"), h.ean},
        {QStringLiteral("notes"), h.notes},
        {QStringLiteral("kind"), key(h.kind)},
    };
}

/*! One household from the command line's NAME and options. */
Outcome<Household> householdFromArguments(const ParsedArguments &args)
{
    Household household;
    household.name = args.positional.at(1).trimmed();
    if (household.name.isEmpty())
        return Outcome<Household>::refused(QStringLiteral("A household needs a name."));
    if (args.options.contains(QStringLiteral("--occupants"))) {
        bool ok = false;
        household.occupants = args.options.value(QStringLiteral("--occupants")).toInt(&ok);
        if (!ok || household.occupants < 1 || household.occupants > 50)
            return Outcome<Household>::refused(
                QStringLiteral("--occupants takes a whole number from 1 to 50."));
    }
    const auto ean = eanCode(args.options.value(QStringLiteral("--ean")));
    if (!ean)
        return Outcome<Household>::refused(QStringLiteral("--ean takes an EAN code of 18 digits."));
    household.ean = *ean;
    household.notes = args.options.value(QStringLiteral("--notes"));
    const auto kind = householdKindFromKey(
        args.options.value(QStringLiteral("--kind"), key(HouseholdKind::Home)));
    if (!kind)
        return Outcome<Household>::refused(
            QStringLiteral("--kind takes household or participant (an association, a business…)."));
    household.kind = *kind;
    return household;
}

} // namespace

int runNew(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const ParsedArguments args = parseArguments(arguments, {QStringLiteral("--name")}, {});
    if (!args.error.isEmpty())
        return usageError(err, args.error);
    if (args.positional.size() != 1)
        return usageError(err, QStringLiteral("new takes one argument: the file to write."));
    const QString path = args.positional.first();
    if (QFileInfo::exists(path))
        return failure(
            err, QStringLiteral("“%1” already exists; new never overwrites a file.").arg(path));
    const QString name =
        args.options.value(QStringLiteral("--name"), QFileInfo(path).completeBaseName());
    WorkshopError error;
    const std::unique_ptr<Workshop> workshop = Workshop::create(path, name, &error);
    if (!workshop)
        return failure(err, error.message);
    printJson(out, QJsonObject{
                       {QStringLiteral("file"), workshop->filePath()},
                       {QStringLiteral("name"), workshop->name()},
                       {QStringLiteral("schema_version"), schema::currentVersion},
                   });
    err << "New workshop written to " << workshop->filePath() << '\n';
    return exitOk;
}

int runAddHousehold(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const ParsedArguments args = parseArguments(
        arguments,
        {QStringLiteral("--occupants"), QStringLiteral("--ean"), QStringLiteral("--notes"),
         QStringLiteral("--kind"), QStringLiteral("--from")},
        {});
    if (!args.error.isEmpty())
        return usageError(err, args.error);
    const bool fromList = args.options.contains(QStringLiteral("--from"));
    if (fromList && (args.positional.size() != 1 || args.options.size() != 1))
        return usageError(err, QStringLiteral("add-household --from LIST.csv takes the workshop "
                                              "file only: the list gives the rest."));
    if (!fromList && args.positional.size() != 2)
        return usageError(err, QStringLiteral("add-household takes the workshop file and the "
                                              "household's name (or --from LIST.csv)."));
    // The options are checked before the file is read: a usage error is exit 2.
    const Outcome<Household> given =
        fromList ? Outcome<Household>(Household{}) : householdFromArguments(args);
    if (!given)
        return usageError(err, given.error());
    WorkshopError error;
    const std::unique_ptr<Workshop> workshop = Workshop::open(args.positional.first(), &error);
    if (!workshop)
        return failure(err, error.message);

    QList<Household> added;
    QStringList notes;
    if (fromList) {
        const auto list = readHouseholdListFile(args.options.value(QStringLiteral("--from")),
                                                workshop->households().all());
        if (!list)
            return failure(err, list.error());
        added = list->households;
        notes = list->notes;
    } else {
        const auto &household = given;
        // As for a list: a name differing only in case is the same household.
        const QString folded = household->name.toCaseFolded();
        for (const Household &h : workshop->households().all())
            if (h.name.trimmed().toCaseFolded() == folded)
                return failure(
                    err, QStringLiteral("%1 is already a household of this workshop.").arg(h.name));
        added = {*household};
    }
    const auto ids = InventoryEditor(*workshop).addHouseholds(added);
    if (!ids)
        return failure(err, ids.error());
    QJsonArray households;
    for (const qint64 id : *ids)
        if (const auto h = workshop->households().get(id))
            households.append(householdJson(*h));
    QJsonObject result = fromList ? QJsonObject{{QStringLiteral("households"), households}}
                                  : households.first().toObject();
    if (!notes.isEmpty())
        result.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
    printJson(out, result);
    for (const QString &note : notes)
        err << note << '\n';
    return exitOk;
}

} // namespace wattelier::app
