// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appliance.h"
#include "core/recordcommands.h"
#include "core/workshop.h"
#include "wattmeter/wattmeterreading.h"

#include <QList>
#include <QUndoCommand>
#include <QVariant>

namespace wattelier {

/*! How the command templates add and remove an appliance, and change one of its fields. */
using ApplianceAccess = StoreAccess<&Workshop::appliances>;
using ApplianceFieldAccess = FieldAccess<&Workshop::appliances, ApplianceField>;

/*! Adds an appliance (new, duplicated or from the catalogue); redo keeps its id. */
class AddApplianceCommand : public AddRecordCommand<ApplianceAccess, Appliance>
{
public:
    AddApplianceCommand(Workshop &workshop, const Appliance &appliance,
                        QUndoCommand *parent = nullptr);
    qint64 applianceId() const { return recordId(); }
};

/*! Removes an appliance and its readings; undo restores both with the same ids. */
class RemoveApplianceCommand : public QUndoCommand
{
public:
    RemoveApplianceCommand(Workshop &workshop, qint64 applianceId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Workshop &mWorkshop;
    Appliance mAppliance;
    QList<WattmeterReading> mReadings;
};

/*! Changes one field of an appliance; the value is given as stored (see fieldValue()). */
class EditApplianceCommand : public ChangeValueCommand<ApplianceFieldAccess>
{
public:
    EditApplianceCommand(Workshop &workshop, qint64 applianceId, ApplianceField field,
                         const QVariant &value, QUndoCommand *parent = nullptr);
};

} // namespace wattelier
