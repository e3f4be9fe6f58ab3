// SPDX-License-Identifier: GPL-3.0-or-later
#include "applianceimport.h"

#include "appliancewords.h"
#include "core/enumkeys.h"
#include "inventory/catalogue.h"
#include "inventory/inventoryeditor.h"

#include <cmath>

#include <QCoreApplication>

namespace wattelier {
namespace {

struct ApplianceImportText
{
    Q_DECLARE_TR_FUNCTIONS(ApplianceImportText)
};

/*! The catalogue entry a name from a spreadsheet matches: the whole name, else its first word. */
const CatalogueEntry *catalogueEntryFor(const QString &name)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    QList<const CatalogueEntry *> found = catalogue.search(name);
    if (found.isEmpty()) {
        // "Télévision salon", "Frigo cuisine": the first word names the appliance.
        const QStringList words = foldedWords(name);
        if (words.size() > 1 && words.first().size() >= 3)
            found = catalogue.search(words.first());
    }
    return found.value(0, nullptr);
}

template <typename Enum> QString labelList(const QList<Enum> &values)
{
    QStringList labels;
    for (const Enum value : values)
        labels.append(label(value).toLower());
    return labels.join(QStringLiteral(", "));
}

/*! Reads one record into an appliance; collects every problem of the line. */
class RowReader
{
public:
    RowReader(const DelimitedTable &table, const ColumnMapping &mapping, const TableRecord &record)
        : mTable(table)
        , mMapping(mapping)
        , mRecord(record)
    {}

    /*! The cell of \a field; empty when the field has no column. */
    QString cell(ApplianceField field) const { return mRecord.cells.value(mMapping.column(field)); }

    /*! A number; nullopt when the cell is empty, "-", "n/a"… or refused (a problem then). */
    std::optional<double> number(ApplianceField field)
    {
        QString text = cell(field);
        if (parseSpreadsheetNumber(text, mTable.decimal).kind == CellNumber::Missing)
            return std::nullopt;
        double scale = 1.0;
        const bool watts = field == ApplianceField::PowerW || field == ApplianceField::StandbyW;
        if (watts) {
            // "1,2 kW" in a cell, or a column named "Puissance (kW)".
            const QStringList header = foldedWords(mTable.header.value(mMapping.column(field)));
            if (header.contains(QLatin1String("kw")))
                scale = 1000.0;
            if (!stripUnit(text, QStringLiteral("kw"), 1000.0, scale))
                stripUnit(text, QStringLiteral("w"), 1.0, scale);
        } else if (field == ApplianceField::HoursPerDay) {
            stripUnit(text, QStringLiteral("h"), 1.0, scale);
        } else if (field == ApplianceField::KwhPerCycle) {
            stripUnit(text, QStringLiteral("kwh"), 1.0, scale);
        }
        const CellNumber parsed = parseSpreadsheetNumber(text, mTable.decimal);
        if (parsed.kind != CellNumber::Number) {
            problem(ApplianceImportText::tr("“%1” in column “%2” is not a number.")
                        .arg(cell(field), columnName(field)));
            return std::nullopt;
        }
        const double value = parsed.value * scale;
        QVariant checked = value;
        // A quantity of 1.5 is refused the way typing it is.
        if (field == ApplianceField::Quantity && value != std::floor(value))
            checked = cell(field);
        else if (field == ApplianceField::Quantity)
            checked = int(value);
        QString invalid = validateField(field, checked);
        if (!invalid.isEmpty()) {
            // The rule as the inventory words it, then the cell that broke it.
            if (invalid.endsWith(QLatin1Char('.')))
                invalid.chop(1);
            problem(ApplianceImportText::tr("%1: “%2” in column “%3”.")
                        .arg(invalid, cell(field), columnName(field)));
            return std::nullopt;
        }
        return value;
    }

    template <typename Enum>
    std::optional<Enum> word(ApplianceField field, std::optional<Enum> (*fromWord)(const QString &),
                             const QString &refusal)
    {
        const QString text = cell(field).simplified();
        if (foldedWords(text).isEmpty()) // empty, "-", "?"
            return std::nullopt;
        const auto value = fromWord(text);
        if (!value)
            problem(refusal.arg(text));
        return value;
    }

    void problem(const QString &message) { mProblems.append(message); }
    QStringList problems() const { return mProblems; }

private:
    QString columnName(ApplianceField field) const
    {
        return mTable.columnName(mMapping.column(field));
    }

    static bool stripUnit(QString &text, const QString &unit, double factor, double &scale)
    {
        const QString trimmed = text.trimmed();
        if (trimmed.size() <= unit.size() || !trimmed.endsWith(unit, Qt::CaseInsensitive) ||
            trimmed.at(trimmed.size() - unit.size() - 1).isLetter())
            return false;
        text = trimmed.chopped(unit.size());
        scale = factor;
        return true;
    }

    const DelimitedTable &mTable;
    const ColumnMapping &mMapping;
    const TableRecord &mRecord;
    QStringList mProblems;
};

ImportedAppliance importRecord(const DelimitedTable &table, const ColumnMapping &mapping,
                               const TableRecord &record, qint64 householdId)
{
    RowReader reader(table, mapping, record);
    ImportedAppliance row;
    row.line = record.line;
    // A name typed with a line break in its cell is still one name.
    const QString name = reader.cell(ApplianceField::Name).simplified();
    const CatalogueEntry *entry = catalogueEntryFor(name);
    Appliance &a = row.appliance;
    if (entry) {
        a = entry->typical;
        a.catalogueKey = entry->key;
    }
    a.householdId = householdId;
    a.name = name;
    if (mapping.isMapped(ApplianceField::Name) && name.isEmpty())
        reader.problem(validateField(ApplianceField::Name, name));

    // Fields the file leaves empty keep the catalogue's value (or the default).
    const auto given = [&](ApplianceField field, auto value, auto &target) {
        if (value)
            target = *value;
        else if (entry)
            row.typicalFields.append(field);
        return value.has_value();
    };
    given(ApplianceField::Category,
          reader.word<Category>(ApplianceField::Category, categoryFromWord,
                                ApplianceImportText::tr("“%1” is not a category; use one of: %2.")
                                    .arg(QStringLiteral("%1"), labelList(allCategories()))),
          a.category);
    given(ApplianceField::Priority,
          reader.word<Priority>(ApplianceField::Priority, priorityFromWord,
                                ApplianceImportText::tr("“%1” is not a priority; use one of: %2.")
                                    .arg(QStringLiteral("%1"), labelList(allPriorities()))),
          a.priority);
    given(ApplianceField::Flexibility,
          reader.word<Flexibility>(
              ApplianceField::Flexibility, flexibilityFromWord,
              ApplianceImportText::tr("“%1” is not a flexibility; use one of: %2.")
                  .arg(QStringLiteral("%1"), labelList(allFlexibilities()))),
          a.flexibility);
    if (const auto quantity = reader.number(ApplianceField::Quantity))
        a.quantity = int(*quantity);
    given(ApplianceField::PowerW, reader.number(ApplianceField::PowerW), a.powerW);
    given(ApplianceField::StandbyW, reader.number(ApplianceField::StandbyW), a.standbyW);
    const bool hours = given(ApplianceField::HoursPerDay,
                             reader.number(ApplianceField::HoursPerDay), a.hoursPerDay);
    given(ApplianceField::DaysPerWeek, reader.number(ApplianceField::DaysPerWeek), a.daysPerWeek);
    // Both are read (no short circuit): each may be given or refused.
    const bool cycles = given(ApplianceField::CyclesPerWeek,
                              reader.number(ApplianceField::CyclesPerWeek), a.cyclesPerWeek) |
                        given(ApplianceField::KwhPerCycle,
                              reader.number(ApplianceField::KwhPerCycle), a.kwhPerCycle);
    // What the file describes decides; hours win when it gives both.
    if (hours && (!cycles || a.hoursPerDay > 0))
        a.usageMode = UsageMode::Hours;
    else if (cycles)
        a.usageMode = UsageMode::Cycles;
    const QString notes = reader.cell(ApplianceField::Notes);
    if (!notes.isEmpty())
        a.notes = notes;
    // Typical hours of a washing machine counted in cycles are no news to anyone.
    row.typicalFields.removeIf([&](ApplianceField field) { return !fieldApplies(a, field); });
    row.problems = reader.problems();
    return row;
}

} // namespace

bool fieldApplies(const Appliance &appliance, ApplianceField field)
{
    switch (field) {
    case ApplianceField::HoursPerDay:
    case ApplianceField::DaysPerWeek:
        return appliance.usageMode == UsageMode::Hours;
    case ApplianceField::CyclesPerWeek:
    case ApplianceField::KwhPerCycle:
        return appliance.usageMode == UsageMode::Cycles;
    default:
        return true;
    }
}

bool ApplianceImport::canImport() const
{
    return !fileProblem && !rows.isEmpty() &&
           std::all_of(rows.cbegin(), rows.cend(),
                       [](const ImportedAppliance &row) { return row.ok(); });
}

QList<ImportProblem> ApplianceImport::problems() const
{
    QList<ImportProblem> list;
    if (fileProblem)
        list.append(*fileProblem);
    for (const ImportedAppliance &row : rows) {
        if (!row.ok())
            list.append(ImportProblem{fileName, row.line, 0, row.problems.join(QLatin1Char(' '))});
    }
    return list;
}

QList<Appliance> ApplianceImport::appliances() const
{
    QList<Appliance> list;
    for (const ImportedAppliance &row : rows)
        list.append(row.appliance);
    return list;
}

ApplianceImport buildApplianceImport(const DelimitedTable &table, const ColumnMapping &mapping,
                                     qint64 householdId)
{
    ApplianceImport result;
    result.fileName = table.fileName;
    result.notes = table.notes;
    if (table.problem) {
        result.fileProblem = table.problem;
        return result;
    }
    for (const TableRecord &record : table.records)
        result.rows.append(importRecord(table, mapping, record, householdId));
    if (result.rows.isEmpty())
        result.fileProblem =
            ImportProblem{table.fileName, 0, 0,
                          ApplianceImportText::tr("there is no appliance under the header")};
    else if (!mapping.isMapped(ApplianceField::Name))
        result.fileProblem =
            ImportProblem{table.fileName, 0, 0,
                          ApplianceImportText::tr("choose the column that holds the appliance "
                                                  "names")};
    return result;
}

int applyApplianceImport(Workshop &workshop, const ApplianceImport &import)
{
    if (!import.canImport())
        return 0;
    const QList<Appliance> appliances = import.appliances();
    return InventoryEditor(workshop).addAppliances(
        appliances,
        ApplianceImportText::tr("Import %n appliance(s) from %1", nullptr, int(appliances.size()))
            .arg(import.fileName));
}

} // namespace wattelier
