// SPDX-License-Identifier: GPL-3.0-or-later
#include "householdlist.h"

#include "applianceimport/appliancecsv.h"
#include "applianceimport/appliancewords.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <array>
#include <optional>

namespace wattelier {
namespace {

enum class ListColumn
{
    Name,
    Occupants,
    Ean,
    Notes,
};

/*!
 * Words a column title holds, folded (no accents, lower case): \a anyWord when
 * one of the title's words is one ("Nombre d'occupants"), \a wholeTitle when
 * the title is exactly one ("Ménage" names a column, "Ménage Dupont" is a
 * household: a list without a first line of titles is refused, not read
 * from its second line).
 */
struct ColumnWords
{
    ListColumn column;
    std::initializer_list<const char *> anyWord;
    std::initializer_list<const char *> wholeTitle;
};

// The EAN is looked for first: "code EAN du ménage" is a code, not a name.
const ColumnWords columnWords[] = {
    {ListColumn::Ean, {"ean", "eancode"}, {}},
    {ListColumn::Occupants,
     {"occupants", "occupant", "persons", "people", "residents", "inhabitants", "personnes",
      "habitants", "bewoners", "personen", "inwoners"},
     {}},
    {ListColumn::Notes,
     {"notes", "note", "remarks", "comments", "remarques", "commentaires", "commentaire",
      "opmerkingen", "opmerking", "notities"},
     {}},
    {ListColumn::Name,
     {"name", "names", "nom", "noms", "naam", "namen"},
     {"household", "households", "menage", "menages", "famille", "familles", "huishouden",
      "huishoudens", "gezin", "gezinnen"}},
};

std::optional<ListColumn> columnOf(const QString &title)
{
    const QStringList words = foldedWords(title);
    const QString whole = words.join(QLatin1Char(' '));
    for (const ColumnWords &entry : columnWords) {
        for (const char *word : entry.anyWord)
            if (words.contains(QLatin1String(word)))
                return entry.column;
        for (const char *word : entry.wholeTitle)
            if (whole == QLatin1String(word))
                return entry.column;
    }
    return std::nullopt;
}

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdList)
};

Outcome<HouseholdList> refuse(const QString &fileName, int line, const QString &message)
{
    return Outcome<HouseholdList>::refused(ImportProblem{fileName, line, 0, message}.toString());
}

} // namespace

Outcome<HouseholdList> readHouseholdList(const QByteArray &raw, const QString &fileName,
                                         const QList<Household> &existing)
{
    const DelimitedTable table = readDelimitedTable(raw, fileName, true);
    if (table.problem)
        return Outcome<HouseholdList>::refused(table.problem->toString());
    HouseholdList list;
    list.fileName = fileName;
    list.notes = table.notes;

    // Which column holds what, from the first line.
    std::array<int, 4> columnIndex{-1, -1, -1, -1};
    for (int c = 0; c < table.header.size(); ++c) {
        const QString title = table.header.at(c).trimmed();
        if (title.isEmpty())
            continue;
        const std::optional<ListColumn> column = columnOf(title);
        if (!column) {
            list.notes.append(Text::tr("The column \"%1\" was left out: it is not a name, a number "
                                       "of occupants, an EAN code or notes.")
                                  .arg(title));
            continue;
        }
        int &index = columnIndex[std::size_t(*column)];
        if (index >= 0)
            return refuse(fileName, 1,
                          Text::tr("the columns \"%1\" and \"%2\" say the same thing: keep one")
                              .arg(table.header.at(index).trimmed(), title));
        index = c;
    }
    const int nameColumn = columnIndex[std::size_t(ListColumn::Name)];
    if (nameColumn < 0)
        return refuse(fileName, 1,
                      Text::tr("no column of names: the first line should name the columns, for "
                               "example \"name; occupants; EAN; notes\""));

    const auto cell = [&](const TableRecord &record, ListColumn column) {
        const int index = columnIndex[std::size_t(column)];
        return index >= 0 && index < record.cells.size() ? record.cells.at(index).trimmed()
                                                         : QString();
    };
    QHash<QString, int> lineOfName; // folded name → line; 0 for the workshop's
    for (const Household &h : existing)
        lineOfName.insert(h.name.trimmed().toCaseFolded(), 0);
    for (const TableRecord &record : table.records) {
        const bool blank = std::all_of(record.cells.begin(), record.cells.end(),
                                       [](const QString &c) { return c.trimmed().isEmpty(); });
        if (blank)
            continue;
        Household household;
        household.name = cell(record, ListColumn::Name);
        if (household.name.isEmpty())
            return refuse(fileName, record.line, Text::tr("this line has no name"));
        const auto seen = lineOfName.constFind(household.name.toCaseFolded());
        if (seen != lineOfName.constEnd())
            return refuse(
                fileName, record.line,
                *seen == 0
                    ? Text::tr("%1 is already a household of this workshop").arg(household.name)
                    : Text::tr("%1 is already on line %2").arg(household.name).arg(*seen));
        lineOfName.insert(household.name.toCaseFolded(), record.line);

        const QString occupants = cell(record, ListColumn::Occupants);
        if (!occupants.isEmpty()) {
            bool ok = false;
            household.occupants = occupants.toInt(&ok);
            if (!ok || household.occupants < 1 || household.occupants > 50)
                return refuse(fileName, record.line,
                              Text::tr("\"%1\" is not a number of occupants (a whole number from 1 "
                                       "to 50)")
                                  .arg(occupants));
        }
        const QString ean = cell(record, ListColumn::Ean);
        const std::optional<QString> code = eanCode(ean);
        if (!code)
            return refuse(fileName, record.line,
                          Text::tr("\"%1\" is not an EAN code: it has 18 digits").arg(ean));
        household.ean = *code;
        household.notes = cell(record, ListColumn::Notes);
        list.households.append(household);
    }
    if (list.households.isEmpty())
        return refuse(fileName, 0, Text::tr("no household in the file, only its first line"));
    return list;
}

Outcome<HouseholdList> readHouseholdListFile(const QString &path, const QList<Household> &existing)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(fileName, 0, Text::tr("cannot be read: %1").arg(file.errorString()));
    return readHouseholdList(file.readAll(), fileName, existing);
}

} // namespace wattelier
