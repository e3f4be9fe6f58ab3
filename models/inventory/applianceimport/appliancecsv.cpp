// SPDX-License-Identifier: GPL-3.0-or-later
#include "appliancecsv.h"

#include "inventory/household.h"
#include "timeseries/sourcetext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace wattelier {
namespace {

struct ApplianceCsv
{
    Q_DECLARE_TR_FUNCTIONS(ApplianceCsv)
};

// An appliance list is a few dozen lines; a file this big is something else
// chosen by mistake, and a stray quotation mark should not swallow it whole.
constexpr qsizetype maxFileBytes = 4 * 1024 * 1024;
constexpr int maxLinesInOneCell = 50;

/*!
 * decodeSource() reads text that is not UTF-8 as Latin-1; Excel writes
 * Windows-1252, which differs only in 0x80–0x9F (€, ’, œ, “…”), code points
 * that are control characters in Latin-1 and never appear in real text.
 */
QString windows1252FromLatin1(QString text)
{
    static constexpr char16_t c1[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    for (QChar &c : text) {
        if (c.unicode() >= 0x80 && c.unicode() <= 0x9F)
            c = QChar(c1[c.unicode() - 0x80]);
    }
    return text;
}

QStringList cellsOf(std::string_view record, const std::vector<std::string_view> &fields)
{
    QStringList cells;
    cells.reserve(qsizetype(fields.size()));
    for (const std::string_view f : fields) {
        QString cell = QString::fromUtf8(f.data(), qsizetype(f.size()));
        // splitFields() returns a quoted field without its quotes, "" still doubled.
        const bool quoted = f.data() > record.data() && f.data()[-1] == '"';
        if (quoted)
            cell.replace(QStringLiteral("\"\""), QStringLiteral("\""));
        cells.append(cell.trimmed());
    }
    return cells;
}

bool isBlank(const QStringList &cells)
{
    return std::all_of(cells.cbegin(), cells.cend(),
                       [](const QString &cell) { return cell.isEmpty(); });
}

/*!
 * Votes for the file's decimal mark: "2,5" says comma, "2.5" says point;
 * "1,500" (maybe thousands) does not vote.
 */
void voteForDecimal(const QString &cell, int &commas, int &points)
{
    static const QRegularExpression numberLike(
        QStringLiteral("^[-+]?[0-9][0-9 \\x{00A0}\\x{202F}.,]*$"));
    if (!numberLike.match(cell).hasMatch())
        return;
    const qsizetype comma = cell.lastIndexOf(QLatin1Char(','));
    const qsizetype point = cell.lastIndexOf(QLatin1Char('.'));
    if (comma >= 0 && point >= 0) {
        ++(comma > point ? commas : points);
        return;
    }
    const qsizetype mark = std::max(comma, point);
    if (mark < 0 || (cell.size() - mark - 1 == 3 && cell.count(cell.at(mark)) == 1))
        return;
    // "1.200.000": points group thousands, so the decimal mark is the comma.
    const bool grouping = cell.count(cell.at(mark)) > 1;
    ++((comma >= 0) != grouping ? commas : points);
}

char guessDecimal(const DelimitedTable &table)
{
    // Google Sheets in French writes `,` between cells and quotes "2,5": count them too.
    int commas = 0;
    int points = 0;
    for (const TableRecord &record : table.records) {
        for (const QString &cell : record.cells)
            voteForDecimal(cell, commas, points);
    }
    if (commas != points)
        return commas > points ? ',' : '.';
    // `;` and tabs are what spreadsheets write where the decimal mark is a comma.
    return table.delimiter == ',' ? '.' : ',';
}

} // namespace

int DelimitedTable::columnCount() const
{
    qsizetype count = header.size();
    for (const TableRecord &record : records)
        count = std::max(count, record.cells.size());
    return int(count);
}

QString DelimitedTable::columnName(int column) const
{
    const QString name = header.value(column);
    return name.isEmpty() ? ApplianceCsv::tr("column %1").arg(pseudonymCode(column)) : name;
}

DelimitedTable readDelimitedTable(const QByteArray &raw, const QString &fileName,
                                  bool firstLineIsHeader)
{
    DelimitedTable table;
    table.fileName = fileName;
    const auto refuse = [&](int line, const QString &message) {
        table.records.clear();
        table.problem = ImportProblem{fileName, line, 0, message};
        return table;
    };
    if (raw.size() > maxFileBytes)
        return refuse(0, ApplianceCsv::tr("the file is too large for a list of appliances"));
    ImportProblem problem;
    const auto source = decodeSource(raw, fileName, problem);
    if (!source) {
        table.problem = problem;
        return table;
    }
    QByteArray utf8 = source->utf8;
    if (!source->notes.isEmpty()) {
        utf8 = windows1252FromLatin1(QString::fromUtf8(utf8)).toUtf8();
        table.notes.append(ApplianceCsv::tr("The file is not UTF-8: it was read as "
                                            "Windows-1252. Check the accents in the preview."));
    }

    TextLines lines(utf8);
    std::string_view line;
    std::vector<std::string_view> fields;
    std::string pending; // a record whose quoted cell goes on over several lines
    bool continuing = false;
    int start = 0;
    bool delimiterKnown = false;
    bool headerRead = !firstLineIsHeader;
    while (lines.next(line)) {
        std::string_view record = line;
        if (continuing) {
            pending.push_back('\n');
            pending.append(line);
            record = pending;
        } else {
            start = lines.lineNumber();
        }
        if (!delimiterKnown) {
            if (trimField(record).empty())
                continue;
            table.delimiter = guessDelimiter(record);
            delimiterKnown = true;
        }
        if (!splitFields(record, table.delimiter, fields)) {
            if (!continuing)
                pending.assign(line);
            continuing = true;
            if (lines.lineNumber() - start < maxLinesInOneCell)
                continue;
            break;
        }
        const QStringList cells = cellsOf(record, fields);
        continuing = false;
        pending.clear();
        if (isBlank(cells))
            continue;
        if (!headerRead) {
            table.header = cells;
            headerRead = true;
            continue;
        }
        table.records.append(TableRecord{start, cells});
    }
    if (continuing)
        return refuse(start, ApplianceCsv::tr("a quotation mark opened on this line is never "
                                              "closed: the file looks cut off"));
    if (table.header.isEmpty() && table.records.isEmpty())
        return refuse(0, ApplianceCsv::tr("the file is empty"));
    table.decimal = guessDecimal(table);
    return table;
}

CellNumber parseSpreadsheetNumber(const QString &text, char decimal)
{
    QString plain = text;
    // French spreadsheets group thousands with no-break (or narrow no-break) spaces.
    for (const char16_t space : {u'\u00A0', u'\u202F', u'\u2009'})
        plain.replace(QChar(space), QLatin1Char(' '));
    const QByteArray utf8 = plain.toUtf8();
    const std::string_view view(utf8.constData(), std::size_t(utf8.size()));
    const CellNumber number = parseCellNumber(view, decimal);
    if (number.kind == CellNumber::Invalid) {
        const CellNumber other = parseCellNumber(view, decimal == ',' ? '.' : ',');
        if (other.kind == CellNumber::Number)
            return other;
    }
    return number;
}

} // namespace wattelier
