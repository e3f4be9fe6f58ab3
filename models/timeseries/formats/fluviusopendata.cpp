// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/civiltime.h"
#include "timeseries/formats/fluviusformat.h"
#include "timeseries/seriesbuilder.h"
#include "timeseries/textfields.h"

#include <cmath>
#include <map>

namespace wattelier {

namespace {

struct FluviusOpenDataText
{
    Q_DECLARE_TR_FUNCTIONS(FluviusOpenDataFormat)
};

int recogniseFluviusOpenData(const QByteArray &head)
{
    return head.contains("Datum_Startuur") && head.contains("Volume_Afname") ? 100 : 0;
}

ParseResult parseFluviusOpenData(const QByteArray &utf8, const ParseContext &context)
{
    ParseResult result;
    auto refuse = [&](int line, int column, const QString &message) {
        result.problem = ImportProblem{context.fileName, line, column, message};
        return result;
    };
    TextLines lines(utf8);
    std::string_view line;
    std::vector<std::string_view> fields;
    if (!lines.next(line))
        return refuse(1, 0, FluviusOpenDataText::tr("the header line is missing"));
    const char delimiter = guessDelimiter(line);
    splitFields(line, delimiter, fields);
    int ean = -1, start = -1, offtake = -1, injection = -1;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const std::string_view h = trimField(fields[i]);
        if (h == "EAN_ID")
            ean = int(i);
        else if (h == "Datum_Startuur")
            start = int(i);
        else if (h.substr(0, 13) == "Volume_Afname")
            offtake = int(i);
        else if (h.substr(0, 15) == "Volume_Injectie")
            injection = int(i);
    }
    if (start < 0 || offtake < 0)
        return refuse(
            1, 0, FluviusOpenDataText::tr("the header lacks Datum_Startuur or Volume_Afname_KWh"));
    const int needed = std::max({ean, start, offtake, injection}) + 1;
    const char decimal = delimiter == ';' ? ',' : '.';
    const ZoneConverter zone;
    const CivilFormat iso("ISO");

    struct Meter
    {
        SeriesBuilder offtake{SourceQuantity::EnergyPerInterval, StampAt::Start, 1.0, 900};
        SeriesBuilder injection{SourceQuantity::EnergyPerInterval, StampAt::Start, 1.0, 900};
        AmbiguousTimeResolver resolver;
    };
    std::map<std::string, Meter> meters;
    while (lines.next(line)) {
        const int n = lines.lineNumber();
        if (context.stopAt(n, lines.position(), lines.size(), result))
            return result;
        if (line.empty())
            continue;
        if (!splitFields(line, delimiter, fields) || int(fields.size()) < needed)
            return refuse(
                n, int(fields.size()) + 1,
                FluviusOpenDataText::tr("%1 fields where %2 were expected: the line looks cut off")
                    .arg(fields.size())
                    .arg(needed));
        const std::string_view stamp = trimField(fields[std::size_t(start)]);
        const auto civil = iso.parse(stamp);
        if (!civil)
            return refuse(n, start + 1,
                          FluviusOpenDataText::tr("“%1” is not a date and time")
                              .arg(QString::fromUtf8(stamp.data(), qsizetype(stamp.size()))));
        Meter &meter =
            meters[ean >= 0 ? std::string(trimField(fields[std::size_t(ean)])) : std::string()];
        // The "Z" is not UTC here: the wall-clock part is Brussels time.
        const ZoneMapping m = zone.toUtc(civil->civilSeconds);
        if (m.kind == ZoneMapping::Nonexistent) {
            ++result.warnings.nonexistentLocalTimes;
            result.warnings.add(
                FluviusOpenDataText::tr("line %1: %2 does not exist in Brussels time; left out")
                    .arg(n)
                    .arg(QString::fromUtf8(stamp.data(), qsizetype(stamp.size()))));
            continue;
        }
        const qint64 utc = meter.resolver.resolve(civil->civilSeconds, m);
        for (const auto &[column, builder] :
             {std::pair{offtake, &meter.offtake}, std::pair{injection, &meter.injection}}) {
            if (column < 0)
                continue;
            const CellNumber v = parseCellNumber(fields[std::size_t(column)], decimal);
            if (v.kind == CellNumber::Invalid) {
                const std::string_view t = trimField(fields[std::size_t(column)]);
                return refuse(n, column + 1,
                              FluviusOpenDataText::tr("“%1” is not a number")
                                  .arg(QString::fromUtf8(t.data(), qsizetype(t.size()))));
            }
            builder->add(utc, v.kind == CellNumber::Number ? v.value : std::nan(""), n);
        }
    }
    if (meters.empty())
        return refuse(0, 0, FluviusOpenDataText::tr("no quarter-hour rows found"));
    for (auto &[id, meter] : meters) {
        if (meter.resolver.resolvedCount() > 0)
            result.warnings.dstRepeatedResolved += meter.resolver.resolvedCount();
        for (auto [kind, builder] : {std::pair{SeriesKind::Offtake, &meter.offtake},
                                     std::pair{SeriesKind::Injection, &meter.injection}}) {
            if (builder->size() == 0)
                continue;
            ImportProblem problem{context.fileName, 0, 0, {}};
            const QString name = meters.size() > 1
                                     ? FluviusOpenDataText::tr("EAN %1 %2")
                                           .arg(QString::fromStdString(id), label(kind).toLower())
                                     : QString();
            if (!result.append(builder->build(result.warnings, problem), problem, kind,
                               QStringLiteral("kWh"), name))
                return result;
        }
    }
    if (result.warnings.dstRepeatedResolved > 0)
        result.warnings.add(FluviusOpenDataText::tr(
            "%n quarter hour(s) written twice at the autumn clock change read "
            "as the winter-time hour",
            nullptr, result.warnings.dstRepeatedResolved));
    return result;
}

} // namespace

SeriesFormat fluviusOpenDataFormat()
{
    return {"fluvius-opendata",
            {"FluviusOpenDataFormat",
             QT_TRANSLATE_NOOP("FluviusOpenDataFormat", "Fluvius open data (quarter hours)")},
            recogniseFluviusOpenData,
            parseFluviusOpenData};
}

} // namespace wattelier
