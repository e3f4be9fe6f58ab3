// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordcommands.h"

#include <QMap>
#include <QUndoCommand>

namespace wattelier {

class Workshop;

/*! How SetInfoCommand writes settings: all of them in one transaction, or none. */
struct InfoAccess
{
    using Key = NoKey;
    using Value = QMap<QString, QString>;
    static bool set(Workshop &workshop, NoKey, const QMap<QString, QString> &values);
};

/*!
 * Sets keys of the workshop's own settings (workshop_info) to new values as
 * one undoable change; undo puts the previous values back.
 */
class SetInfoCommand : public ChangeValueCommand<InfoAccess>
{
public:
    SetInfoCommand(Workshop &workshop, const QMap<QString, QString> &values, const QString &text);
};

} // namespace wattelier
