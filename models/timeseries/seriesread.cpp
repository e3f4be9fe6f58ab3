// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/seriesread.h"

#include "timeseries/formats/genericformat.h"
#include "timeseries/seriesformat.h"
#include "timeseries/sourcetext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace wattelier {
namespace {

struct SeriesImportTr
{
    Q_DECLARE_TR_FUNCTIONS(SeriesImportTr)
};

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
        result = parseWithLayout(source->utf8, *options.layout, context);
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

} // namespace wattelier
