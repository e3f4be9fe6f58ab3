// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionundo.h"

#include "core/workshop.h"

#include <QAction>
#include <QUndoStack>

namespace wattelier::ui {

SessionUndo::SessionUndo(Workshop &workshop, QObject *parent)
    : QObject(parent)
    , mWorkshop(workshop)
    , mStack(workshop.undoStack())
    , mStart(mStack->index())
    , mTop(mStack->index())
    , mUndo(new QAction(tr("&Undo"), this))
    , mRedo(new QAction(tr("&Redo"), this))
{
    mUndo->setShortcut(QKeySequence::Undo);
    mRedo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(mUndo, &QAction::triggered, this, &SessionUndo::undo);
    connect(mRedo, &QAction::triggered, this, &SessionUndo::redo);
    connect(mStack, &QUndoStack::indexChanged, this, [this] {
        // A new command drops the redo tail: the stack's top is then ours. The
        // tail left by the facilitator before the session is never redone.
        if (mStack->index() == mStack->count() && mStack->index() > mStart)
            mTop = mStack->index();
        update();
    });
    update();
}

bool SessionUndo::canUndo() const
{
    return mStack->index() > mStart && mStack->canUndo();
}

bool SessionUndo::canRedo() const
{
    return mStack->index() >= mStart && mStack->index() < mTop && mStack->canRedo();
}

void SessionUndo::undo()
{
    if (canUndo())
        mWorkshop.undo();
}

void SessionUndo::redo()
{
    if (canRedo())
        mWorkshop.redo();
}

void SessionUndo::update()
{
    mUndo->setEnabled(canUndo());
    mRedo->setEnabled(canRedo());
    mUndo->setToolTip(canUndo() ? tr("Undo: %1").arg(mStack->undoText()) : QString());
    mRedo->setToolTip(canRedo() ? tr("Redo: %1").arg(mStack->redoText()) : QString());
}

} // namespace wattelier::ui
