// SPDX-License-Identifier: GPL-3.0-or-later
#include "seriescommands.h"

#include "cliarguments.h"
#include "clioutput.h"
#include "core/workshop.h"
#include "inventory/household.h"
#include "inventory/householdstore.h"
#include "timeseries/genericlayout.h"
#include "timeseries/plausibility.h"
#include "timeseries/seriescommands.h"
#include "timeseries/seriescsv.h"
#include "timeseries/seriesformat.h"
#include "timeseries/seriesimport.h"
#include "timeseries/seriesjson.h"
#include "timeseries/seriesstore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

namespace wattelier::app {
namespace {

// Options that take a value, and the generic reader's among them.
const QStringList genericOptions = {
    QStringLiteral("--delimiter"),   QStringLiteral("--decimal"),
    QStringLiteral("--header-line"), QStringLiteral("--date-column"),
    QStringLiteral("--time-column"), QStringLiteral("--date-format"),
    QStringLiteral("--timezone"),    QStringLiteral("--value-column"),
    QStringLiteral("--unit"),        QStringLiteral("--quantity"),
    QStringLiteral("--stamp"),       QStringLiteral("--kind"),
    QStringLiteral("--interval"),    QStringLiteral("--series-column")};
const QStringList valueOptions =
    QStringList{QStringLiteral("--format"), QStringLiteral("--owner"), QStringLiteral("--name")} +
    genericOptions;

int columnIndex(const QString &text, bool *ok)
{
    const int n = text.toInt(ok);
    *ok = *ok && n >= 1;
    return n - 1;
}

/*! The generic layout: guessed from the file, then corrected by the options. */
std::optional<DelimitedLayout> genericLayout(const QString &dataFile,
                                             const QHash<QString, QString> &o, QString *error)
{
    QFile file(dataFile);
    DelimitedLayout layout;
    if (file.open(QIODevice::ReadOnly)) {
        if (const auto guess = guessLayout(file.read(64 * 1024)))
            layout = *guess;
    }
    bool ok = true;
    auto fail = [&](const QString &message) {
        *error = message;
        return std::nullopt;
    };
    if (o.contains(QStringLiteral("--delimiter"))) {
        const QString d = o.value(QStringLiteral("--delimiter"));
        layout.delimiter = d == QLatin1String("tab") || d == QLatin1String("\\t")
                               ? '\t'
                               : (d.isEmpty() ? ';' : d.toLatin1().at(0));
    }
    if (o.contains(QStringLiteral("--decimal")))
        layout.decimal = o.value(QStringLiteral("--decimal")) == QLatin1String(",") ? ',' : '.';
    if (o.contains(QStringLiteral("--header-line"))) {
        layout.headerLine = o.value(QStringLiteral("--header-line")).toInt(&ok);
        if (!ok || layout.headerLine < 0)
            return fail(QStringLiteral("--header-line takes a line number (0: no header)."));
    }
    if (o.contains(QStringLiteral("--date-column"))) {
        layout.dateColumn = columnIndex(o.value(QStringLiteral("--date-column")), &ok);
        if (!ok)
            return fail(QStringLiteral("--date-column takes a column number, from 1."));
    }
    if (o.contains(QStringLiteral("--time-column"))) {
        layout.timeColumn = columnIndex(o.value(QStringLiteral("--time-column")), &ok);
        if (!ok)
            return fail(QStringLiteral("--time-column takes a column number, from 1."));
    }
    if (o.contains(QStringLiteral("--date-format")))
        layout.dateTimePattern = o.value(QStringLiteral("--date-format")).toLatin1();
    if (o.contains(QStringLiteral("--timezone"))) {
        const QString zone = o.value(QStringLiteral("--timezone"));
        if (zone.compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0) {
            layout.zoneRule = TimeZoneRule::Utc;
        } else if (zone == QLatin1String("offset")) {
            layout.zoneRule = TimeZoneRule::InText;
        } else if (zone == QLatin1String("unix")) {
            layout.zoneRule = TimeZoneRule::UnixSeconds;
        } else if (QTimeZone::isTimeZoneIdAvailable(zone.toLatin1())) {
            layout.zoneRule = TimeZoneRule::Zone;
            layout.zoneId = zone.toLatin1();
        } else {
            return fail(QStringLiteral("unknown time zone “%1”.").arg(zone));
        }
    }
    if (o.contains(QStringLiteral("--value-column"))) {
        const QList<ValueColumn> guessed = layout.columns;
        layout.columns.clear();
        for (const QString &c : o.value(QStringLiteral("--value-column")).split(QLatin1Char(','))) {
            ValueColumn column;
            column.index = columnIndex(c, &ok);
            if (!ok)
                return fail(QStringLiteral("--value-column takes column numbers, from 1."));
            for (const ValueColumn &g : guessed) {
                if (g.index == column.index)
                    column = g;
            }
            if (column.name.isEmpty())
                column.name = QStringLiteral("Column %1").arg(column.index + 1);
            layout.columns.append(column);
        }
    }
    for (ValueColumn &column : layout.columns) {
        if (o.contains(QStringLiteral("--unit"))) {
            column.unit = o.value(QStringLiteral("--unit"));
            if (unitToBase(column.unit) == 0)
                return fail(QStringLiteral("--unit is W, kW, Wh or kWh."));
            column.quantity = column.unit.endsWith(QLatin1Char('h'))
                                  ? SourceQuantity::EnergyPerInterval
                                  : SourceQuantity::MeanPower;
        }
        if (o.contains(QStringLiteral("--quantity"))) {
            const QString q = o.value(QStringLiteral("--quantity"));
            if (q == QLatin1String("power"))
                column.quantity = SourceQuantity::MeanPower;
            else if (q == QLatin1String("energy"))
                column.quantity = SourceQuantity::EnergyPerInterval;
            else if (q == QLatin1String("index"))
                column.quantity = SourceQuantity::CumulativeIndex;
            else
                return fail(QStringLiteral("--quantity is power, energy or index."));
        }
        if (o.contains(QStringLiteral("--kind"))) {
            const auto kind = seriesKindFromKey(o.value(QStringLiteral("--kind")));
            if (!kind)
                return fail(QStringLiteral("--kind is production, consumption, offtake, "
                                           "injection or other."));
            column.kind = *kind;
        }
    }
    if (o.contains(QStringLiteral("--stamp"))) {
        const QString stamp = o.value(QStringLiteral("--stamp"));
        if (stamp != QLatin1String("start") && stamp != QLatin1String("end"))
            return fail(QStringLiteral("--stamp is start or end."));
        layout.stamp = stamp == QLatin1String("end") ? StampAt::End : StampAt::Start;
    }
    if (o.contains(QStringLiteral("--interval"))) {
        layout.intervalS = o.value(QStringLiteral("--interval")).toInt(&ok);
        if (!ok || layout.intervalS <= 0)
            return fail(QStringLiteral("--interval takes a number of seconds."));
    }
    if (o.contains(QStringLiteral("--series-column"))) {
        layout.seriesColumn = columnIndex(o.value(QStringLiteral("--series-column")), &ok);
        if (!ok)
            return fail(QStringLiteral("--series-column takes a column number, from 1 (the "
                                       "column naming each row's register, meter or entity)."));
    }
    if (layout.columns.isEmpty())
        return fail(QStringLiteral("no value column: give --value-column."));
    // What the guess asked is answered by saying which columns and what they hold.
    if (o.contains(QStringLiteral("--quantity")))
        layout.questions.clear();
    return layout;
}

std::optional<qint64> ownerId(const Workshop &workshop, const QString &owner, QString *error)
{
    if (owner.isEmpty() || owner == QLatin1String("group"))
        return 0;
    for (const Household &h : workshop.households().all()) {
        if (h.name == owner || h.pseudonymCode == owner || pseudonym(h) == owner)
            return h.id;
    }
    *error = QStringLiteral("no household “%1” in the workshop (give its name, its pseudonym "
                            "or “group”).")
                 .arg(owner);
    return std::nullopt;
}

} // namespace

int runImport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const ParsedArguments args = parseArguments(arguments, valueOptions, {});
    if (!args.error.isEmpty())
        return usageError(err, args.error);
    if (args.positional.size() != 2)
        return usageError(err, QStringLiteral("import takes the workshop file and the data file."));
    const QString workshopFile = args.positional.at(0);
    const QString dataFile = args.positional.at(1);

    ReadOptions options;
    options.format = args.options.value(QStringLiteral("--format"));
    bool generic = options.format == QLatin1String("generic");
    for (const QString &option : genericOptions)
        generic = generic || args.options.contains(option);
    if (!options.format.isEmpty() && !formatNamed(options.format))
        return usageError(err, QStringLiteral("unknown format “%1” (known: %2).")
                                   .arg(options.format, formatNames().join(QStringLiteral(", "))));
    if (generic) {
        QString error;
        options.layout = genericLayout(dataFile, args.options, &error);
        if (!options.layout)
            return usageError(err, error);
    }

    WorkshopError openError;
    std::unique_ptr<Workshop> workshop = Workshop::open(workshopFile, &openError);
    if (!workshop)
        return failure(err, openError.message);
    QString error;
    const auto owner = ownerId(*workshop, args.options.value(QStringLiteral("--owner")), &error);
    if (!owner)
        return failure(err, error);

    const ParseResult parsed = readSeriesFile(dataFile, options, ParseContext{});
    if (parsed.problem)
        return failure(err, parsed.problem->toString() + QStringLiteral(" (nothing was imported)"));
    // Figures no home, street or roof can make are refused before anything is written.
    if (const auto implausible =
            plausibilityProblem(parsed, boundsFor(*owner > 0), QFileInfo(dataFile).fileName()))
        return failure(err, implausible->toString() + QStringLiteral(" (nothing was imported)"));
    ImportTarget target;
    target.householdId = *owner;
    target.namePrefix = args.options.value(QStringLiteral("--name"));
    target.sourceFile = QFileInfo(dataFile).fileName();
    const auto stored = storeSeries(*workshop, parsed, target);
    if (!stored)
        return failure(err, stored.error() + QStringLiteral(" (nothing was imported)"));

    QJsonArray series;
    for (const SeriesInfo &info : *stored)
        series.append(seriesJson(info, *workshop));
    printJson(out, QJsonObject{{QStringLiteral("format"), parsed.format},
                               {QStringLiteral("file"), target.sourceFile},
                               {QStringLiteral("series"), series},
                               {QStringLiteral("warnings"), warningsJson(parsed.warnings)}});
    for (const QString &message : parsed.warnings.messages)
        err << "wattelier: " << target.sourceFile << ": " << message << '\n';
    return exitOk;
}

int runSeries(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const ParsedArguments args = parseArguments(arguments, {QStringLiteral("--set-kind")}, {});
    if (!args.error.isEmpty())
        return usageError(err, args.error);
    if (args.positional.size() != 1)
        return usageError(err, QStringLiteral("series takes one argument: the workshop file."));
    WorkshopError error;
    std::unique_ptr<Workshop> workshop = Workshop::open(args.positional.first(), &error);
    if (!workshop)
        return failure(err, error.message);
    if (args.options.contains(QStringLiteral("--set-kind"))) {
        // SERIES=KIND: a clamp on the main supply measures offtake, not consumption.
        const QString setting = args.options.value(QStringLiteral("--set-kind"));
        const QString seriesName = setting.section(QLatin1Char('='), 0, -2);
        const auto kind = seriesKindFromKey(setting.section(QLatin1Char('='), -1));
        if (!setting.contains(QLatin1Char('=')) || !kind)
            return usageError(err, QStringLiteral("--set-kind takes SERIES=KIND, KIND being "
                                                  "production, consumption, offtake, injection "
                                                  "or other."));
        const auto info = workshop->series().find(seriesName);
        if (!info)
            return failure(err, QStringLiteral("no single series named or numbered “%1” (see "
                                               "`wattelier series`).")
                                    .arg(seriesName));
        if (info->kind != *kind &&
            !workshop->push(new SetSeriesKindCommand(*workshop, info->id, *kind)))
            return failure(err, workshop->lastWriteError());
    }
    QJsonArray series;
    for (const SeriesInfo &info : workshop->series().all())
        series.append(seriesJson(info, *workshop));
    printJson(out, QJsonObject{{QStringLiteral("series"), series}});
    return exitOk;
}

int runExport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const ParsedArguments args =
        parseArguments(arguments, valueOptions, {QStringLiteral("--local")});
    if (!args.error.isEmpty())
        return usageError(err, args.error);
    if (args.positional.size() != 3)
        return usageError(err, QStringLiteral("export takes the workshop file, the series (its "
                                              "name or id) and the CSV file to write."));
    WorkshopError error;
    std::unique_ptr<Workshop> workshop = Workshop::open(args.positional.at(0), &error);
    if (!workshop)
        return failure(err, error.message);
    const auto info = workshop->series().find(args.positional.at(1));
    if (!info)
        return failure(err, QStringLiteral("no single series named or numbered “%1” (see "
                                           "`wattelier series`).")
                                .arg(args.positional.at(1)));
    const bool local = args.flags.contains(QStringLiteral("--local"));
    QSaveFile file(args.positional.at(2));
    if (!file.open(QIODevice::WriteOnly))
        return failure(
            err,
            QStringLiteral("cannot write “%1”: %2").arg(args.positional.at(2), file.errorString()));
    const RegularSeries data = workshop->series().load(info->id);
    if (!writeSeriesCsv(data, info->kind, local, file) || !file.commit())
        return failure(
            err,
            QStringLiteral("cannot write “%1”: %2").arg(args.positional.at(2), file.errorString()));
    QJsonObject o = seriesJson(*info, *workshop);
    o.insert(QStringLiteral("file"), args.positional.at(2));
    o.insert(QStringLiteral("time"),
             local ? QStringLiteral("Europe/Brussels") : QStringLiteral("UTC"));
    printJson(out, o);
    return exitOk;
}

} // namespace wattelier::app
