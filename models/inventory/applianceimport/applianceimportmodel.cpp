// SPDX-License-Identifier: GPL-3.0-or-later
#include "applianceimportmodel.h"

#include "core/enumkeys.h"
#include "core/units.h"
#include "inventory/catalogue.h"

#include <QBrush>
#include <QFont>

namespace wattelier {
namespace {

// No QPalette here: models work without a GUI. The same colours as the inventory table.
const QColor problemColour(0xB0, 0x00, 0x20);
const QColor notUsedColour(0x8A, 0x8A, 0x8A);

QString displayed(const Appliance &a, ApplianceField field)
{
    if (const auto member = numberMember(field))
        return units::number(a.*member, field == ApplianceField::KwhPerCycle ? 3 : 2);
    switch (field) {
    case ApplianceField::Name:
        return a.name;
    case ApplianceField::Category:
        return label(a.category);
    case ApplianceField::Priority:
        return label(a.priority);
    case ApplianceField::Flexibility:
        return label(a.flexibility);
    case ApplianceField::Quantity:
        return QLocale().toString(a.quantity);
    case ApplianceField::StandbyW:
        return a.standbyW ? units::number(*a.standbyW) : QString();
    case ApplianceField::Notes:
        return a.notes.simplified(); // one line in the table; the tooltip has it all
    default:
        return {};
    }
}

} // namespace

ApplianceImportModel::ApplianceImportModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ApplianceImportModel::setImport(const ApplianceImport &import)
{
    beginResetModel();
    mImport = import;
    endResetModel();
}

std::optional<ApplianceField> ApplianceImportModel::fieldOf(int column)
{
    const QList<ApplianceField> fields = importableFields();
    const int i = column - FirstFieldColumn;
    return i >= 0 && i < fields.size() ? std::optional(fields.at(i)) : std::nullopt;
}

int ApplianceImportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mImport.rows.size());
}

int ApplianceImportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstFieldColumn + int(importableFields().size());
}

QString ApplianceImportModel::statusText(const ImportedAppliance &row) const
{
    if (!row.ok())
        return row.problems.join(QLatin1Char(' '));
    if (!row.typicalFields.isEmpty()) {
        if (const CatalogueEntry *entry = Catalogue::builtIn().find(row.appliance.catalogueKey))
            return tr("Ready; typical values of “%1”").arg(entry->name(currentLanguageCode()));
    }
    return tr("Ready");
}

QVariant ApplianceImportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mImport.rows.size())
        return {};
    const ImportedAppliance &row = mImport.rows.at(index.row());
    const auto field = fieldOf(index.column());
    const bool typical = field && row.typicalFields.contains(*field);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == LineColumn)
            return row.line;
        if (index.column() == StatusColumn)
            return statusText(row);
        return field ? displayed(row.appliance, *field) : QString();
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn)
            return statusText(row);
        if (typical)
            return tr("Not in the file: the typical value from the catalogue");
        if (field == ApplianceField::Notes)
            return row.appliance.notes;
        return {};
    case Qt::ForegroundRole:
        if (!row.ok())
            return QBrush(problemColour);
        if (field && !fieldApplies(row.appliance, *field))
            return QBrush(notUsedColour);
        return {};
    case Qt::FontRole:
        if (typical || (!row.ok() && index.column() == StatusColumn)) {
            QFont font;
            font.setItalic(typical);
            font.setBold(!row.ok());
            return font;
        }
        return {};
    case Qt::TextAlignmentRole: {
        const bool number =
            index.column() == LineColumn ||
            (field && *field >= ApplianceField::Quantity && *field <= ApplianceField::KwhPerCycle);
        return int((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    case HasProblemRole:
        return !row.ok();
    case LineRole:
        return row.line;
    case TypicalValueRole:
        return typical;
    default:
        return {};
    }
}

QVariant ApplianceImportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == LineColumn)
        return tr("Line");
    if (section == StatusColumn)
        return tr("Status");
    const auto field = fieldOf(section);
    return field ? importFieldLabel(*field) : QVariant();
}

} // namespace wattelier
