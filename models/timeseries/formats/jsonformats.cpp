// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/formats/jsonformats.h"

#include "timeseries/civiltime.h"
#include "timeseries/seriesbuilder.h"
#include "timeseries/textfields.h"

#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wattelier {
namespace {

std::optional<QJsonDocument> parseJson(const QByteArray &utf8, const ParseContext &context,
                                       ParseResult &result)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumnAt(utf8, error.offset);
        result.problem = ImportProblem{
            context.fileName, line, column,
            QCoreApplication::translate("JsonFormats", "broken JSON: %1").arg(error.errorString())};
        return std::nullopt;
    }
    return doc;
}

// Number, "nan"/null (gap), or anything else (nullopt: refused).
std::optional<double> jsonNumber(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isNull() ||
        (v.isString() && v.toString().compare(QLatin1String("nan"), Qt::CaseInsensitive) == 0))
        return std::nan("");
    return std::nullopt;
}

// ---- SolarEdge ----------------------------------------------------------------

int recogniseSolarEdge(const QByteArray &head)
{
    const bool json = head.trimmed().startsWith('{');
    return json && head.contains("\"timeUnit\"") &&
                   (head.contains("\"energy\"") || head.contains("\"energyDetails\"") ||
                    head.contains("\"power\""))
               ? 95
               : 0;
}

ParseResult parseSolarEdge(const QByteArray &utf8, const ParseContext &context)
{
    ParseResult result;
    const auto doc = parseJson(utf8, context, result);
    if (!doc)
        return result;
    const QJsonObject root = doc->object();
    const bool details = root.contains(QLatin1String("energyDetails"));
    const bool power = root.contains(QLatin1String("power"));
    const QJsonObject body = root.value(details ? QLatin1String("energyDetails")
                                        : power ? QLatin1String("power")
                                                : QLatin1String("energy"))
                                 .toObject();
    const QString timeUnit = body.value(QLatin1String("timeUnit")).toString();
    const int interval = timeUnit == QLatin1String("QUARTER_OF_AN_HOUR") ? 900
                         : timeUnit == QLatin1String("HOUR")             ? 3600
                                                                         : 0;
    if (interval == 0) {
        result.problem = ImportProblem{
            context.fileName, 0, 0,
            QCoreApplication::translate(
                "SolarEdgeFormat",
                "time unit “%1”: export quarter hours or hours (days and months are not a "
                "regular series)")
                .arg(timeUnit)};
        return result;
    }
    const QString unit = power ? QStringLiteral("W")
                               : body.value(QLatin1String("unit")).toString(QStringLiteral("Wh"));
    const double base = unit == QLatin1String("kWh") || unit == QLatin1String("kW") ? 1.0 : 0.001;

    // energy: one list; energyDetails: one list per meter type.
    QList<std::pair<SeriesKind, QJsonArray>> lists;
    if (details) {
        for (const QJsonValue &meter : body.value(QLatin1String("meters")).toArray()) {
            const QString type = meter.toObject().value(QLatin1String("type")).toString();
            const SeriesKind kind = type == QLatin1String("Production")    ? SeriesKind::Production
                                    : type == QLatin1String("Consumption") ? SeriesKind::Consumption
                                    : type == QLatin1String("FeedIn")      ? SeriesKind::Injection
                                    : type == QLatin1String("Purchased")   ? SeriesKind::Offtake
                                                                           : SeriesKind::Other;
            lists.append({kind, meter.toObject().value(QLatin1String("values")).toArray()});
        }
    } else {
        lists.append({SeriesKind::Production, body.value(QLatin1String("values")).toArray()});
    }

    const ZoneConverter zone;
    const CivilFormat iso("ISO");
    for (const auto &[kind, values] : lists) {
        SeriesBuilder builder(power ? SourceQuantity::MeanPower : SourceQuantity::EnergyPerInterval,
                              StampAt::Start, base, interval);
        AmbiguousTimeResolver resolver;
        for (int i = 0; i < values.size(); ++i) {
            const QJsonObject entry = values.at(i).toObject();
            const QString date = entry.value(QLatin1String("date")).toString();
            const auto civil = iso.parse(date.left(19).toStdString());
            const auto value = jsonNumber(entry.value(QLatin1String("value")));
            if (!civil || !value) {
                result.problem =
                    ImportProblem{context.fileName, 0, 0,
                                  QCoreApplication::translate(
                                      "SolarEdgeFormat", "value %1 (%2): not a date and a number")
                                      .arg(i + 1)
                                      .arg(date)};
                return result;
            }
            const ZoneMapping m = zone.toUtc(civil->civilSeconds);
            if (m.kind == ZoneMapping::Nonexistent) {
                ++result.warnings.nonexistentLocalTimes;
                result.warnings.add(QCoreApplication::translate(
                                        "SolarEdgeFormat",
                                        "%1 does not exist in Brussels time (the clocks jumped an "
                                        "hour); left out")
                                        .arg(date));
                continue;
            }
            builder.add(resolver.resolve(civil->civilSeconds, m), *value, i + 1);
        }
        ImportProblem problem{context.fileName, 0, 0, {}};
        if (!result.append(builder.build(result.warnings, problem), problem, kind, unit))
            return result;
    }
    return result;
}

// ---- Flukso API -------------------------------------------------------------------

int recogniseFluksoApi(const QByteArray &head)
{
    const QByteArray t = head.trimmed();
    return t.startsWith("[[") || t.startsWith("[ [") ? 90 : 0;
}

ParseResult parseFluksoApi(const QByteArray &utf8, const ParseContext &context)
{
    ParseResult result;
    const auto doc = parseJson(utf8, context, result);
    if (!doc)
        return result;
    // Watts averaged over the interval that ends at the timestamp.
    SeriesBuilder builder(SourceQuantity::MeanPower, StampAt::End, 0.001);
    const QJsonArray pairs = doc->array();
    for (int i = 0; i < pairs.size(); ++i) {
        const QJsonArray pair = pairs.at(i).toArray();
        const auto value = pair.size() == 2 ? jsonNumber(pair.at(1)) : std::nullopt;
        if (pair.size() != 2 || !pair.at(0).isDouble() || !value) {
            result.problem =
                ImportProblem{context.fileName, 0, 0,
                              QCoreApplication::translate(
                                  "FluksoApiFormat", "item %1 is not a [timestamp, value] pair")
                                  .arg(i + 1)};
            return result;
        }
        builder.add(qint64(pair.at(0).toDouble()), *value, i + 1);
    }
    ImportProblem problem{context.fileName, 0, 0, {}};
    result.append(builder.build(result.warnings, problem), problem, SeriesKind::Consumption,
                  QStringLiteral("W"));
    return result;
}

// ---- Flukso tmpo ------------------------------------------------------------------

int recogniseFluksoTmpo(const QByteArray &head)
{
    return head.trimmed().startsWith("{\"h\"") && head.contains("\"head\"") ? 95 : 0;
}

ParseResult parseFluksoTmpo(const QByteArray &utf8, const ParseContext &context)
{
    ParseResult result;
    const auto doc = parseJson(utf8, context, result);
    if (!doc)
        return result;
    const QJsonObject root = doc->object();
    const QJsonObject header = root.value(QLatin1String("h")).toObject();
    const QJsonArray head = header.value(QLatin1String("head")).toArray();
    const QJsonArray t = root.value(QLatin1String("t")).toArray();
    const QJsonArray v = root.value(QLatin1String("v")).toArray();
    if (head.size() != 2 || t.size() != v.size() || t.isEmpty()) {
        result.problem = ImportProblem{
            context.fileName, 0, 0,
            QCoreApplication::translate("FluksoTmpoFormat",
                                        "the tmpo block lacks its head or its t and v lists "
                                        "differ in length")};
        return result;
    }
    // Delta-encoded: t[0] = v[0] = 0 relative to the head.
    SeriesBuilder builder(SourceQuantity::CumulativeIndex, StampAt::Start, 0.001);
    double time = head.at(0).toDouble();
    double value = head.at(1).toDouble();
    for (int i = 0; i < t.size(); ++i) {
        time += t.at(i).toDouble();
        value += v.at(i).toDouble();
        builder.add(qint64(std::llround(time)), value, i + 1);
    }
    const QString function =
        header.value(QLatin1String("cfg")).toObject().value(QLatin1String("function")).toString();
    const SeriesKind kind = function.contains(QLatin1String("solar"), Qt::CaseInsensitive)
                                ? SeriesKind::Production
                                : SeriesKind::Consumption;
    ImportProblem problem{context.fileName, 0, 0, {}};
    result.append(builder.build(result.warnings, problem), problem, kind, QStringLiteral("Wh"));
    return result;
}

} // namespace

std::vector<SeriesFormat> jsonFormats()
{
    return {
        {"solaredge",
         {"SolarEdgeFormat",
          QT_TRANSLATE_NOOP("SolarEdgeFormat", "SolarEdge monitoring export (JSON)")},
         recogniseSolarEdge,
         parseSolarEdge},
        {"flukso",
         {"FluksoApiFormat", QT_TRANSLATE_NOOP("FluksoApiFormat", "Flukso sensor data (JSON)")},
         recogniseFluksoApi,
         parseFluksoApi},
        {"flukso-tmpo",
         {"FluksoTmpoFormat", QT_TRANSLATE_NOOP("FluksoTmpoFormat", "Flukso tmpo block")},
         recogniseFluksoTmpo,
         parseFluksoTmpo},
    };
}

} // namespace wattelier
