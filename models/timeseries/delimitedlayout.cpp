// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/delimitedlayout.h"

#include "timeseries/textfields.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <memory>

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

namespace {

/*! One series being read: a value column, and in a long table one value of the series column. */
struct SeriesReader
{
    int column = 0; //!< index in layout.columns
    QString seriesKey;
    SeriesBuilder builder;
    double sum = 0; //!< of the values given so far, to recognise a totals row
};

/*! A row read but not yet given to the builders: the last one may hold the totals. */
struct HeldRow
{
    int line = 0;
    qint64 utc = 0;
    QString seriesKey;
    std::vector<double> values;
};

bool isTotalsRow(const HeldRow &row, const std::vector<SeriesReader> &readers)
{
    bool anyTotal = false;
    for (const SeriesReader &r : readers) {
        const double v = row.values[std::size_t(r.column)];
        if (std::isnan(v))
            continue;
        if (std::abs(v - r.sum) > 1e-6 * std::abs(r.sum) + 1e-3)
            return false;
        anyTotal = anyTotal || r.sum != 0;
    }
    return anyTotal;
}

} // namespace

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
    for (const ValueColumn &c : layout.columns) {
        if (unitToBase(c.unit) == 0)
            return refuse(0, 0, DelimitedText::tr("unknown unit %1").arg(c.unit));
    }
    if (!layout.unreadable.isEmpty())
        return refuse(0, 0, layout.unreadable);
    if (!layout.questions.isEmpty())
        return refuse(0, 0, layout.questions.join(QLatin1Char(' ')));
    for (const QString &note : layout.notes)
        result.warnings.add(note);

    const CivilFormat format(std::string_view(layout.dateTimePattern.constData(),
                                              std::size_t(layout.dateTimePattern.size())));
    const ZoneConverter zone(layout.zoneRule == TimeZoneRule::Zone ? QTimeZone(layout.zoneId)
                                                                   : QTimeZone::utc());
    AmbiguousTimeResolver resolver;
    int lastColumn = std::max({layout.dateColumn, layout.timeColumn, layout.seriesColumn});
    for (const ValueColumn &c : layout.columns)
        lastColumn = std::max(lastColumn, c.index);

    // Readers are made as series appear: one per value column, times the
    // values of the series column in a long table.
    std::vector<SeriesReader> readers;
    std::map<std::pair<QString, int>, std::size_t> readerOf;
    // A wide table (no series column): every value column has every row, so
    // the rows' instants are kept once for all of them.
    const auto instants = layout.seriesColumn < 0 ? std::make_shared<SharedInstants>() : nullptr;
    // At most one row per line: each column takes that room at once.
    const std::size_t lineCount = instants ? std::size_t(utf8.count('\n')) + 1 : 0;
    const auto readerFor = [&](const QString &key, int column) -> SeriesReader & {
        const auto found = readerOf.find({key, column});
        if (found != readerOf.end())
            return readers[found->second];
        const ValueColumn &c = layout.columns[column];
        readers.push_back({column, key,
                           instants ? SeriesBuilder(c.quantity, layout.stamp, unitToBase(c.unit),
                                                    layout.intervalS, instants)
                                    : SeriesBuilder(c.quantity, layout.stamp, unitToBase(c.unit),
                                                    layout.intervalS),
                           0});
        if (instants)
            readers.back().builder.reserve(lineCount);
        readerOf.emplace(std::make_pair(key, column), readers.size() - 1);
        return readers.back();
    };
    std::optional<HeldRow> held;
    qint64 firstUtc = std::numeric_limits<qint64>::max(); // a totals row is dated at the start
    const auto give = [&](const HeldRow &row) {
        if (instants)
            instants->add(row.utc, row.line);
        for (int i = 0; i < layout.columns.size(); ++i) {
            SeriesReader &r = readerFor(row.seriesKey, i);
            const double v = row.values[std::size_t(i)];
            if (instants)
                r.builder.addNext(v);
            else
                r.builder.add(row.utc, v, row.line);
            if (!std::isnan(v))
                r.sum += v;
        }
    };

    int headerFields = 0;
    TextLines lines(utf8);
    std::string_view line;
    std::vector<std::string_view> fields;
    std::string stamp;
    int dataRows = 0;
    while (lines.next(line)) {
        const int n = lines.lineNumber();
        if (context.stopAt(n, lines.position(), lines.size(), result))
            return result;
        if (n == layout.headerLine && splitFields(line, layout.delimiter, fields)) {
            headerFields = int(fields.size());
            while (headerFields > 0 && trimField(fields[std::size_t(headerFields - 1)]).empty())
                --headerFields;
        }
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
        // More fields than the header names: the columns are not where the
        // header says, so no value can be trusted (#18).
        int used = int(fields.size());
        while (used > 0 && trimField(fields[std::size_t(used - 1)]).empty())
            --used;
        if (headerFields > 0 && used > headerFields)
            return refuse(n, headerFields + 1,
                          DelimitedText::tr("%1 fields where the header names %2: the columns "
                                            "are not where the header says")
                              .arg(used)
                              .arg(headerFields));

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
        HeldRow row{n, utc, {}, {}};
        if (layout.seriesColumn >= 0) {
            const std::string_view key = trimField(fields[std::size_t(layout.seriesColumn)]);
            row.seriesKey = QString::fromUtf8(key.data(), qsizetype(key.size()));
        }
        for (int i = 0; i < layout.columns.size(); ++i) {
            const int col = layout.columns[i].index;
            const CellNumber v = parseCellNumber(fields[std::size_t(col)], layout.decimal);
            if (v.kind == CellNumber::Invalid)
                return refuse(n, col + 1,
                              DelimitedText::tr("%1 is not a number")
                                  .arg(quoted(trimField(fields[std::size_t(col)]))));
            row.values.push_back(v.kind == CellNumber::Number ? v.value : std::nan(""));
        }
        if (held)
            give(*held);
        firstUtc = std::min(firstUtc, row.utc);
        held = std::move(row);
        ++dataRows;
    }
    if (dataRows == 0)
        return refuse(0, 0, DelimitedText::tr("no data rows found"));
    // A last row holding the sums of all the others (a period's totals) is
    // never added to them.
    if (held && layout.seriesColumn < 0 && dataRows > 2 && held->utc <= firstUtc &&
        isTotalsRow(*held, readers)) {
        result.warnings.add(DelimitedText::tr("line %1 holds the totals of the rows above it: "
                                              "left out, not added to them")
                                .arg(held->line));
    } else if (held) {
        give(*held);
    }
    if (resolver.resolvedCount() > 0) {
        result.warnings.dstRepeatedResolved += resolver.resolvedCount();
        result.warnings.add(
            DelimitedText::tr("%n wall-clock time(s) written twice at the autumn clock change "
                              "read as the second, winter-time hour",
                              nullptr, resolver.resolvedCount()));
    }
    // Every column sees the same rows: a repeated row is counted once, not per column.
    int duplicates = 0;
    struct Built
    {
        QString name;
        SeriesKind kind;
        QString unit;
        bool tariffRegister;
        QString seriesKey;
        RegularSeries data;
    };
    std::vector<Built> built;
    for (SeriesReader &r : readers) {
        const ValueColumn &c = layout.columns[r.column];
        ImportProblem problem{context.fileName, 0, 0, {}};
        ImportWarnings columnWarnings;
        auto series = r.builder.build(columnWarnings, problem);
        duplicates = std::max(duplicates, columnWarnings.duplicatesDropped);
        result.warnings.merge(columnWarnings);
        const QString name = r.seriesKey.isEmpty() ? c.name
                             : layout.columns.size() == 1
                                 ? r.seriesKey
                                 : r.seriesKey + QStringLiteral(" — ") + c.name;
        if (!series) {
            if (!r.seriesKey.isEmpty() && problem.line == 0 &&
                problem.message == SeriesBuilder::tr("no values found"))
                continue; // a register or entity that never had a value
            problem.message = DelimitedText::tr("column %1: %2").arg(name, problem.message);
            if (problem.line > 0 && layout.seriesColumn < 0)
                problem.message += DelimitedText::tr(" (if the file lists several meters or "
                                                     "registers, one row each, choose the "
                                                     "column that names them: series column)");
            result.problem = problem;
            return result;
        }
        built.push_back({name, c.kind, c.unit, c.tariffRegister, r.seriesKey, std::move(*series)});
    }
    result.warnings.duplicatesDropped += duplicates;

    // Registers of one quantity (day and night offtake) are added up, and the
    // message names them; any other columns stay their own series.
    for (std::size_t i = 0; i < built.size(); ++i) {
        Built &b = built[i];
        if (b.data.kwh.empty())
            continue;
        QStringList registers;
        if (b.tariffRegister && b.kind != SeriesKind::Other) {
            for (std::size_t j = i + 1; j < built.size(); ++j) {
                Built &other = built[j];
                if (!other.tariffRegister || other.kind != b.kind ||
                    other.seriesKey != b.seriesKey || other.data.intervalS != b.data.intervalS)
                    continue;
                const auto named = [](const Built &x) {
                    return DelimitedText::tr("%1 (%2 kWh)")
                        .arg(x.name)
                        .arg(statsOf(x.data).totalKwh, 0, 'f', 3);
                };
                if (registers.isEmpty())
                    registers.append(named(b));
                registers.append(named(other));
                b.data = sumSeries(b.data, other.data);
                other.data.kwh.clear();
            }
        }
        ParsedSeries parsed;
        parsed.name = b.name;
        parsed.kind = b.kind;
        parsed.unit = b.unit;
        if (!registers.isEmpty()) {
            parsed.name = label(b.kind);
            result.warnings.add(DelimitedText::tr("%1: the registers %2 are added up")
                                    .arg(label(b.kind), registers.join(QStringLiteral(" + "))));
        }
        parsed.data = std::move(b.data);
        trimGaps(parsed.data);
        // Energy written as negative numbers throughout (injection, in some
        // exports) is a sign convention: read as positive, and said so.
        const bool negative = std::any_of(parsed.data.kwh.begin(), parsed.data.kwh.end(),
                                          [](float v) { return v < 0; });
        const bool neverPositive = std::none_of(parsed.data.kwh.begin(), parsed.data.kwh.end(),
                                                [](float v) { return v > 0; });
        if (negative && neverPositive) {
            for (float &v : parsed.data.kwh)
                v = -v;
            result.warnings.add(DelimitedText::tr("“%1” is written as negative numbers: read "
                                                  "as positive")
                                    .arg(parsed.name));
        }
        result.series.append(std::move(parsed));
    }
    return result;
}

} // namespace wattelier
