#pragma once

#include "appliance.h"

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

/*! Removes an appliance; undo restores it with the same id and position. */
class RemoveApplianceCommand : public QUndoCommand
{
public:
    RemoveApplianceCommand(Workshop &workshop, qint64 applianceId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Workshop &mWorkshop;
    Appliance mAppliance;
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
