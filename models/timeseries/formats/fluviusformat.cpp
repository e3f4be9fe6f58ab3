// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/formats/fluviusformat.h"

#include "timeseries/civiltime.h"
#include "timeseries/seriesbuilder.h"
#include "timeseries/textfields.h"

#include <cmath>
#include <map>

namespace wattelier {
namespace {

struct Columns
{
    int fromDate = -1;
    int fromTime = -1;
    int toDate = -1;
    int toTime = -1;
    int reg = -1;
    int volume = -1;
    int unit = -1;
    bool gasHeader = false; //!< "Calorische Bovenwaarde": a gas meter's export
};

// The layouts Fluvius has used (#18): Dutch "Van (datum)" (2024 and later) and
// "Van datum" (2021–2023, without the description column), English
// "From (date)".
Columns columnsOf(const std::vector<std::string_view> &header)
{
    Columns c;
    for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string_view h = trimField(header[i]);
        const int index = int(i);
        if (h == "Van (datum)" || h == "Van datum" || h == "From (date)")
            c.fromDate = index;
        else if (h == "Van (tijdstip)" || h == "Van tijdstip" || h == "From (time)")
            c.fromTime = index;
        else if (h == "Tot (datum)" || h == "Tot datum" || h == "Until (date)" || h == "To (date)")
            c.toDate = index;
        else if (h == "Tot (tijdstip)" || h == "Tot tijdstip" || h == "Until (time)" ||
                 h == "To (time)")
            c.toTime = index;
        else if (h == "Register")
            c.reg = index;
        else if (h == "Volume")
            c.volume = index;
        else if (h == "Eenheid" || h == "Unit")
            c.unit = index;
        else if (h.find("Calorische") != std::string_view::npos ||
                 h.find("Calorific") != std::string_view::npos)
            c.gasHeader = true;
    }
    return c;
}

std::optional<SeriesKind> directionOf(std::string_view reg)
{
    if (reg.find("Afname") != std::string_view::npos ||
        reg.find("Offtake") != std::string_view::npos)
        return SeriesKind::Offtake;
    if (reg.find("Injectie") != std::string_view::npos ||
        reg.find("Injection") != std::string_view::npos)
        return SeriesKind::Injection;
    return std::nullopt;
}

struct FluviusText
{
    Q_DECLARE_TR_FUNCTIONS(FluviusFormat)
};

int recogniseFluvius(const QByteArray &head)
{
    const bool dutch = (head.contains("Van (datum)") && head.contains("Van (tijdstip)")) ||
                       (head.contains("Van datum") && head.contains("Van tijdstip"));
    const bool english = head.contains("From (date)") && head.contains("From (time)");
    return (dutch || english) && head.contains("Register") && head.contains("Volume") ? 100 : 0;
}

ParseResult parseFluvius(const QByteArray &utf8, const ParseContext &context)
{
    ParseResult result;
    auto refuse = [&](int line, int column, const QString &message) {
        result.problem = ImportProblem{context.fileName, line, column, message};
        return result;
    };
    TextLines lines(utf8);
    std::string_view line;
    std::vector<std::string_view> fields;
    if (!lines.next(line) || !splitFields(line, ';', fields))
        return refuse(1, 0, FluviusText::tr("the Fluvius header line is missing"));
    const Columns col = columnsOf(fields);
    if (col.fromDate < 0 || col.fromTime < 0 || col.reg < 0 || col.volume < 0)
        return refuse(1, 0,
                      FluviusText::tr("the Fluvius header lacks the date, time, register or volume "
                                      "column"));
    const int needed = std::max({col.fromDate, col.fromTime, col.reg, col.volume, col.unit}) + 1;
    const bool dutch = trimField(fields[std::size_t(col.fromDate)]).substr(0, 3) == "Van";
    const CivilFormat format(dutch ? "dd-MM-yyyy HH:mm:ss" : "dd/MM/yyyy HH:mm:ss");
    const ZoneConverter zone;
    // Gas is not electricity: a gas meter's export (m³, and the same volume as
    // kWh of gas) has nothing to compare with panels or appliances.
    const auto refuseGas = [&](int n) {
        return refuse(
            n, 0,
            FluviusText::tr("this is a gas meter's export (m³ and its energy in kWh of gas): "
                            "Wattelier compares electricity, so there is nothing to import"));
    };
    if (col.gasHeader)
        return refuseGas(1);

    struct Register
    {
        SeriesKind kind;
        SeriesBuilder builder{SourceQuantity::EnergyPerInterval, StampAt::Start, 1.0, 0};
        AmbiguousTimeResolver resolver;
    };
    int intervalS = 0; // from the first row's "from" and "to": quarter hours, hours or days
    std::map<std::string, Register> registers;
    std::string stamp;
    while (lines.next(line)) {
        const int n = lines.lineNumber();
        if (context.stopAt(n, lines.position(), lines.size(), result))
            return result;
        if (line.empty())
            continue;
        if (!splitFields(line, ';', fields) || int(fields.size()) < needed)
            return refuse(
                n, int(fields.size()) + 1,
                FluviusText::tr("%1 fields where %2 were expected: the line looks cut off")
                    .arg(fields.size())
                    .arg(needed));
        const std::string_view regText = trimField(fields[std::size_t(col.reg)]);
        const auto kind = directionOf(regText);
        if (!kind)
            return refuse(n, col.reg + 1,
                          FluviusText::tr("unknown register “%1”")
                              .arg(QString::fromUtf8(regText.data(), qsizetype(regText.size()))));
        if (col.unit >= 0) {
            const std::string_view unit = trimField(fields[std::size_t(col.unit)]);
            if (unit == "m³" || unit == "m3")
                return refuseGas(n);
            if (!unit.empty() && unit != "kWh")
                return refuse(n, col.unit + 1,
                              FluviusText::tr("unit “%1” where kWh was expected")
                                  .arg(QString::fromUtf8(unit.data(), qsizetype(unit.size()))));
        }
        stamp.assign(trimField(fields[std::size_t(col.fromDate)]));
        stamp.push_back(' ');
        stamp.append(trimField(fields[std::size_t(col.fromTime)]));
        const auto civil = format.parse(stamp);
        if (!civil)
            return refuse(
                n, col.fromDate + 1,
                FluviusText::tr("“%1” is not a date and time").arg(QString::fromStdString(stamp)));
        if (intervalS == 0 && col.toDate >= 0 && col.toTime >= 0 &&
            int(fields.size()) > std::max(col.toDate, col.toTime)) {
            std::string until(trimField(fields[std::size_t(col.toDate)]));
            until.push_back(' ');
            until.append(trimField(fields[std::size_t(col.toTime)]));
            if (const auto to = format.parse(until))
                intervalS = int(to->civilSeconds - civil->civilSeconds);
        }
        const CellNumber volume = parseCellNumber(fields[std::size_t(col.volume)], ',');
        if (volume.kind == CellNumber::Invalid) {
            const std::string_view v = trimField(fields[std::size_t(col.volume)]);
            return refuse(n, col.volume + 1,
                          FluviusText::tr("“%1” is not a number")
                              .arg(QString::fromUtf8(v.data(), qsizetype(v.size()))));
        }
        auto [it, inserted] = registers.try_emplace(std::string(regText));
        Register &reg = it->second;
        reg.kind = *kind;
        const ZoneMapping mapping = zone.toUtc(civil->civilSeconds);
        if (mapping.kind == ZoneMapping::Nonexistent) {
            ++result.warnings.nonexistentLocalTimes;
            result.warnings.add(
                FluviusText::tr("line %1: %2 does not exist in Brussels time; the row was "
                                "left out")
                    .arg(n)
                    .arg(QString::fromStdString(stamp)));
            continue;
        }
        const qint64 utc = reg.resolver.resolve(civil->civilSeconds, mapping);
        reg.builder.add(utc, volume.kind == CellNumber::Number ? volume.value : std::nan(""), n);
    }
    if (registers.empty())
        return refuse(0, 0, FluviusText::tr("no quarter-hour rows found"));

    std::map<SeriesKind, RegularSeries> byDirection;
    std::map<SeriesKind, QStringList> registersOf;
    int resolved = 0;
    for (auto &[regName, reg] : registers) {
        resolved = std::max(resolved, reg.resolver.resolvedCount());
        ImportProblem problem{context.fileName, 0, 0, {}};
        if (intervalS > 0)
            reg.builder.setFixedInterval(intervalS);
        const auto series = reg.builder.build(result.warnings, problem);
        if (!series) {
            if (problem.line == 0 && problem.message == SeriesBuilder::tr("no values found"))
                continue; // a register the meter never used (injection without panels)
            result.problem = problem;
            return result;
        }
        byDirection[reg.kind] = sumSeries(byDirection[reg.kind], *series);
        registersOf[reg.kind].append(
            FluviusText::tr("%1 %2 kWh")
                .arg(QString::fromUtf8(regName.data(), qsizetype(regName.size())))
                .arg(statsOf(*series).totalKwh, 0, 'f', 3));
    }
    // Day and night registers are the same quantity: added up, and said so.
    for (const auto &[kind, names] : registersOf) {
        if (names.size() > 1)
            result.warnings.add(FluviusText::tr("%1: the registers %2 are added up")
                                    .arg(label(kind), names.join(QStringLiteral(" + "))));
    }
    if (resolved > 0) {
        result.warnings.dstRepeatedResolved += resolved;
        result.warnings.add(
            FluviusText::tr("%n quarter hour(s) written twice at the autumn clock change read "
                            "as the winter-time hour",
                            nullptr, resolved));
    }
    for (const auto &[kind, series] : byDirection) {
        ParsedSeries parsed;
        parsed.kind = kind;
        parsed.name = label(kind);
        parsed.unit = QStringLiteral("kWh");
        parsed.data = series;
        trimGaps(parsed.data);
        result.series.append(parsed);
    }
    return result;
}

} // namespace

SeriesFormat fluviusFormat()
{
    return {"fluvius",
            {"FluviusFormat",
             QT_TRANSLATE_NOOP("FluviusFormat", "Fluvius quarter-hour export (Mijn Fluvius)")},
            recogniseFluvius,
            parseFluvius};
}

} // namespace wattelier
