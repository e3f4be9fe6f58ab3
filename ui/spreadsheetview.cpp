// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheetview.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>

namespace wattelier::ui {

SpreadsheetView::SpreadsheetView(QWidget *parent)
    : QTableView(parent)
{
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    setTabKeyNavigation(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    horizontalHeader()->setHighlightSections(false);
}

QModelIndex SpreadsheetView::nextEditable(const QModelIndex &from, bool backwards) const
{
    if (!from.isValid() || !model())
        return {};
    const int rows = model()->rowCount();
    const int columns = model()->columnCount();
    int row = from.row();
    int visual = horizontalHeader()->visualIndex(from.column());
    for (int step = 0; step < rows * columns; ++step) {
        visual += backwards ? -1 : 1;
        if (visual >= columns) {
            visual = 0;
            ++row;
        } else if (visual < 0) {
            visual = columns - 1;
            --row;
        }
        if (row < 0 || row >= rows)
            return {};
        const int column = horizontalHeader()->logicalIndex(visual);
        const QModelIndex candidate = model()->index(row, column);
        if (!isColumnHidden(column) && !isRowHidden(row) &&
            (candidate.flags() & Qt::ItemIsEditable))
            return candidate;
    }
    return {};
}

void SpreadsheetView::editNextCell(const QModelIndex &from, bool backwards)
{
    const QModelIndex next = nextEditable(from, backwards);
    if (!next.isValid()) {
        setFocus(); // last cell: stay in the table, ready for Ctrl+N
        return;
    }
    setCurrentIndex(next);
    edit(next);
}

QList<QStringList> SpreadsheetView::clipboardRows()
{
    // Tab-separated rows, as spreadsheets put them on the clipboard.
    QList<QStringList> rows;
    const QString text = QGuiApplication::clipboard()->text();
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        QString trimmed = line;
        trimmed.remove(QLatin1Char('\r'));
        if (!trimmed.isEmpty())
            rows.append(trimmed.split(QLatin1Char('\t')));
    }
    return rows;
}

void SpreadsheetView::finishEditing()
{
    if (state() != QAbstractItemView::EditingState)
        return;
    if (QWidget *editor = indexWidget(currentIndex())) {
        commitData(editor);
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
    }
}

bool SpreadsheetView::edit(const QModelIndex &index, EditTrigger trigger, QEvent *event)
{
    const bool editing = QTableView::edit(index, trigger, event);
    if (editing) {
        if (QWidget *editor = indexWidget(index))
            editor->installEventFilter(this);
    }
    return editing;
}

bool SpreadsheetView::eventFilter(QObject *watched, QEvent *event)
{
    const bool key = event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress;
    if (key && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste)) {
        const QList<QStringList> rows = clipboardRows();
        const bool block = rows.size() > 1 || (rows.size() == 1 && rows.first().size() > 1);
        if (block) {
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept(); // the key comes to the editor, and so through here
                return true;
            }
            // The editor's text is dropped, as a spreadsheet does when a block lands on it.
            const QModelIndex at = currentIndex();
            if (auto *editor = qobject_cast<QWidget *>(watched))
                QTableView::closeEditor(editor, QAbstractItemDelegate::RevertModelCache);
            setFocus();
            emit pasteRequested(at, rows);
            return true;
        }
    }
    return QTableView::eventFilter(watched, event);
}

void SpreadsheetView::keyPressEvent(QKeyEvent *event)
{
    if (state() != QAbstractItemView::EditingState && currentIndex().isValid()) {
        if (event->matches(QKeySequence::Paste)) {
            const QList<QStringList> rows = clipboardRows();
            if (!rows.isEmpty())
                emit pasteRequested(currentIndex(), rows);
            event->accept();
            return;
        }
        if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            // The view's own list leaves out rows a filter hides: never cleared unseen.
            emit clearRequested(selectedIndexes());
            event->accept();
            return;
        }
    }
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && state() != QAbstractItemView::EditingState && currentIndex().isValid()) {
        // Enter on a cell starts editing it, as in a spreadsheet's F2.
        if (currentIndex().flags() & Qt::ItemIsEditable) {
            edit(currentIndex());
            event->accept();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void SpreadsheetView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    const QModelIndex from = currentIndex();
    if (hint == QAbstractItemDelegate::SubmitModelCache) {
        // Enter: commit and carry on to the next cell, like Tab.
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        editNextCell(from, false);
        return;
    }
    if (hint == QAbstractItemDelegate::EditNextItem ||
        hint == QAbstractItemDelegate::EditPreviousItem) {
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        editNextCell(from, hint == QAbstractItemDelegate::EditPreviousItem);
        return;
    }
    QTableView::closeEditor(editor, hint);
}

QModelIndex SpreadsheetView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    // Tab outside of an editor skips read-only cells too.
    if (cursorAction == MoveNext || cursorAction == MovePrevious) {
        const QModelIndex next = nextEditable(currentIndex(), cursorAction == MovePrevious);
        if (next.isValid())
            return next;
    }
    return QTableView::moveCursor(cursorAction, modifiers);
}

} // namespace wattelier::ui
