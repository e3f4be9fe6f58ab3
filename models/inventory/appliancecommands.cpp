// SPDX-License-Identifier: GPL-3.0-or-later
#include "appliancecommands.h"

#include "appliancestore.h"
#include "core/uid.h"
#include "core/workshop.h"
#include "core/writetransaction.h"
#include "wattmeter/readingstore.h"

#include <QCoreApplication>

namespace wattelier {
namespace {} // namespace

QString applianceFieldLabel(ApplianceField field)
{
    switch (field) {
    case ApplianceField::Name:
        return QCoreApplication::translate("ApplianceCommands", "Name");
    case ApplianceField::Category:
        return QCoreApplication::translate("ApplianceCommands", "Category");
    case ApplianceField::Priority:
        return QCoreApplication::translate("ApplianceCommands", "Priority");
    case ApplianceField::Flexibility:
        return QCoreApplication::translate("ApplianceCommands", "Flexibility");
    case ApplianceField::Quantity:
        return QCoreApplication::translate("ApplianceCommands", "Quantity");
    case ApplianceField::PowerW:
        return QCoreApplication::translate("ApplianceCommands", "Power");
    case ApplianceField::StandbyW:
        return QCoreApplication::translate("ApplianceCommands", "Standby");
    case ApplianceField::UsageMode:
        return QCoreApplication::translate("ApplianceCommands", "Usage");
    case ApplianceField::HoursPerDay:
        return QCoreApplication::translate("ApplianceCommands", "Hours/day");
    case ApplianceField::DaysPerWeek:
        return QCoreApplication::translate("ApplianceCommands", "Days/week");
    case ApplianceField::CyclesPerWeek:
        return QCoreApplication::translate("ApplianceCommands", "Cycles/week");
    case ApplianceField::KwhPerCycle:
        return QCoreApplication::translate("ApplianceCommands", "kWh/cycle");
    case ApplianceField::Notes:
        return QCoreApplication::translate("ApplianceCommands", "Notes");
    case ApplianceField::CatalogueKey:
        return QCoreApplication::translate("ApplianceCommands", "Catalogue entry");
    }
    return {};
}

AddApplianceCommand::AddApplianceCommand(Workshop &workshop, const Appliance &appliance,
                                         QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("ApplianceCommands", "Add appliance “%1”")
                       .arg(appliance.name),
                   parent)
    , mWorkshop(workshop)
    , mAppliance(appliance)
{
    // Fixed now, so that redo restores the same appliance for household files.
    mAppliance.uid = uidOrNew(mAppliance.uid);
}

void AddApplianceCommand::redo()
{
    const qint64 id = mWorkshop.appliances().insert(mAppliance);
    if (id == 0) {
        setObsolete(true);
        return;
    }
    mAppliance.id = id;
}

void AddApplianceCommand::undo()
{
    mWorkshop.appliances().remove(mAppliance.id);
}

RemoveApplianceCommand::RemoveApplianceCommand(Workshop &workshop, qint64 applianceId,
                                               QUndoCommand *parent)
    : QUndoCommand(parent)
    , mWorkshop(workshop)
    , mAppliance(workshop.appliances().get(applianceId).value_or(Appliance{}))
    , mReadings(workshop.readings().forAppliance(applianceId))
{
    setText(QCoreApplication::translate("ApplianceCommands", "Delete appliance “%1”")
                .arg(mAppliance.name));
}

void RemoveApplianceCommand::redo()
{
    if (mAppliance.id == 0 || !mWorkshop.appliances().remove(mAppliance.id))
        setObsolete(true);
}

void RemoveApplianceCommand::undo()
{
    WriteTransaction transaction(mWorkshop);
    bool ok = mWorkshop.appliances().insert(mAppliance) != 0;
    for (const WattmeterReading &reading : std::as_const(mReadings))
        ok = ok && mWorkshop.readings().insert(reading) != 0;
    if (ok)
        transaction.commit();
}

EditApplianceCommand::EditApplianceCommand(Workshop &workshop, qint64 applianceId,
                                           ApplianceField field, const QVariant &value,
                                           QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("ApplianceCommands", "Change %1")
                       .arg(applianceFieldLabel(field).toLower()),
                   parent)
    , mWorkshop(workshop)
    , mApplianceId(applianceId)
    , mField(field)
    , mNewValue(value)
{
    if (const auto appliance = workshop.appliances().get(applianceId))
        mOldValue = fieldValue(*appliance, field);
}

void EditApplianceCommand::redo()
{
    if (!mWorkshop.appliances().update(mApplianceId, mField, mNewValue))
        setObsolete(true);
}

void EditApplianceCommand::undo()
{
    mWorkshop.appliances().update(mApplianceId, mField, mOldValue);
}

} // namespace wattelier
