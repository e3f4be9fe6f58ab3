#include "appliancetableview.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace wattelier::ui {

ApplianceTableView::ApplianceTableView(QWidget *parent)
    : QTableView(parent)
{
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setTabKeyNavigation(true);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
}

QModelIndex ApplianceTableView::nextEditable(const QModelIndex &from, bool backwards) const
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
        if (!isColumnHidden(column) && (candidate.flags() & Qt::ItemIsEditable))
            return candidate;
    }
    return {};
}

void ApplianceTableView::editNextCell(const QModelIndex &from, bool backwards)
{
    const QModelIndex next = nextEditable(from, backwards);
    if (!next.isValid()) {
        setFocus(); // last cell: stay in the table, ready for Ctrl+N
        return;
    }
    setCurrentIndex(next);
    edit(next);
}

void ApplianceTableView::keyPressEvent(QKeyEvent *event)
{
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

void ApplianceTableView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
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

QModelIndex ApplianceTableView::moveCursor(CursorAction cursorAction,
                                           Qt::KeyboardModifiers modifiers)
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
