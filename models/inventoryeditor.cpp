// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventoryeditor.h"

#include "appliancestore.h"
#include "catalogue.h"
#include "commands/appliancecommands.h"
#include "commands/householdcommands.h"
#include "householdstore.h"
#include "workshop.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QUndoStack>

namespace wattelier {
namespace {} // namespace

InventoryEditor::InventoryEditor(Workshop &workshop)
    : mWorkshop(workshop)
{}

qint64 InventoryEditor::addHousehold(const QString &name, int occupants)
{
    Household household;
    household.name = name.trimmed();
    household.occupants = qMax(1, occupants);
    household.position = mWorkshop.households().nextPosition();
    auto *command = new AddHouseholdCommand(mWorkshop, household);
    mWorkshop.undoStack()->push(command);
    // push() deletes a command that made itself obsolete (failed write).
    const auto index = mWorkshop.undoStack()->index() - 1;
    return index >= 0 && mWorkshop.undoStack()->command(index) == command ? command->householdId()
                                                                          : 0;
}

bool InventoryEditor::removeHousehold(qint64 householdId)
{
    if (!mWorkshop.households().get(householdId))
        return false;
    mWorkshop.undoStack()->push(new RemoveHouseholdCommand(mWorkshop, householdId));
    return !mWorkshop.households().get(householdId).has_value();
}

QString InventoryEditor::editHousehold(qint64 householdId, HouseholdField field,
                                       const QVariant &value)
{
    const auto household = mWorkshop.households().get(householdId);
    if (!household)
        return QCoreApplication::translate("InventoryEditor", "This household no longer exists.");
    QVariant stored = value;
    switch (field) {
    case HouseholdField::Name:
        stored = value.toString().trimmed();
        if (stored.toString().isEmpty())
            return QCoreApplication::translate("InventoryEditor", "A household needs a name.");
        break;
    case HouseholdField::Occupants: {
        bool ok = false;
        const int occupants = value.toInt(&ok);
        if (!ok || occupants < 1 || occupants > 50)
            return QCoreApplication::translate(
                "InventoryEditor", "The number of occupants must be a whole number from 1 to 50.");
        stored = occupants;
        break;
    }
    case HouseholdField::Notes:
        stored = value.toString();
        break;
    }
    if (fieldValue(*household, field) == stored)
        return {};
    mWorkshop.undoStack()->push(new EditHouseholdCommand(mWorkshop, householdId, field, stored));
    return {};
}

qint64 InventoryEditor::addAppliance(const Appliance &appliance)
{
    Appliance added = appliance;
    added.id = 0;
    added.position = mWorkshop.appliances().nextPosition(appliance.householdId);
    if (added.name.trimmed().isEmpty())
        added.name = QCoreApplication::translate("InventoryEditor", "New appliance");
    auto *command = new AddApplianceCommand(mWorkshop, added);
    mWorkshop.undoStack()->push(command);
    const auto index = mWorkshop.undoStack()->index() - 1;
    return index >= 0 && mWorkshop.undoStack()->command(index) == command ? command->applianceId()
                                                                          : 0;
}

int InventoryEditor::addAppliances(const QList<Appliance> &appliances, const QString &undoText)
{
    if (appliances.isEmpty())
        return 0;
    QHash<qint64, int> nextPosition;
    QSqlDatabase db = mWorkshop.database();
    // One transaction: a spreadsheet of 40 appliances is one write, not 40.
    const bool transaction = db.transaction();
    QUndoStack *stack = mWorkshop.undoStack();
    const int indexBefore = stack->index();
    stack->beginMacro(undoText);
    for (const Appliance &appliance : appliances) {
        Appliance added = appliance;
        added.id = 0;
        auto position = nextPosition.find(added.householdId);
        if (position == nextPosition.end())
            position = nextPosition.insert(added.householdId,
                                           mWorkshop.appliances().nextPosition(added.householdId));
        added.position = (*position)++;
        stack->push(new AddApplianceCommand(mWorkshop, added));
    }
    stack->endMacro();
    // push() drops a command whose write failed: then the macro is short.
    const QUndoCommand *macro = stack->command(stack->index() - 1);
    if (stack->index() == indexBefore + 1 && macro && macro->childCount() == appliances.size()) {
        if (!transaction || db.commit())
            return int(appliances.size());
    }
    // Take back what was written; the file keeps what it had before the import.
    if (stack->index() == indexBefore + 1)
        stack->undo();
    if (transaction)
        db.rollback();
    return 0;
}

qint64 InventoryEditor::duplicateAppliance(qint64 applianceId)
{
    const auto original = mWorkshop.appliances().get(applianceId);
    if (!original)
        return 0;
    Appliance copy = *original;
    copy.uid.clear(); // a copy is another appliance
    return addAppliance(copy);
}

bool InventoryEditor::removeAppliances(const QList<qint64> &applianceIds)
{
    if (applianceIds.isEmpty())
        return false;
    QUndoStack *stack = mWorkshop.undoStack();
    if (applianceIds.size() == 1) {
        stack->push(new RemoveApplianceCommand(mWorkshop, applianceIds.first()));
        return true;
    }
    stack->beginMacro(QCoreApplication::translate("InventoryEditor", "Delete %n appliance(s)",
                                                  nullptr, int(applianceIds.size())));
    for (const qint64 id : applianceIds)
        stack->push(new RemoveApplianceCommand(mWorkshop, id));
    stack->endMacro();
    return true;
}

QString InventoryEditor::editAppliance(qint64 applianceId, ApplianceField field,
                                       const QVariant &value)
{
    const auto appliance = mWorkshop.appliances().get(applianceId);
    if (!appliance)
        return QCoreApplication::translate("InventoryEditor", "This appliance no longer exists.");
    const QString problem = validateField(field, value);
    if (!problem.isEmpty())
        return problem;
    Appliance changed = *appliance;
    setFieldValue(changed, field, value);
    const QVariant stored = fieldValue(changed, field);
    if (stored == fieldValue(*appliance, field))
        return {};
    mWorkshop.undoStack()->push(new EditApplianceCommand(mWorkshop, applianceId, field, stored));
    return {};
}

bool InventoryEditor::applyCatalogueEntry(qint64 applianceId, const CatalogueEntry &entry,
                                          bool keepName)
{
    const auto current = mWorkshop.appliances().get(applianceId);
    if (!current)
        return false;
    Appliance typical = entry.toAppliance(currentLanguageCode());
    if (keepName)
        typical.name = current->name;
    typical.quantity = current->quantity;
    typical.notes = current->notes;
    QUndoStack *stack = mWorkshop.undoStack();
    stack->beginMacro(
        QCoreApplication::translate("InventoryEditor", "Use catalogue values for “%1”")
            .arg(typical.name));
    constexpr ApplianceField fields[] = {
        ApplianceField::Name,          ApplianceField::Category,    ApplianceField::Priority,
        ApplianceField::Flexibility,   ApplianceField::PowerW,      ApplianceField::StandbyW,
        ApplianceField::UsageMode,     ApplianceField::HoursPerDay, ApplianceField::DaysPerWeek,
        ApplianceField::CyclesPerWeek, ApplianceField::KwhPerCycle, ApplianceField::CatalogueKey,
    };
    for (const ApplianceField field : fields) {
        const QVariant value = fieldValue(typical, field);
        if (value != fieldValue(*current, field))
            stack->push(new EditApplianceCommand(mWorkshop, applianceId, field, value));
    }
    stack->endMacro();
    return true;
}

} // namespace wattelier
