// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshopundoactions.h"

#include "core/workshop.h"

#include <QAction>
#include <QUndoGroup>

namespace wattelier::ui {

WorkshopUndoActions::WorkshopUndoActions(QUndoGroup *group,
                                         std::function<Workshop *()> currentWorkshop,
                                         QObject *parent)
    : QObject(parent)
    , mUndo(new QAction(tr("&Undo"), this))
    , mRedo(new QAction(tr("&Redo"), this))
{
    mUndo->setShortcut(QKeySequence::Undo);
    mRedo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    mUndo->setEnabled(false);
    mRedo->setEnabled(false);
    connect(mUndo, &QAction::triggered, this, [currentWorkshop] {
        if (Workshop *workshop = currentWorkshop())
            workshop->undo();
    });
    connect(mRedo, &QAction::triggered, this, [currentWorkshop] {
        if (Workshop *workshop = currentWorkshop())
            workshop->redo();
    });
    connect(group, &QUndoGroup::canUndoChanged, mUndo, &QAction::setEnabled);
    connect(group, &QUndoGroup::canRedoChanged, mRedo, &QAction::setEnabled);
    connect(group, &QUndoGroup::undoTextChanged, this, [this](const QString &text) {
        mUndo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    connect(group, &QUndoGroup::redoTextChanged, this, [this](const QString &text) {
        mRedo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
}

} // namespace wattelier::ui
