// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QAction;
class QUndoGroup;

namespace wattelier {
class Workshop;
}

namespace wattelier::ui {

/*!
 * Edit ▸ Undo and Redo of the window's open workshop. They go through
 * Workshop::undo() and redo(), so that each is one transaction and a failed
 * one leaves the file as it was (#19); the undo group's own actions would
 * call the stack directly. Their text and state follow \a group.
 */
class WorkshopUndoActions : public QObject
{
    Q_OBJECT

public:
    WorkshopUndoActions(QUndoGroup *group, std::function<Workshop *()> currentWorkshop,
                        QObject *parent);

    QAction *undoAction() const { return mUndo; }
    QAction *redoAction() const { return mRedo; }

private:
    QAction *mUndo;
    QAction *mRedo;
};

} // namespace wattelier::ui
