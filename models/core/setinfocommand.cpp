// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/setinfocommand.h"

#include "core/writetransaction.h"
#include "workshop.h"

namespace wattelier {

SetInfoCommand::SetInfoCommand(Workshop &workshop, const QMap<QString, QString> &values,
                               const QString &text)
    : QUndoCommand(text)
    , mWorkshop(workshop)
    , mAfter(values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        mBefore.insert(it.key(), workshop.info(it.key()));
}

void SetInfoCommand::write(const QMap<QString, QString> &values)
{
    WriteTransaction transaction(mWorkshop);
    bool written = transaction.isOpen();
    for (auto it = values.cbegin(); written && it != values.cend(); ++it)
        written = mWorkshop.setInfo(it.key(), it.value());
    if (written)
        written = transaction.commit();
    if (!written)
        setObsolete(true);
}

void SetInfoCommand::redo()
{
    write(mAfter);
}

void SetInfoCommand::undo()
{
    write(mBefore);
}

} // namespace wattelier
