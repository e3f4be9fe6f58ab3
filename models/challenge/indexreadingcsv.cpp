// SPDX-License-Identifier: GPL-3.0-or-later
#include "challenge/indexreadingcsv.h"

#include "core/workshop.h"
#include "inventory/catalogue.h"
#include "inventory/householdstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QStringList>

namespace wattelier {
namespace {

QChar detectSeparator(const QString &header)
{
    const int semicolons = int(header.count(QLatin1Char(';')));
    const int tabs = int(header.count(QLatin1Char('\t')));
    const int commas = int(header.count(QLatin1Char(',')));
    if (tabs >= semicolons && tabs >= commas && tabs > 0)
        return QLatin1Char('\t');
    return semicolons >= commas ? QLatin1Char(';') : QLatin1Char(',');
}

/*! Splits one line, keeping separators inside double quotes ("11,045"). */
QStringList splitLine(const QString &line, QChar separator)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('"')) {
            if (quoted && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                cell.append(c); // "" inside quotes is one quote
                ++i;
            } else {
                quoted = !quoted;
            }
        } else if (c == separator && !quoted) {
            cells.append(cell.trimmed());
            cell.clear();
        } else if (c != QLatin1Char('\r')) {
            cell.append(c);
        }
    }
    cells.append(cell.trimmed());
    return cells;
}

int columnOf(const QStringList &header, const QStringList &names)
{
    for (int i = 0; i < header.size(); ++i) {
        if (names.contains(foldForSearch(header.at(i))))
            return i;
    }
    return -1;
}

QDate parseDate(const QString &text)
{
    for (const QString format :
         {QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd/MM/yyyy"), QStringLiteral("d/M/yyyy"),
          QStringLiteral("dd-MM-yyyy"), QStringLiteral("dd.MM.yyyy"), QStringLiteral("d.M.yyyy")}) {
        const QDate date = QDate::fromString(text, format);
        if (date.isValid())
            return date;
    }
    return {};
}

std::optional<double> parseIndex(QString text)
{
    text.remove(QLatin1Char(' ')).remove(QChar(0x00A0)).remove(QChar(0x202F));
    // "12.345,6" (thousands dot, decimal comma) or "12,345.6" or "12345,6".
    const int comma = int(text.lastIndexOf(QLatin1Char(',')));
    const int dot = int(text.lastIndexOf(QLatin1Char('.')));
    if (comma >= 0 && dot >= 0) {
        if (comma > dot)
            text.remove(QLatin1Char('.')).replace(QLatin1Char(','), QLatin1Char('.'));
        else
            text.remove(QLatin1Char(','));
    } else if (comma >= 0) {
        // Meters show at most one or two decimals, so a comma followed by
        // exactly three digits ("11,045") groups thousands; else it is decimal.
        const bool thousands = text.size() - comma - 1 == 3 && text.count(QLatin1Char(',')) >= 1;
        if (thousands)
            text.remove(QLatin1Char(','));
        else
            text.replace(QLatin1Char(','), QLatin1Char('.'));
    }
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok && value >= 0 ? std::optional<double>(value) : std::nullopt;
}

std::optional<MeterRegister> parseRegister(const QString &text)
{
    static const QHash<QString, MeterRegister> words = {
        {QStringLiteral(""), MeterRegister::Single},
        {QStringLiteral("single"), MeterRegister::Single},
        {QStringLiteral("simple"), MeterRegister::Single},
        {QStringLiteral("enkel"), MeterRegister::Single},
        {QStringLiteral("total"), MeterRegister::Single},
        {QStringLiteral("totaal"), MeterRegister::Single},
        {QStringLiteral("day"), MeterRegister::Day},
        {QStringLiteral("jour"), MeterRegister::Day},
        {QStringLiteral("dag"), MeterRegister::Day},
        {QStringLiteral("hp"), MeterRegister::Day},
        {QStringLiteral("night"), MeterRegister::Night},
        {QStringLiteral("nuit"), MeterRegister::Night},
        {QStringLiteral("nacht"), MeterRegister::Night},
        {QStringLiteral("hc"), MeterRegister::Night},
        {QStringLiteral("injection"), MeterRegister::Injection},
        {QStringLiteral("injectie"), MeterRegister::Injection},
    };
    const auto found = words.constFind(foldForSearch(text.trimmed()));
    return found == words.cend() ? std::nullopt : std::optional<MeterRegister>(*found);
}

} // namespace

MeterCsvImport parseIndexReadingsCsv(const QByteArray &data, const QString &fileName,
                                     const Workshop &workshop)
{
    MeterCsvImport result;
    const QString name = QFileInfo(fileName).fileName();
    const auto fail = [&](int line, const QString &problem) {
        result.rows.clear();
        result.error = QCoreApplication::translate("MeterCsv", "%1, line %2: %3")
                           .arg(name)
                           .arg(line)
                           .arg(problem);
        return result;
    };
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(QLatin1Char('\n'));
    if (lines.isEmpty() || lines.first().trimmed().isEmpty())
        return fail(1, QCoreApplication::translate("MeterCsv", "the file is empty."));
    const QChar separator = detectSeparator(lines.first());
    const QStringList header = splitLine(lines.first(), separator);
    const int householdColumn = columnOf(
        header, {QStringLiteral("household"), QStringLiteral("menage"),
                 QStringLiteral("huishouden"), QStringLiteral("gezin"), QStringLiteral("name"),
                 QStringLiteral("nom"), QStringLiteral("naam"), QStringLiteral("pseudonym")});
    const int dateColumn = columnOf(header, {QStringLiteral("date"), QStringLiteral("datum")});
    const int registerColumn = columnOf(
        header, {QStringLiteral("register"), QStringLiteral("registre"), QStringLiteral("compteur"),
                 QStringLiteral("meter"), QStringLiteral("telwerk")});
    const int indexColumn = columnOf(header, {QStringLiteral("index"), QStringLiteral("meterstand"),
                                              QStringLiteral("stand"), QStringLiteral("kwh")});
    if (householdColumn < 0 || dateColumn < 0 || indexColumn < 0)
        return fail(1,
                    QCoreApplication::translate(
                        "MeterCsv", "the first line must name the columns: household, date, index "
                                    "(and register if the meter has several)."));

    // Households by every name a file may use for them.
    QHash<QString, qint64> households;
    for (const Household &h : workshop.households().all()) {
        households.insert(foldForSearch(h.name), h.id);
        households.insert(foldForSearch(pseudonym(h)), h.id);
        households.insert(foldForSearch(h.pseudonymCode), h.id);
        households.insert(foldForSearch(QStringLiteral("Household ") + h.pseudonymCode), h.id);
        households.insert(foldForSearch(QStringLiteral("Ménage ") + h.pseudonymCode), h.id);
        households.insert(foldForSearch(QStringLiteral("Gezin ") + h.pseudonymCode), h.id);
    }
    for (int i = 1; i < lines.size(); ++i) {
        const int line = i + 1;
        if (lines.at(i).trimmed().isEmpty())
            continue;
        const QStringList cells = splitLine(lines.at(i), separator);
        const int needed = qMax(householdColumn, qMax(dateColumn, indexColumn));
        if (cells.size() <= needed)
            return fail(line,
                        QCoreApplication::translate("MeterCsv", "this line has too few columns."));
        MeterCsvRow row;
        row.line = line;
        row.household = cells.at(householdColumn);
        const auto household = households.constFind(foldForSearch(row.household));
        if (household == households.cend())
            return fail(
                line, QCoreApplication::translate("MeterCsv", "no household “%1” in this workshop.")
                          .arg(row.household));
        row.entry.householdId = *household;
        row.entry.date = parseDate(cells.at(dateColumn));
        if (!row.entry.date.isValid())
            return fail(line, QCoreApplication::translate("MeterCsv", "“%1” is not a date.")
                                  .arg(cells.at(dateColumn)));
        const auto reg =
            parseRegister(registerColumn >= 0 ? cells.value(registerColumn) : QString());
        if (!reg)
            return fail(line,
                        QCoreApplication::translate(
                            "MeterCsv", "“%1” is not a register (single, day, night or injection).")
                            .arg(cells.value(registerColumn)));
        row.entry.reg = *reg;
        row.entry.index = parseIndex(cells.at(indexColumn));
        if (!row.entry.index)
            return fail(line, QCoreApplication::translate("MeterCsv", "“%1” is not an index.")
                                  .arg(cells.at(indexColumn)));
        result.rows.append(row);
    }
    if (result.rows.isEmpty())
        return fail(
            2, QCoreApplication::translate("MeterCsv", "there is no reading under the header."));
    return result;
}

} // namespace wattelier
