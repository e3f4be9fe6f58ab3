// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/genericlayout.h"

#include "timeseries/textfields.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace wattelier {
namespace {

constexpr int sampledLines = 40;

struct Sample
{
    std::vector<std::vector<std::string>> rows; //!< fields of the first lines
    std::vector<int> lineNumbers;
};

Sample sampleLines(const QByteArray &utf8, char delimiter)
{
    Sample sample;
    TextLines lines(utf8);
    std::string_view line;
    std::vector<std::string_view> fields;
    while (lines.next(line) && int(sample.rows.size()) < sampledLines) {
        if (line.empty() || !splitFields(line, delimiter, fields))
            continue;
        std::vector<std::string> row;
        for (std::string_view f : fields)
            row.emplace_back(trimField(f));
        sample.rows.push_back(std::move(row));
        sample.lineNumbers.push_back(lines.lineNumber());
    }
    return sample;
}

bool parsesAs(const CivilFormat &format, const std::string &text)
{
    return format.parse(text).has_value();
}

QString lower(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size())).toLower();
}

} // namespace

QList<QByteArray> commonDateTimePatterns()
{
    return {"ISO",
            "dd/MM/yyyy HH:mm",
            "dd-MM-yyyy HH:mm",
            "dd.MM.yyyy HH:mm",
            "yyyy/MM/dd HH:mm",
            "M/d/yyyy H:mm",
            "M/d/yyyy h:mm AP",
            "dd/MM/yyyy",
            "dd-MM-yyyy",
            "dd.MM.yyyy"};
}

std::optional<DelimitedLayout> guessLayout(const QByteArray &utf8)
{
    TextLines lines(utf8);
    std::string_view first;
    while (lines.next(first) && first.empty()) {
    }
    DelimitedLayout layout;
    layout.delimiter = guessDelimiter(first);
    const Sample sample = sampleLines(utf8, layout.delimiter);
    if (sample.rows.size() < 2)
        return std::nullopt;

    // The first line whose first fields parse as a date starts the data.
    const QList<QByteArray> patterns = commonDateTimePatterns();
    std::size_t dataRow = sample.rows.size();
    for (std::size_t r = 0; r < sample.rows.size() && dataRow == sample.rows.size(); ++r) {
        const auto &row = sample.rows[r];
        for (std::size_t c = 0; c < row.size() && c < 4; ++c) {
            for (const QByteArray &p : patterns) {
                const CivilFormat format(p.toStdString());
                if (!parsesAs(format, row[c]))
                    continue;
                layout.dateColumn = int(c);
                layout.dateTimePattern = p;
                // A date alone, with the time in the next column (Fluvius, many loggers).
                const QByteArray datePart = p == "ISO" ? QByteArray("yyyy-MM-dd") : p;
                const bool dateOnly = !datePart.contains(' ') && row[c].size() <= 10;
                if (dateOnly && c + 1 < row.size() &&
                    parsesAs(CivilFormat(QByteArray(datePart + " HH:mm").toStdString()),
                             row[c] + " " + row[c + 1])) {
                    layout.timeColumn = int(c) + 1;
                    layout.dateTimePattern = QByteArray(datePart + " HH:mm");
                }
                dataRow = r;
                break;
            }
            if (dataRow != sample.rows.size())
                break;
        }
    }
    if (dataRow == sample.rows.size())
        return std::nullopt;
    layout.headerLine = dataRow > 0 ? sample.lineNumbers[dataRow - 1] : 0;
    const auto &data = sample.rows[dataRow];
    const std::vector<std::string> *header = dataRow > 0 ? &sample.rows[dataRow - 1] : nullptr;

    // A time zone written in the stamps is used; otherwise Brussels wall-clock time.
    const auto instant = CivilFormat(layout.dateTimePattern.toStdString())
                             .parse(data[std::size_t(layout.dateColumn)]);
    layout.zoneRule = instant && instant->offsetSeconds ? TimeZoneRule::InText : TimeZoneRule::Zone;

    // Decimal separator: a comma in a number cell of a ';'-separated file.
    layout.decimal = '.';
    if (layout.delimiter != ',') {
        for (std::size_t r = dataRow; r < sample.rows.size(); ++r) {
            for (const std::string &f : sample.rows[r]) {
                if (f.find(',') != std::string::npos &&
                    parseCellNumber(f, ',').kind == CellNumber::Number &&
                    parseCellNumber(f, '.').kind != CellNumber::Number)
                    layout.decimal = ',';
            }
        }
    }

    for (std::size_t c = 0; c < data.size(); ++c) {
        if (int(c) == layout.dateColumn || int(c) == layout.timeColumn)
            continue;
        int numbers = 0;
        int others = 0;
        for (std::size_t r = dataRow; r < sample.rows.size(); ++r) {
            if (c >= sample.rows[r].size())
                continue;
            const auto kind = parseCellNumber(sample.rows[r][c], layout.decimal).kind;
            numbers += kind == CellNumber::Number;
            others += kind == CellNumber::Invalid;
        }
        if (numbers == 0 || others > 0)
            continue;
        ValueColumn column;
        column.index = int(c);
        const QString name = header && c < header->size() ? QString::fromStdString((*header)[c])
                                                          : QStringLiteral("%1").arg(c + 1);
        column.name = name;
        const QString n = lower(name.toStdString());
        if (n.contains(QLatin1String("kwh")))
            column.unit = QStringLiteral("kWh");
        else if (n.contains(QLatin1String("wh")))
            column.unit = QStringLiteral("Wh");
        else if (n.contains(QLatin1String("kw")))
            column.unit = QStringLiteral("kW");
        else if (n.contains(QLatin1String("(w)")) || n.contains(QLatin1String("power")) ||
                 n.contains(QLatin1String("watt")) || n.contains(QLatin1String("puissance")))
            column.unit = QStringLiteral("W");
        column.quantity = column.unit.endsWith(QLatin1Char('h')) ? SourceQuantity::EnergyPerInterval
                                                                 : SourceQuantity::MeanPower;
        if (n.contains(QLatin1String("index")) || n.contains(QLatin1String("total")) ||
            n.contains(QLatin1String("meter")) || n.contains(QLatin1String("compteur")) ||
            n.contains(QLatin1String("stand")))
            column.quantity = SourceQuantity::CumulativeIndex;
        if (n.contains(QLatin1String("prod")) || n.contains(QLatin1String("pv")) ||
            n.contains(QLatin1String("solar")) || n.contains(QLatin1String("yield")))
            column.kind = SeriesKind::Production;
        else if (n.contains(QLatin1String("inj")))
            column.kind = SeriesKind::Injection;
        else if (n.contains(QLatin1String("afname")) || n.contains(QLatin1String("offtake")) ||
                 n.contains(QLatin1String("prélèvement")) || n.contains(QLatin1String("import")))
            column.kind = SeriesKind::Offtake;
        else if (n.contains(QLatin1String("cons")) || n.contains(QLatin1String("verbruik")) ||
                 n.contains(QLatin1String("load")))
            column.kind = SeriesKind::Consumption;
        layout.columns.append(column);
    }
    if (layout.columns.isEmpty())
        return std::nullopt;
    return layout;
}

QString layoutSignature(const QByteArray &utf8)
{
    TextLines lines(utf8);
    std::string_view first;
    while (lines.next(first) && first.empty()) {
    }
    // Only the column names count: the values change from file to file.
    QByteArray header(first.data(), qsizetype(first.size()));
    for (char &c : header) {
        if (c >= '0' && c <= '9')
            c = '#';
    }
    return QString::fromLatin1(
        QCryptographicHash::hash(header, QCryptographicHash::Sha1).toHex().left(16));
}

QJsonObject layoutToJson(const DelimitedLayout &l)
{
    QJsonArray columns;
    for (const ValueColumn &c : l.columns)
        columns.append(QJsonObject{{QStringLiteral("index"), c.index},
                                   {QStringLiteral("name"), c.name},
                                   {QStringLiteral("kind"), key(c.kind)},
                                   {QStringLiteral("unit"), c.unit},
                                   {QStringLiteral("quantity"), int(c.quantity)}});
    return QJsonObject{
        {QStringLiteral("delimiter"), QString(QLatin1Char(l.delimiter))},
        {QStringLiteral("decimal"), QString(QLatin1Char(l.decimal))},
        {QStringLiteral("header_line"), l.headerLine},
        {QStringLiteral("date_column"), l.dateColumn},
        {QStringLiteral("time_column"), l.timeColumn},
        {QStringLiteral("pattern"), QString::fromLatin1(l.dateTimePattern)},
        {QStringLiteral("zone_rule"), int(l.zoneRule)},
        {QStringLiteral("zone"), QString::fromLatin1(l.zoneId)},
        {QStringLiteral("stamp"), int(l.stamp)},
        {QStringLiteral("interval_s"), l.intervalS},
        {QStringLiteral("columns"), columns},
    };
}

std::optional<DelimitedLayout> layoutFromJson(const QJsonObject &o)
{
    const QString delimiter = o.value(QLatin1String("delimiter")).toString();
    const QJsonArray columns = o.value(QLatin1String("columns")).toArray();
    if (delimiter.size() != 1 || columns.isEmpty())
        return std::nullopt;
    DelimitedLayout l;
    l.delimiter = delimiter.at(0).toLatin1();
    l.decimal = o.value(QLatin1String("decimal")).toString() == QLatin1String(",") ? ',' : '.';
    l.headerLine = o.value(QLatin1String("header_line")).toInt();
    l.dateColumn = o.value(QLatin1String("date_column")).toInt();
    l.timeColumn = o.value(QLatin1String("time_column")).toInt(-1);
    l.dateTimePattern = o.value(QLatin1String("pattern")).toString().toLatin1();
    l.zoneRule = TimeZoneRule(o.value(QLatin1String("zone_rule")).toInt());
    l.zoneId = o.value(QLatin1String("zone")).toString().toLatin1();
    l.stamp = StampAt(o.value(QLatin1String("stamp")).toInt());
    l.intervalS = o.value(QLatin1String("interval_s")).toInt();
    for (const QJsonValue &v : columns) {
        const QJsonObject c = v.toObject();
        ValueColumn column;
        column.index = c.value(QLatin1String("index")).toInt();
        column.name = c.value(QLatin1String("name")).toString();
        column.kind = seriesKindFromKey(c.value(QLatin1String("kind")).toString())
                          .value_or(SeriesKind::Other);
        column.unit = c.value(QLatin1String("unit")).toString();
        column.quantity = SourceQuantity(c.value(QLatin1String("quantity")).toInt());
        l.columns.append(column);
    }
    return l;
}

} // namespace wattelier
