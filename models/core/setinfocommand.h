// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordcommands.h"

#include <QMap>
#include <QUndoCommand>

namespace wattelier {

class Workshop;

/*! A number kept in the workshop's settings, if one is stored under \a key. */
std::optional<double> infoNumber(const Workshop &workshop, const QString &key);
/*! How a number (or its absence: an empty text, as the column is NOT NULL) is stored. */
QString infoText(const std::optional<double> &value);

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
