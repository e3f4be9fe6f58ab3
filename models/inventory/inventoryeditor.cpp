// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventoryeditor.h"

#include "appliancecommands.h"
#include "appliancestore.h"
#include "catalogue.h"
#include "core/workshop.h"
#include "householdcommands.h"
#include "householdstore.h"

#include <QCoreApplication>
#include <QHash>

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
    // The command is read only when applied: a failed one has been deleted.
    return mWorkshop.push(command) ? command->householdId() : 0;
}

Outcome<QList<qint64>> InventoryEditor::addHouseholds(const QList<Household> &households)
{
    if (households.isEmpty())
        return Outcome<QList<qint64>>::refused(
            QCoreApplication::translate("InventoryEditor", "There is no household to add."));
    QList<qint64> ids;
    const QString text = QCoreApplication::translate("InventoryEditor", "Add %n household(s)",
                                                     nullptr, int(households.size()));
    const bool applied = mWorkshop.runStep(text, [&] {
        int position = mWorkshop.households().nextPosition();
        for (Household household : households) {
            household.id = 0;
            household.pseudonymCode.clear(); // the next free one, in the list's order
            household.name = household.name.trimmed();
            household.occupants = qMax(1, household.occupants);
            household.position = position++;
            auto *command = new AddHouseholdCommand(mWorkshop, household);
            if (!mWorkshop.push(command))
                return;
            ids.append(command->householdId());
        }
    });
    if (!applied)
        return Outcome<QList<qint64>>::refused(mWorkshop.lastWriteError());
    return ids;
}

bool InventoryEditor::removeHousehold(qint64 householdId)
{
    if (!mWorkshop.households().get(householdId))
        return false;
    return mWorkshop.push(new RemoveHouseholdCommand(mWorkshop, householdId));
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
    case HouseholdField::Ean: {
        const std::optional<QString> code = eanCode(value.toString());
        if (!code)
            return QCoreApplication::translate(
                "InventoryEditor", "An EAN code has 18 digits (spaces between them are fine).");
        stored = *code;
        break;
    }
    case HouseholdField::Kind:
        if (!householdKindFromKey(value.toString()))
            return QCoreApplication::translate("InventoryEditor",
                                               "A member is a household or another participant.");
        break;
    }
    if (fieldValue(*household, field) == stored)
        return {};
    mWorkshop.push(new EditHouseholdCommand(mWorkshop, householdId, field, stored));
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
    return mWorkshop.push(command) ? command->applianceId() : 0;
}

int InventoryEditor::addAppliances(const QList<Appliance> &appliances, const QString &undoText)
{
    if (appliances.isEmpty())
        return 0;
    QHash<qint64, int> nextPosition;
    // One step: a spreadsheet of 40 appliances is one transaction and one undo.
    const bool written = mWorkshop.runStep(undoText, [&] {
        for (const Appliance &appliance : appliances) {
            Appliance added = appliance;
            added.id = 0;
            auto position = nextPosition.find(added.householdId);
            if (position == nextPosition.end())
                position = nextPosition.insert(
                    added.householdId, mWorkshop.appliances().nextPosition(added.householdId));
            added.position = (*position)++;
            mWorkshop.push(new AddApplianceCommand(mWorkshop, added));
        }
    });
    return written ? int(appliances.size()) : 0;
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
    if (applianceIds.size() == 1)
        return mWorkshop.push(new RemoveApplianceCommand(mWorkshop, applianceIds.first()));
    return mWorkshop.runStep(QCoreApplication::translate("InventoryEditor",
                                                         "Delete %n appliance(s)", nullptr,
                                                         int(applianceIds.size())),
                             [&] {
                                 for (const qint64 id : applianceIds)
                                     mWorkshop.push(new RemoveApplianceCommand(mWorkshop, id));
                             });
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
    mWorkshop.push(new EditApplianceCommand(mWorkshop, applianceId, field, stored));
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
    constexpr ApplianceField fields[] = {
        ApplianceField::Name,          ApplianceField::Category,    ApplianceField::Priority,
        ApplianceField::Flexibility,   ApplianceField::PowerW,      ApplianceField::StandbyW,
        ApplianceField::UsageMode,     ApplianceField::HoursPerDay, ApplianceField::DaysPerWeek,
        ApplianceField::CyclesPerWeek, ApplianceField::KwhPerCycle, ApplianceField::CatalogueKey,
    };
    return mWorkshop.runStep(
        QCoreApplication::translate("InventoryEditor", "Use catalogue values for “%1”")
            .arg(typical.name),
        [&] {
            for (const ApplianceField field : fields) {
                const QVariant value = fieldValue(typical, field);
                if (value != fieldValue(*current, field))
                    mWorkshop.push(new EditApplianceCommand(mWorkshop, applianceId, field, value));
            }
        });
}

} // namespace wattelier
