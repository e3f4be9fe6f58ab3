// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/delimitedlayout.h"

#include "timeseries/textfields.h"

#include <cmath>

#include <QCoreApplication>

namespace wattelier {
namespace {

// A context lupdate can see for the messages of these free functions.
struct DelimitedText
{
    Q_DECLARE_TR_FUNCTIONS(DelimitedText)
};

QString quoted(std::string_view text)
{
    return DelimitedText::tr("“%1”").arg(QString::fromUtf8(text.data(), qsizetype(text.size())));
}

} // namespace

double unitToBase(const QString &unit)
{
    const QString u = unit.trimmed().toLower();
    if (u == QLatin1String("w") || u == QLatin1String("wh"))
        return 0.001;
    if (u == QLatin1String("kw") || u == QLatin1String("kwh"))
        return 1.0;
    if (u == QLatin1String("mwh") || u == QLatin1String("mw"))
        return 1000.0;
    return 0.0;
}

QStringList headerFields(const QByteArray &utf8, int headerLine, char delimiter)
{
    TextLines lines(utf8);
    std::string_view line;
    std::vector<std::string_view> fields;
    while (lines.next(line)) {
        if (lines.lineNumber() == headerLine) {
            splitFields(line, delimiter, fields);
            QStringList names;
            for (std::string_view f : fields) {
                f = trimField(f);
                names.append(QString::fromUtf8(f.data(), qsizetype(f.size())));
            }
            return names;
        }
    }
    return {};
}

ParseResult parseDelimited(const QByteArray &utf8, const DelimitedLayout &layout,
                           const ParseContext &context)
{
    ParseResult result;
    auto refuse = [&](int line, int column, const QString &message) {
        result.problem = ImportProblem{context.fileName, line, column, message};
        return result;
    };
    if (layout.columns.isEmpty())
        return refuse(0, 0, DelimitedText::tr("no value column chosen"));

    std::vector<SeriesBuilder> builders;
    for (const ValueColumn &c : layout.columns) {
        const double base = unitToBase(c.unit);
        if (base == 0)
            return refuse(0, 0, DelimitedText::tr("unknown unit %1").arg(c.unit));
        builders.emplace_back(c.quantity, layout.stamp, base, layout.intervalS);
    }

    const CivilFormat format(std::string_view(layout.dateTimePattern.constData(),
                                              std::size_t(layout.dateTimePattern.size())));
    const ZoneConverter zone(layout.zoneRule == TimeZoneRule::Zone ? QTimeZone(layout.zoneId)
                                                                   : QTimeZone::utc());
    AmbiguousTimeResolver resolver;
    int lastColumn = std::max(layout.dateColumn, layout.timeColumn);
    for (const ValueColumn &c : layout.columns)
        lastColumn = std::max(lastColumn, c.index);

    TextLines lines(utf8);
    std::string_view line;
    std::vector<std::string_view> fields;
    std::string stamp;
    int dataRows = 0;
    while (lines.next(line)) {
        const int n = lines.lineNumber();
        if (context.stopAt(n, lines.position(), lines.size(), result))
            return result;
        if (n <= layout.headerLine || line.empty())
            continue;
        if (!splitFields(line, layout.delimiter, fields))
            return refuse(n, int(line.size()),
                          DelimitedText::tr("a quotation mark is never closed: the line "
                                            "looks cut off"));
        if (fields.size() == 1 && trimField(fields[0]).empty())
            continue;
        bool skip = false;
        for (const QByteArray &prefix : layout.skipPrefixes) {
            if (trimField(fields[0]).substr(0, std::size_t(prefix.size())) ==
                std::string_view(prefix.constData(), std::size_t(prefix.size())))
                skip = true;
        }
        if (skip)
            continue;
        if (int(fields.size()) <= lastColumn)
            return refuse(
                n, int(fields.size()) + 1,
                DelimitedText::tr("%1 field(s) where %2 were expected: the line looks cut off")
                    .arg(fields.size())
                    .arg(lastColumn + 1));

        // The instant
        qint64 utc = 0;
        std::string_view dateText = trimField(fields[std::size_t(layout.dateColumn)]);
        if (layout.timeColumn >= 0) {
            stamp.assign(dateText);
            stamp.push_back(' ');
            stamp.append(trimField(fields[std::size_t(layout.timeColumn)]));
            dateText = stamp;
        }
        if (layout.zoneRule == TimeZoneRule::UnixSeconds) {
            const CellNumber seconds = parseCellNumber(dateText);
            if (seconds.kind != CellNumber::Number)
                return refuse(n, layout.dateColumn + 1,
                              DelimitedText::tr("%1 is not a time in seconds since 1970")
                                  .arg(quoted(dateText)));
            utc = qint64(std::llround(seconds.value));
        } else {
            const auto civil = format.parse(dateText);
            if (!civil)
                return refuse(
                    n, layout.dateColumn + 1,
                    DelimitedText::tr("%1 is not a date and time written as %2")
                        .arg(quoted(dateText), QString::fromLatin1(layout.dateTimePattern)));
            if (layout.zoneRule == TimeZoneRule::Utc) {
                utc = civil->civilSeconds - civil->offsetSeconds.value_or(0);
            } else if (civil->offsetSeconds) {
                utc = civil->civilSeconds - *civil->offsetSeconds;
            } else if (layout.zoneRule == TimeZoneRule::InText) {
                return refuse(
                    n, layout.dateColumn + 1,
                    DelimitedText::tr("%1 does not say its time zone").arg(quoted(dateText)));
            } else {
                const ZoneMapping m = zone.toUtc(civil->civilSeconds);
                if (m.kind == ZoneMapping::Nonexistent) {
                    ++result.warnings.nonexistentLocalTimes;
                    result.warnings.add(
                        DelimitedText::tr(
                            "line %1: %2 does not exist in local time (the clocks jumped an "
                            "hour); the row was left out")
                            .arg(n)
                            .arg(quoted(dateText)));
                    continue;
                }
                utc = resolver.resolve(civil->civilSeconds, m);
            }
        }

        // The values
        for (int i = 0; i < layout.columns.size(); ++i) {
            const int col = layout.columns[i].index;
            const CellNumber v = parseCellNumber(fields[std::size_t(col)], layout.decimal);
            if (v.kind == CellNumber::Invalid)
                return refuse(n, col + 1,
                              DelimitedText::tr("%1 is not a number")
                                  .arg(quoted(trimField(fields[std::size_t(col)]))));
            builders[std::size_t(i)].add(utc, v.kind == CellNumber::Number ? v.value : std::nan(""),
                                         n);
        }
        ++dataRows;
    }
    if (dataRows == 0)
        return refuse(0, 0, DelimitedText::tr("no data rows found"));
    if (resolver.resolvedCount() > 0) {
        result.warnings.dstRepeatedResolved += resolver.resolvedCount();
        result.warnings.add(
            DelimitedText::tr("%n wall-clock time(s) written twice at the autumn clock change "
                              "read as the second, winter-time hour",
                              nullptr, resolver.resolvedCount()));
    }
    // Every column sees the same rows: a repeated row is counted once, not per column.
    int duplicates = 0;
    for (int i = 0; i < layout.columns.size(); ++i) {
        ImportProblem problem{context.fileName, 0, 0, {}};
        ImportWarnings columnWarnings;
        auto series = builders[std::size_t(i)].build(columnWarnings, problem);
        duplicates = std::max(duplicates, columnWarnings.duplicatesDropped);
        result.warnings.resets += columnWarnings.resets;
        result.warnings.gapsLeftOut += columnWarnings.gapsLeftOut;
        result.warnings.kwhLeftOut += columnWarnings.kwhLeftOut;
        for (const QString &message : std::as_const(columnWarnings.messages)) {
            if (!result.warnings.messages.contains(message))
                result.warnings.add(message);
        }
        if (!series) {
            problem.message =
                DelimitedText::tr("column %1: %2").arg(layout.columns[i].name, problem.message);
            result.problem = problem;
            return result;
        }
        ParsedSeries parsed;
        parsed.name = layout.columns[i].name;
        parsed.kind = layout.columns[i].kind;
        parsed.unit = layout.columns[i].unit;
        parsed.data = std::move(*series);
        result.series.append(std::move(parsed));
    }
    result.warnings.duplicatesDropped += duplicates;
    return result;
}

} // namespace wattelier
