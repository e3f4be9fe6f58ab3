// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace wattelier::ui {

/*!
 * A table that types like a spreadsheet (the appliance inventory, the meter
 * reading grid): typing starts editing, Tab and Enter
 * commit and move to the next editable cell (Shift goes back), wrapping to the
 * next row.
 */
class SpreadsheetView : public QTableView
{
    Q_OBJECT

public:
    explicit SpreadsheetView(QWidget *parent = nullptr);
    using QTableView::edit;

    /*!
     * Writes the cell being edited, if any, and closes its editor. Pages call
     * it as they close, while they can still hear the model's answer.
     */
    void finishEditing();

    /*! Moves to the next (or previous) editable cell from \a from and starts editing it. */
    void editNextCell(const QModelIndex &from, bool backwards);

signals:
    /*!
     * Ctrl+V with a cell current: the clipboard's tab-separated \a rows, to
     * paste from \a topLeft. A block (several cells on the clipboard) is pasted
     * this way even into an open editor, so clicking a cell first or reaching it
     * with the keyboard pastes alike (#20); a single value goes into the editor.
     */
    void pasteRequested(const QModelIndex &topLeft, const QList<QStringList> &rows);
    /*! Delete outside an editor (when no action takes the key first). */
    void clearRequested(const QModelIndexList &indexes);

protected:
    bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;

private:
    /*! The clipboard as rows of cells; empty when it holds nothing. */
    static QList<QStringList> clipboardRows();
    QModelIndex nextEditable(const QModelIndex &from, bool backwards) const;
};

} // namespace wattelier::ui
