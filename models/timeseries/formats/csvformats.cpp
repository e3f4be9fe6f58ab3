// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/formats/csvformats.h"

#include "timeseries/columnwords.h"

#include "timeseries/civiltime.h"
#include "timeseries/delimitedlayout.h"
#include "timeseries/textfields.h"

#include <cmath>
#include <map>

namespace wattelier {
namespace {

QString text(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

// The first \a count lines, each split with \a delimiter.
std::vector<std::vector<std::string>> firstLines(const QByteArray &utf8, char delimiter, int count)
{
    std::vector<std::vector<std::string>> rows;
    TextLines lines(utf8);
    std::string_view line;
    std::vector<std::string_view> fields;
    while (int(rows.size()) < count && lines.next(line)) {
        splitFields(line, delimiter, fields);
        std::vector<std::string> row;
        for (std::string_view f : fields)
            row.emplace_back(trimField(f));
        rows.push_back(std::move(row));
    }
    return rows;
}

/*!
 * A comma-separated download with one header line, the date in its first
 * column and a value column for each header \a describe knows (it sets the
 * column's kind, unit and name, or returns false to leave it out): the
 * Enphase and Shelly exports.
 */
template <typename Describe>
ParseResult parseHeaderedCsv(const QByteArray &utf8, const ParseContext &context,
                             DelimitedLayout layout, Describe describe)
{
    layout.delimiter = ',';
    layout.decimal = '.';
    layout.headerLine = 1;
    layout.dateColumn = 0;
    const auto header = firstLines(utf8, ',', 1);
    for (std::size_t c = 1; !header.empty() && c < header[0].size(); ++c) {
        ValueColumn column;
        column.index = int(c);
        if (describe(QString::fromStdString(header[0][c]), column))
            layout.columns.append(column);
    }
    return parseDelimited(utf8, layout, context);
}

// ---- SMA -------------------------------------------------------------------

int recogniseSma(const QByteArray &head)
{
    if (head.contains("Version CSV") && (head.contains("Tool ") || head.contains("|Delimiter")))
        return 95;
    return 0;
}

ParseResult parseSma(const QByteArray &utf8, const ParseContext &context)
{
    ParseResult refused;
    DelimitedLayout layout;
    layout.delimiter = ';';
    layout.decimal = '.';
    // "sep=," and "Version CSV3|…|Delimiter comma|Decimalpoint point" say how to read the rest.
    const QList<QByteArray> headLines = utf8.left(4096).split('\n');
    for (QByteArray l : headLines) {
        l = l.trimmed();
        if (l.startsWith("\xEF\xBB\xBF"))
            l = l.mid(3);
        if (l.startsWith("sep=") && l.size() > 4)
            layout.delimiter = l.at(4);
        if (l.startsWith("Version CSV")) {
            if (l.contains("Delimiter comma"))
                layout.delimiter = ',';
            else if (l.contains("Delimiter semicolon"))
                layout.delimiter = ';';
            layout.decimal = l.contains("Decimalpoint comma") ? ',' : '.';
        }
    }
    // The unit row starts with the date format ("DD.MM.YYYY hh:mm:ss;[Wh];[W]");
    // the channel names are a few rows above it.
    const auto rows = firstLines(utf8, layout.delimiter, 20);
    int unitRow = -1;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        if (!rows[r].empty() && rows[r][0].find("YYYY") != std::string::npos &&
            rows[r][0].find("hh") != std::string::npos) {
            unitRow = int(r);
            break;
        }
    }
    if (unitRow < 0) {
        refused.problem = ImportProblem{
            context.fileName, 0, 0,
            QCoreApplication::translate("SmaFormat",
                                        "the SMA header (date format and units row) is missing")};
        return refused;
    }
    QByteArray pattern = QByteArray::fromStdString(rows[std::size_t(unitRow)][0]);
    pattern.replace("DD", "dd").replace("YYYY", "yyyy").replace("hh", "HH");
    layout.dateTimePattern = pattern;
    layout.dateColumn = 0;
    layout.headerLine = unitRow + 1;
    layout.zoneRule = TimeZoneRule::Zone;

    // The counter column: its unit is [Wh] or [kWh] and its name says total/yield/TotWh.
    const auto &units = rows[std::size_t(unitRow)];
    for (std::size_t c = 1; c < units.size(); ++c) {
        QString unit = QString::fromStdString(units[c]);
        unit.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
        QString channel;
        for (int r = unitRow - 1; r >= 0 && channel.isEmpty(); --r) {
            const auto &row = rows[std::size_t(r)];
            if (c < row.size() && !row[c].empty() && row[c] != "Analog" && row[c] != "Counter" &&
                row[c] != "Status")
                channel = QString::fromStdString(row[c]);
        }
        const bool counter =
            unit.endsWith(QLatin1Char('h')) && (channel.contains(QLatin1String("TotWhOut")) ||
                                                channel.contains(QLatin1String("Total yield")) ||
                                                channel.contains(QLatin1String("Gesamtertrag")));
        if (counter && !channel.contains(QLatin1String("GridMs"))) {
            ValueColumn column;
            column.index = int(c);
            column.name = label(SeriesKind::Production);
            column.kind = SeriesKind::Production;
            column.unit = unit;
            column.quantity = SourceQuantity::CumulativeIndex;
            layout.columns.append(column);
            break;
        }
    }
    if (layout.columns.isEmpty()) {
        refused.problem =
            ImportProblem{context.fileName, unitRow + 1, 0,
                          QCoreApplication::translate(
                              "SmaFormat", "no total yield counter column (Metering.TotWhOut) "
                                           "was found")};
        return refused;
    }
    ParseResult result = parseDelimited(utf8, layout, context);
    return result;
}

// ---- Enphase ----------------------------------------------------------------

int recogniseEnphase(const QByteArray &head)
{
    return head.startsWith("Date/Time,") && head.contains("(Wh)") ? 95 : 0;
}

ParseResult parseEnphase(const QByteArray &utf8, const ParseContext &context)
{
    DelimitedLayout layout;
    layout.dateTimePattern = "M/d/yyyy H:mm";
    layout.zoneRule = TimeZoneRule::Zone;
    layout.stamp = StampAt::Start;
    layout.skipPrefixes = {"Total"};
    ParseResult result =
        parseHeaderedCsv(utf8, context, layout, [](const QString &h, ValueColumn &column) {
            column.unit =
                h.contains(QLatin1String("(kWh)")) ? QStringLiteral("kWh") : QStringLiteral("Wh");
            if (h.startsWith(QLatin1String("Energy Produced")))
                column.kind = SeriesKind::Production;
            else if (h.startsWith(QLatin1String("Energy Consumed")))
                column.kind = SeriesKind::Consumption;
            else if (h.startsWith(QLatin1String("Exported")))
                column.kind = SeriesKind::Injection;
            else if (h.startsWith(QLatin1String("Imported")))
                column.kind = SeriesKind::Offtake;
            else
                return false;
            column.name = label(column.kind);
            return true;
        });
    return result;
}

// ---- Shelly -----------------------------------------------------------------

int recogniseShelly(const QByteArray &head)
{
    return head.startsWith("Date/time UTC,") && head.contains("energy Wh") ? 95 : 0;
}

ParseResult parseShelly(const QByteArray &utf8, const ParseContext &context)
{
    DelimitedLayout layout;
    layout.dateTimePattern = "yyyy-MM-dd HH:mm";
    layout.zoneRule = TimeZoneRule::Utc;
    ParseResult result =
        parseHeaderedCsv(utf8, context, layout, [](const QString &h, ValueColumn &column) {
            column.unit = QStringLiteral("Wh");
            const QString channel = h.section(QLatin1Char('('), 1).remove(QLatin1Char(')'));
            if (h.startsWith(QLatin1String("Active energy")))
                column.kind = SeriesKind::Consumption;
            else if (h.startsWith(QLatin1String("Returned energy")))
                column.kind = SeriesKind::Injection;
            else
                return false;
            column.name = channel.isEmpty() || channel == QLatin1String("1")
                              ? label(column.kind)
                              : QCoreApplication::translate("ShellyFormat", "%1, channel %2")
                                    .arg(label(column.kind), channel);
            return true;
        });
    return result;
}

// ---- Home Assistant -------------------------------------------------------------

int recogniseHomeAssistant(const QByteArray &head)
{
    return head.startsWith("entity_id,state,last_changed") ? 100 : 0;
}

ParseResult parseHomeAssistant(const QByteArray &utf8, const ParseContext &context)
{
    ParseResult result;
    auto refuse = [&](int line, int column, const QString &message) {
        result.problem = ImportProblem{context.fileName, line, column, message};
        return result;
    };
    const CivilFormat iso("ISO");
    std::map<std::string, SeriesBuilder> entities;
    std::map<std::string, std::vector<qint64>> instants;
    TextLines lines(utf8);
    std::string_view line;
    std::vector<std::string_view> fields;
    while (lines.next(line)) {
        const int n = lines.lineNumber();
        if (context.stopAt(n, lines.position(), lines.size(), result))
            return result;
        if (n == 1 || line.empty())
            continue;
        if (!splitFields(line, ',', fields) || fields.size() < 3)
            return refuse(n, int(fields.size()) + 1,
                          QCoreApplication::translate(
                              "HomeAssistantFormat",
                              "%1 fields where 3 were expected: the line looks cut off")
                              .arg(fields.size()));
        const std::string_view stamp = trimField(fields[2]);
        const auto instant = iso.parse(stamp);
        if (!instant)
            return refuse(n, 3,
                          QCoreApplication::translate("HomeAssistantFormat",
                                                      "“%1” is not an ISO 8601 date and time")
                              .arg(text(stamp)));
        const CellNumber state = parseCellNumber(fields[1]);
        if (state.kind == CellNumber::Invalid)
            return refuse(n, 2,
                          QCoreApplication::translate("HomeAssistantFormat",
                                                      "“%1” is not a number nor “unavailable”")
                              .arg(text(trimField(fields[1]))));
        const std::string entity(trimField(fields[0]));
        auto it = entities.try_emplace(entity, SourceQuantity::CumulativeIndex, StampAt::Start, 1.0)
                      .first;
        const qint64 utc = instant->civilSeconds - instant->offsetSeconds.value_or(0);
        if (state.kind == CellNumber::Number) {
            it->second.add(utc, state.value, n);
            instants[entity].push_back(utc);
        }
    }
    if (entities.empty())
        return refuse(0, 0,
                      QCoreApplication::translate("HomeAssistantFormat", "no sensor states found"));
    for (auto &[entity, builder] : entities) {
        // Quarter hours, like the smart meter, unless the sensor reports less often.
        auto &times = instants[entity];
        std::sort(times.begin(), times.end());
        qint64 medianStep = 0;
        if (times.size() > 2) {
            std::vector<qint64> steps;
            for (std::size_t i = 1; i < times.size(); ++i)
                steps.push_back(times[i] - times[i - 1]);
            std::nth_element(steps.begin(), steps.begin() + std::ptrdiff_t(steps.size() / 2),
                             steps.end());
            medianStep = steps[steps.size() / 2];
        }
        ImportProblem problem{context.fileName, 0, 0, {}};
        const auto series =
            builder.buildResampled(medianStep > 900 ? 3600 : 900, result.warnings, problem);
        if (!series) {
            problem.message =
                QStringLiteral("%1: %2").arg(QString::fromStdString(entity), problem.message);
            result.problem = problem;
            return result;
        }
        ParsedSeries parsed;
        parsed.name = QString::fromStdString(entity);
        // The entity's name says what it counts, in the same words as a column's.
        parsed.kind = columnMeaning(parsed.name).kind.value_or(SeriesKind::Consumption);
        parsed.unit = QStringLiteral("kWh");
        parsed.data = *series;
        result.series.append(parsed);
    }
    return result;
}

} // namespace

std::vector<SeriesFormat> csvFormats()
{
    return {
        {"sma",
         {"SmaFormat", QT_TRANSLATE_NOOP("SmaFormat", "SMA Sunny Portal / Sunny Explorer export")},
         recogniseSma,
         parseSma},
        {"enphase",
         {"EnphaseFormat", QT_TRANSLATE_NOOP("EnphaseFormat", "Enphase Enlighten report")},
         recogniseEnphase,
         parseEnphase},
        {"homeassistant",
         {"HomeAssistantFormat",
          QT_TRANSLATE_NOOP("HomeAssistantFormat", "Home Assistant history export")},
         recogniseHomeAssistant,
         parseHomeAssistant},
        {"shelly",
         {"ShellyFormat", QT_TRANSLATE_NOOP("ShellyFormat", "Shelly EM data download")},
         recogniseShelly,
         parseShelly},
    };
}

} // namespace wattelier
