// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/writetransaction.h"

#include "workshop.h"

#include <QSqlError>
#include <QSqlQuery>

namespace wattelier {

WriteTransaction::WriteTransaction(Workshop &workshop)
    : mWorkshop(workshop)
    , mName(QStringLiteral("w%1").arg(workshop.enterTransaction()))
{
    mOpen = exec(QStringLiteral("SAVEPOINT ") + mName);
    if (!mOpen)
        mWorkshop.leaveTransaction();
}

WriteTransaction::~WriteTransaction()
{
    if (mOpen)
        rollback();
}

bool WriteTransaction::exec(const QString &statement)
{
    QSqlQuery query(mWorkshop.database());
    if (query.exec(statement))
        return true;
    mError = query.lastError().text();
    return false;
}

bool WriteTransaction::commit()
{
    if (!mOpen)
        return false;
    if (!exec(QStringLiteral("RELEASE ") + mName)) {
        // A failed commit (disk full while syncing) must not leave half a step.
        const QString why = mError;
        rollback();
        mError = why;
        return false;
    }
    mOpen = false;
    mWorkshop.leaveTransaction();
    return true;
}

void WriteTransaction::rollback()
{
    if (!mOpen)
        return;
    mOpen = false;
    // ROLLBACK TO keeps the savepoint open; RELEASE then ends it (and, when
    // outermost, the file's transaction, with nothing written).
    if (!exec(QStringLiteral("ROLLBACK TO ") + mName) ||
        !exec(QStringLiteral("RELEASE ") + mName)) {
        if (mWorkshop.transactionDepth() == 1)
            exec(QStringLiteral("ROLLBACK"));
    }
    mWorkshop.leaveTransaction();
}

} // namespace wattelier
