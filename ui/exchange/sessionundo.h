// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QUndoStack;

namespace wattelier {
class Workshop;
}

namespace wattelier::ui {

/*!
 * Undo and redo limited to what was done since this object was made. The
 * workshop has one undo stack; at the workshop it already holds the
 * facilitator's edits of other households, which the "My household" window
 * must never undo or redo.
 */
class SessionUndo : public QObject
{
    Q_OBJECT

public:
    SessionUndo(Workshop &workshop, QObject *parent = nullptr);

    QAction *undoAction() const { return mUndo; }
    QAction *redoAction() const { return mRedo; }
    int startIndex() const { return mStart; }
    bool canUndo() const;
    bool canRedo() const;
    void undo();
    void redo();

private:
    void update();

    Workshop &mWorkshop;
    QUndoStack *mStack;
    int mStart;
    /*! The furthest index reached by this session's own commands: redo stops there. */
    int mTop;
    QAction *mUndo;
    QAction *mRedo;
};

} // namespace wattelier::ui
