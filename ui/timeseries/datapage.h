// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/series.h"

#include "workshoppane.h"

class QAction;
class QTableView;

namespace wattelier {
class SeriesTableModel;
class Workshop;
} // namespace wattelier

namespace wattelier::ui {

/*!
 * The "Data" page: the workshop's time series with their period, interval,
 * totals and gaps; import (button, menu or a file dropped on the page),
 * export to CSV, rename, reassign to a household or the group, delete. Every
 * change is undoable.
 */
class DataPage : public WorkshopPane
{
    Q_OBJECT

public:
    explicit DataPage(Workshop &workshop, QWidget *parent = nullptr);

    QAction *importAction() const { return mImport; }
    QAction *exportAction() const { return mExport; }
    QAction *renameAction() const { return mRename; }
    QAction *reassignAction() const { return mReassign; }
    /*! Data ▸ What it measures…: production, consumption, offtake, injection or other (#18). */
    QAction *kindAction() const { return mKind; }
    /*! Sets the current series' kind, as the action does once the user chose (undoable). */
    void setCurrentKind(SeriesKind kind);
    QAction *deleteAction() const { return mDelete; }
    QTableView *table() const { return mTable; }
    SeriesTableModel *model() const { return mModel; }

    /*! Opens the import dialog, on \a path when given. */
    void importFile(const QString &path = QString());

signals:
    /*! A file was written at \a path. */
    void written(const QString &text, const QString &path);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    qint64 currentSeriesId() const;
    void updateActions();
    void exportCurrent();
    void reassignCurrent();
    void chooseKindOfCurrent();
    void deleteCurrent();

    Workshop &mWorkshop;
    SeriesTableModel *mModel;
    QTableView *mTable;
    QAction *mImport;
    QAction *mExport;
    QAction *mRename;
    QAction *mReassign;
    QAction *mKind;
    QAction *mDelete;
};

} // namespace wattelier::ui
