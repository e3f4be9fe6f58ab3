// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appliance.h"
#include "wattmeter/wattmeterreading.h"

#include <QList>

#include <QUndoCommand>
#include <QVariant>

namespace wattelier {

class Workshop;

/*! Adds an appliance (new, duplicated or from the catalogue); redo keeps its id. */
class AddApplianceCommand : public QUndoCommand
{
public:
    AddApplianceCommand(Workshop &workshop, const Appliance &appliance,
                        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    qint64 applianceId() const { return mAppliance.id; }

private:
    Workshop &mWorkshop;
    Appliance mAppliance;
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
class EditApplianceCommand : public QUndoCommand
{
public:
    EditApplianceCommand(Workshop &workshop, qint64 applianceId, ApplianceField field,
                         const QVariant &value, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Workshop &mWorkshop;
    qint64 mApplianceId;
    ApplianceField mField;
    QVariant mOldValue;
    QVariant mNewValue;
};

/*! The translated name of a field, as in "Change power". */
QString applianceFieldLabel(ApplianceField field);

} // namespace wattelier
