// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/seriesimport.h"

#include "core/workshop.h"
#include "core/writetransaction.h"
#include "timeseries/formats/genericformat.h"
#include "timeseries/seriesformat.h"
#include "timeseries/seriesstore.h"
#include "timeseries/sourcetext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>

namespace wattelier {
namespace {

struct SeriesImportTr
{
    Q_DECLARE_TR_FUNCTIONS(SeriesImportTr)
};

QString uniqueName(const QString &wanted, QSet<QString> &taken)
{
    QString name = wanted;
    for (int n = 2; taken.contains(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(wanted).arg(n);
    taken.insert(name);
    return name;
}

} // namespace

ParseResult readSeriesData(const QByteArray &raw, const QString &fileName,
                           const ReadOptions &options, const ParseContext &context)
{
    ParseResult result;
    ImportProblem problem;
    const auto source = decodeSource(raw, fileName, problem);
    if (!source) {
        result.problem = problem;
        return result;
    }
    const SeriesFormat *format = nullptr;
    if (options.layout) {
        result = GenericFormat::parse(source->utf8, *options.layout, context);
    } else {
        format =
            options.format.isEmpty() ? recogniseFormat(source->utf8) : formatNamed(options.format);
        if (!format) {
            result.problem =
                ImportProblem{fileName, 0, 0,
                              options.format.isEmpty()
                                  ? SeriesImportTr::tr("the format of this file was not recognised")
                                  : SeriesImportTr::tr("unknown format %1").arg(options.format)};
            return result;
        }
        result = format->parse(source->utf8, context);
        result.format = format->name();
    }
    for (const QString &note : source->notes)
        result.warnings.add(note);
    if (result.problem && result.problem->file.isEmpty())
        result.problem->file = fileName;
    if (result.ok() && result.series.isEmpty())
        result.problem = ImportProblem{fileName, 0, 0, SeriesImportTr::tr("no series found")};
    // A stop asked for at any moment before the reading returns is honoured:
    // the user pressed Stop, so nothing is offered for import.
    if (context.cancelled()) {
        result.cancelled = true;
        result.series.clear();
    }
    return result;
}

ParseResult readSeriesFile(const QString &path, const ReadOptions &options,
                           const ParseContext &context)
{
    ImportProblem problem;
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ParseResult result;
        result.problem = ImportProblem{
            fileName, 0, 0, SeriesImportTr::tr("cannot be read: %1").arg(file.errorString())};
        return result;
    }
    ParseContext named = context;
    named.fileName = fileName;
    return readSeriesData(file.readAll(), fileName, options, named);
}

QList<SeriesInfo> plannedSeries(const Workshop &workshop, const ParseResult &parsed,
                                const ImportTarget &target)
{
    QSet<QString> taken;
    for (const SeriesInfo &existing : workshop.series().all())
        taken.insert(existing.name);
    QList<SeriesInfo> planned;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ParsedSeries &p : parsed.series) {
        SeriesInfo info;
        const QString prefix = target.namePrefix.trimmed();
        const QString base = p.name.isEmpty() ? label(p.kind) : p.name;
        info.name = uniqueName(prefix.isEmpty() ? base : prefix + QLatin1Char(' ') + base, taken);
        info.kind = p.kind;
        info.householdId = target.householdId;
        info.unit = p.unit;
        info.intervalS = p.data.intervalS;
        info.startUtc = p.data.startUtc;
        info.valueCount = qint64(p.data.kwh.size());
        info.format = parsed.format;
        info.sourceFile = target.sourceFile;
        info.importedAt = now;
        info.stats = statsOf(p.data);
        planned.append(info);
    }
    return planned;
}

QList<SeriesInfo> storeSeries(Workshop &workshop, const ParseResult &parsed,
                              const ImportTarget &target, QString *error)
{
    QList<SeriesInfo> planned = plannedSeries(workshop, parsed, target);
    WriteTransaction transaction(workshop);
    if (!transaction.isOpen()) {
        if (error)
            *error = transaction.error();
        return {};
    }
    for (int i = 0; i < planned.size(); ++i) {
        planned[i].id = workshop.series().insert(planned[i], parsed.series[i].data);
        if (planned[i].id == 0) {
            transaction.rollback();
            if (error)
                *error = workshop.inStep() ? SeriesImportTr::tr("the workshop file could not be "
                                                                "written")
                                           : workshop.lastWriteError();
            return {};
        }
    }
    if (!transaction.commit()) {
        if (error)
            *error = transaction.error();
        return {};
    }
    workshop.series().notifyChanged();
    return planned;
}

} // namespace wattelier
