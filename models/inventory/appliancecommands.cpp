// SPDX-License-Identifier: GPL-3.0-or-later
#include "appliancecommands.h"

#include "appliancestore.h"
#include "core/uid.h"
#include "core/workshop.h"
#include "core/writetransaction.h"
#include "wattmeter/wattmeterreadingstore.h"

#include <QCoreApplication>

namespace wattelier {

namespace {

/*! Fixed now, so that redo restores the same appliance for household files. */
Appliance withUid(Appliance appliance)
{
    appliance.uid = uidOrNew(appliance.uid);
    return appliance;
}

QVariant storedValue(const Workshop &workshop, qint64 applianceId, ApplianceField field)
{
    const auto appliance = workshop.appliances().get(applianceId);
    return appliance ? fieldValue(*appliance, field) : QVariant();
}

} // namespace

AddApplianceCommand::AddApplianceCommand(Workshop &workshop, const Appliance &appliance,
                                         QUndoCommand *parent)
    : AddRecordCommand(workshop, withUid(appliance),
                       QCoreApplication::translate("ApplianceCommands", "Add appliance “%1”")
                           .arg(appliance.name),
                       parent)
{}

RemoveApplianceCommand::RemoveApplianceCommand(Workshop &workshop, qint64 applianceId,
                                               QUndoCommand *parent)
    : QUndoCommand(parent)
    , mWorkshop(workshop)
    , mAppliance(workshop.appliances().get(applianceId).value_or(Appliance{}))
    , mReadings(workshop.wattmeterReadings().forAppliance(applianceId))
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
        ok = ok && mWorkshop.wattmeterReadings().insert(reading) != 0;
    if (ok)
        transaction.commit();
}

EditApplianceCommand::EditApplianceCommand(Workshop &workshop, qint64 applianceId,
                                           ApplianceField field, const QVariant &value,
                                           QUndoCommand *parent)
    : ChangeValueCommand(workshop, {applianceId, field}, storedValue(workshop, applianceId, field),
                         value,
                         QCoreApplication::translate("ApplianceCommands", "Change %1")
                             .arg(applianceFieldLabel(field).toLower()),
                         -1, parent)
{}

} // namespace wattelier
