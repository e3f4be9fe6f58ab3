#pragma once

#include <QTableView>

namespace wattelier::ui {

/*!
 * A table that types like a spreadsheet: typing starts editing, Tab and Enter
 * commit and move to the next editable cell (Shift goes back), wrapping to the
 * next row.
 */
class ApplianceTableView : public QTableView
{
    Q_OBJECT

public:
    explicit ApplianceTableView(QWidget *parent = nullptr);

    /*! Moves to the next (or previous) editable cell from \a from and starts editing it. */
    void editNextCell(const QModelIndex &from, bool backwards);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;

private:
    QModelIndex nextEditable(const QModelIndex &from, bool backwards) const;
};

} // namespace wattelier::ui
