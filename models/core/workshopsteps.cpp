// SPDX-License-Identifier: GPL-3.0-or-later
// The Workshop's write path (#19): every user step is one transaction and one
// undo entry, all of it or none of it, in the file and in memory alike.

#include "core/writetransaction.h"
#include "workshop.h"

#include <QCoreApplication>
#include <QDir>
#include <QUndoStack>

#include <memory>

namespace wattelier {

bool Workshop::push(QUndoCommand *command)
{
    std::unique_ptr<QUndoCommand> owned(command);
    if (mStepDepth > 0) {
        const int failuresBefore = mStepFailures;
        mUndoStack->push(owned.release());
        return mStepFailures == failuresBefore;
    }
    const int indexBefore = mUndoStack->index();
    const bool mergeable = command->id() != -1;
    const bool written = runOutermostStep([&] { mUndoStack->push(owned.release()); });
    // A command that could not apply (its record is gone) makes itself
    // obsolete and the stack deletes it: nothing was written, nothing pushed.
    return written && (mUndoStack->index() == indexBefore + 1 || mergeable);
}

bool Workshop::runStep(const QString &text, const std::function<void()> &body)
{
    if (mStepDepth > 0) {
        const int failuresBefore = mStepFailures;
        body();
        return mStepFailures == failuresBefore;
    }
    const int indexBefore = mUndoStack->index();
    const bool written = runOutermostStep([&] {
        mUndoStack->beginMacro(text);
        body();
        mUndoStack->endMacro();
    });
    // A step whose every command was dropped (nothing to change) leaves no
    // empty entry to undo.
    if (written && mUndoStack->index() == indexBefore + 1 &&
        mUndoStack->command(indexBefore)->childCount() == 0)
        dropFailedStep(indexBefore);
    return written;
}

bool Workshop::runWrites(const std::function<bool()> &body)
{
    if (mStepDepth > 0) {
        const int failuresBefore = mStepFailures;
        WriteTransaction transaction(*this);
        if (body() && mStepFailures == failuresBefore && transaction.commit())
            return true;
        transaction.rollback();
        return false;
    }
    bool wanted = true;
    const bool written = runOutermostStep([&] { wanted = body(); });
    return written && wanted;
}

bool Workshop::runOutermostStep(const std::function<void()> &body)
{
    const int indexBefore = mUndoStack->index();
    mStepFailures = 0;
    mStepError.clear();
    mStepAbandoned = false;
    WriteTransaction transaction(*this);
    if (!transaction.isOpen()) {
        reportFailedStep(transaction.error(), false);
        return false;
    }
    ++mStepDepth;
    body();
    --mStepDepth;
    if (mStepFailures == 0 && !mStepAbandoned && transaction.commit())
        return true;
    const QString problem = mStepFailures > 0 ? mStepError : transaction.error();
    transaction.rollback();
    dropFailedStep(indexBefore);
    emit reverted();
    if (!mStepAbandoned || mStepFailures > 0)
        reportFailedStep(problem, false);
    mStepAbandoned = false;
    return false;
}

void Workshop::dropFailedStep(int indexBefore)
{
    if (mUndoStack->index() != indexBefore + 1)
        return;
    // An obsolete command is deleted by undo() without its undo() being run:
    // the file was rolled back already.
    const_cast<QUndoCommand *>(mUndoStack->command(indexBefore))->setObsolete(true);
    mUndoStack->undo();
}

bool Workshop::undo()
{
    return mUndoStack->canUndo() && replay(true);
}

bool Workshop::redo()
{
    return mUndoStack->canRedo() && replay(false);
}

bool Workshop::replay(bool backwards)
{
    mStepFailures = 0;
    mStepError.clear();
    WriteTransaction transaction(*this);
    if (!transaction.isOpen()) {
        reportFailedStep(transaction.error(), false);
        return false;
    }
    ++mStepDepth;
    if (backwards)
        mUndoStack->undo();
    else
        mUndoStack->redo();
    --mStepDepth;
    if (mStepFailures == 0 && transaction.commit())
        return true;
    const QString problem = mStepFailures > 0 ? mStepError : transaction.error();
    transaction.rollback();
    // The stack moved past a step the file did not follow: no later undo or
    // redo could be trusted, so the history goes.
    mUndoStack->clear();
    emit reverted();
    reportFailedStep(problem, true);
    return false;
}

void Workshop::reportFailedStep(const QString &problem, bool historyCleared)
{
    const QString file = QDir::toNativeSeparators(mPath);
    mLastWriteError =
        historyCleared
            ? QCoreApplication::translate("WorkshopFile",
                                          "The change could not be written to “%1”: %2. The "
                                          "workshop is as it was; the list of changes to undo "
                                          "was cleared, because it no longer matched the file.")
                  .arg(file, problem)
            : QCoreApplication::translate("WorkshopFile",
                                          "The change could not be written to “%1”: %2. Nothing "
                                          "was changed.")
                  .arg(file, problem);
    emit writeFailed(mLastWriteError);
}

} // namespace wattelier
