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

    /*! Moves to the next (or previous) editable cell from \a from and starts editing it. */
    void editNextCell(const QModelIndex &from, bool backwards);

signals:
    /*! Ctrl+V outside an editor: the clipboard's tab-separated \a rows, to paste from \a topLeft.
     */
    void pasteRequested(const QModelIndex &topLeft, const QList<QStringList> &rows);
    /*! Delete outside an editor (when no action takes the key first). */
    void clearRequested(const QModelIndexList &indexes);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;

private:
    QModelIndex nextEditable(const QModelIndex &from, bool backwards) const;
};

} // namespace wattelier::ui
