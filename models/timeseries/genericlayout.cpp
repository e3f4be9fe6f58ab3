// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/genericlayout.h"

#include "timeseries/columnwords.h"
#include "timeseries/textfields.h"

#include <algorithm>
#include <cmath>
#include <set>

#include <QCoreApplication>
#include <QRegularExpression>

#include <QCryptographicHash>
#include <QJsonArray>

namespace wattelier {
namespace {

// Enough lines to see a day of quarter hours: energies that grow for hours (a
// morning's production) fall again later, a meter index never does.
constexpr int sampledLines = 2000;

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

// A context lupdate can see for the notes of these free functions.
struct GenericText
{
    Q_DECLARE_TR_FUNCTIONS(GenericText)
};

/*! The numbers of one column over the sampled rows, in time order. */
struct ColumnValues
{
    std::vector<double> numbers;
    std::vector<std::string> texts;
    int others = 0; //!< cells that are neither numbers nor empty

    void add(const std::string &cell, char decimal)
    {
        const CellNumber n = parseCellNumber(cell, decimal);
        if (n.kind == CellNumber::Number) {
            numbers.push_back(n.value);
            texts.push_back(cell);
        } else if (n.kind == CellNumber::Invalid) {
            ++others;
        }
    }

    /*!
     * An EAN (18 digits), a meter number: whole numbers of 12 digits or more,
     * or one value other than zero that never changes (unless \a namedEnergy:
     * a header naming a quantity or a unit, a meter that did not turn).
     */
    bool looksLikeIdentifier(bool namedEnergy) const
    {
        const bool longIntegers = std::all_of(texts.begin(), texts.end(), [](const std::string &t) {
            const auto digits =
                std::count_if(t.begin(), t.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
            return digits >= 12 && t.find_first_of(".,") == std::string::npos;
        });
        const bool constant = numbers.size() >= 3 && numbers.front() != 0 &&
                              std::all_of(numbers.begin(), numbers.end(),
                                          [&](double v) { return v == numbers.front(); });
        return longIntegers || (constant && !namedEnergy);
    }

    /*!
     * A meter index: in time order it never falls (a step back of less than
     * 1 % allowed) and it stands far above its own steps (a counter at 5,000
     * kWh rising by a few kWh).
     */
    bool looksLikeIndex() const
    {
        if (numbers.size() < 3)
            return false;
        double largestStep = 0;
        for (std::size_t i = 1; i < numbers.size(); ++i) {
            const double step = numbers[i] - numbers[i - 1];
            if (step < -0.01 * std::abs(numbers[i - 1]))
                return false;
            largestStep = std::max(largestStep, std::abs(step));
        }
        return numbers.front() > 0 && numbers.back() > numbers.front() &&
               numbers.front() > 10 * largestStep;
    }

    /*!
     * Rises without ever falling, but not far above its steps: a meter index
     * that started near zero, or energies that grow (a morning's production).
     * The reader cannot tell: it asks (#18).
     */
    bool couldBeIndexOrEnergy() const
    {
        int rises = 0;
        for (std::size_t i = 1; i < numbers.size(); ++i) {
            if (numbers[i] < numbers[i - 1])
                return false;
            rises += numbers[i] > numbers[i - 1];
        }
        return rises >= 2 && !looksLikeIndex();
    }
};

bool parsesAs(const CivilFormat &format, const std::string &text)
{
    return format.parse(text).has_value();
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

    // The sample's rows in time order (exports may list the newest first), to
    // tell a meter index (never falling, far from zero) from interval values.
    const CivilFormat stampFormat(layout.dateTimePattern.toStdString());
    std::vector<std::pair<qint64, std::size_t>> byTime;
    for (std::size_t r = dataRow; r < sample.rows.size(); ++r) {
        const auto &row = sample.rows[r];
        if (std::size_t(layout.dateColumn) >= row.size())
            continue;
        std::string stamp = row[std::size_t(layout.dateColumn)];
        if (layout.timeColumn >= 0 && std::size_t(layout.timeColumn) < row.size())
            stamp += ' ' + row[std::size_t(layout.timeColumn)];
        if (const auto civil = stampFormat.parse(stamp))
            byTime.emplace_back(civil->civilSeconds, r);
    }
    std::stable_sort(byTime.begin(), byTime.end());

    // A long table: rows of one instant that differ in a text column (a
    // register, a meter, an entity) belong to different series.
    for (std::size_t c = 0; c < data.size() && layout.seriesColumn < 0; ++c) {
        if (int(c) == layout.dateColumn || int(c) == layout.timeColumn)
            continue;
        std::set<std::string> distinct;
        bool text = true;
        for (const auto &[time, r] : byTime) {
            if (c >= sample.rows[r].size())
                continue;
            const std::string &cell = sample.rows[r][c];
            text = text && !cell.empty() &&
                   parseCellNumber(cell, layout.decimal).kind == CellNumber::Invalid;
            distinct.insert(cell);
        }
        if (!text || distinct.size() < 2 || distinct.size() > 24)
            continue;
        for (std::size_t i = 1; i < byTime.size(); ++i) {
            const auto &[t0, r0] = byTime[i - 1];
            const auto &[t1, r1] = byTime[i];
            if (t0 == t1 && c < sample.rows[r0].size() && c < sample.rows[r1].size() &&
                sample.rows[r0][c] != sample.rows[r1][c]) {
                layout.seriesColumn = int(c);
                break;
            }
        }
    }

    // Wattelier's own export (start_utc or start_local, then kind_kwh columns)
    // holds the energy of each interval.
    const bool ownExport = header && std::size_t(layout.dateColumn) < header->size() &&
                           ((*header)[std::size_t(layout.dateColumn)] == "start_utc" ||
                            (*header)[std::size_t(layout.dateColumn)] == "start_local");
    for (std::size_t c = 0; c < data.size(); ++c) {
        if (int(c) == layout.dateColumn || int(c) == layout.timeColumn)
            continue;
        const QString name = header && c < header->size() ? QString::fromStdString((*header)[c])
                                                          : QStringLiteral("%1").arg(c + 1);
        ColumnValues values;
        for (const auto &[time, r] : byTime) {
            if (c >= sample.rows[r].size())
                continue;
            values.add(sample.rows[r][c], layout.decimal);
        }
        if (values.numbers.empty() || values.others > 0)
            continue;
        // An identifier is never a measurement (#18): an EAN or a meter number.
        const ColumnMeaning meaning = columnMeaning(name);
        if (values.looksLikeIdentifier(meaning.kind || !meaning.unit.isEmpty())) {
            layout.notes.append(GenericText::tr("column “%1” looks like an identifier (a meter "
                                                "or connection number), not a measurement; "
                                                "not read")
                                    .arg(name));
            continue;
        }
        if (!meaning.leftOutReason().isEmpty()) {
            layout.notes.append(
                GenericText::tr("column “%1” left out: %2").arg(name, meaning.leftOutReason()));
            continue;
        }
        ValueColumn column;
        column.index = int(c);
        column.name = name;
        column.kind = meaning.kind.value_or(SeriesKind::Other);
        column.tariffRegister = meaning.tariffRegister;
        column.unit = meaning.unit.isEmpty() ? QStringLiteral("kWh") : meaning.unit;
        if (meaning.unit.isEmpty())
            layout.notes.append(GenericText::tr("column “%1” does not say its unit: read as kWh; "
                                                "check the totals before importing")
                                    .arg(name));
        const bool unsure = values.looksLikeIndex() || values.couldBeIndexOrEnergy();
        if (column.unit == QLatin1String("W") || column.unit == QLatin1String("kW"))
            column.quantity = SourceQuantity::MeanPower;
        else if (meaning.index)
            column.quantity = SourceQuantity::CumulativeIndex;
        else if (values.looksLikeIndex() && !ownExport)
            column.quantity = SourceQuantity::CumulativeIndex;
        else
            column.quantity = SourceQuantity::EnergyPerInterval;
        // Only the header can tell an index from energies that happen to grow:
        // without it the reader asks rather than guesses (#18).
        if (column.quantity != SourceQuantity::MeanPower && !meaning.index && !ownExport && unsure)
            layout.questions.append(
                GenericText::tr("column “%1” rises without ever falling: is it a meter index "
                                "(cumulative) or the energy of each interval? Say which (Numbers "
                                "are, then These choices are right; on the command line "
                                "--quantity index or energy)")
                    .arg(name));
        layout.columns.append(column);
    }
    // One column per time of day (00:00-00:15, 00:15-00:30…), one row per day:
    // a wide layout, refused rather than read as 96 separate series.
    static const QRegularExpression timeOfDay(
        QStringLiteral("^\\d{1,2}[:.h]\\d{2}([ -]+\\d{1,2}[:.h]\\d{2})?$"));
    const auto timeColumns =
        std::count_if(layout.columns.begin(), layout.columns.end(), [](const ValueColumn &c) {
            return timeOfDay.match(c.name.trimmed()).hasMatch();
        });
    if (timeColumns >= 24)
        layout.unreadable =
            GenericText::tr(
                "this table has one column per time of day (%1 of them) and one row per day: "
                "Wattelier does not read such wide tables yet; export one row per quarter hour, or "
                "ask for this layout to be added")
                .arg(timeColumns);
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
                                   {QStringLiteral("quantity"), int(c.quantity)},
                                   {QStringLiteral("register"), c.tariffRegister}});
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
        {QStringLiteral("series_column"), l.seriesColumn},
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
    l.seriesColumn = o.value(QLatin1String("series_column")).toInt(-1);
    for (const QJsonValue &v : columns) {
        const QJsonObject c = v.toObject();
        ValueColumn column;
        column.index = c.value(QLatin1String("index")).toInt();
        column.name = c.value(QLatin1String("name")).toString();
        column.kind = seriesKindFromKey(c.value(QLatin1String("kind")).toString())
                          .value_or(SeriesKind::Other);
        column.unit = c.value(QLatin1String("unit")).toString();
        column.quantity = SourceQuantity(c.value(QLatin1String("quantity")).toInt());
        column.tariffRegister = c.value(QLatin1String("register")).toBool();
        l.columns.append(column);
    }
    return l;
}

} // namespace wattelier
