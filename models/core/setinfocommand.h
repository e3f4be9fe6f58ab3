// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QUndoCommand>

namespace wattelier {

class Workshop;

/*!
 * Sets keys of the workshop's own settings (workshop_info) to new values as
 * one undoable change; undo puts the previous values back. All keys are
 * written in one transaction.
 */
class SetInfoCommand : public QUndoCommand
{
public:
    SetInfoCommand(Workshop &workshop, const QMap<QString, QString> &values, const QString &text);
    void redo() override;
    void undo() override;

private:
    void write(const QMap<QString, QString> &values);

    Workshop &mWorkshop;
    QMap<QString, QString> mBefore;
    QMap<QString, QString> mAfter;
};

} // namespace wattelier
