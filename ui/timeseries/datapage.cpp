// SPDX-License-Identifier: GPL-3.0-or-later
#include "datapage.h"

#include "core/workshop.h"
#include "importdialog.h"
#include "inventory/household.h"
#include "inventory/householdstore.h"
#include "timeseries/seriescommands.h"
#include "timeseries/seriescsv.h"
#include "timeseries/seriesstore.h"
#include "timeseries/seriestablemodel.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace wattelier::ui {

DataPage::DataPage(Workshop &workshop, QWidget *parent)
    : WorkshopPane(parent)
    , mWorkshop(workshop)
    , mModel(new SeriesTableModel(workshop, this))
    , mTable(new QTableView(this))
    , mImport(new QAction(tr("&Import data…"), this))
    , mExport(new QAction(tr("&Export as CSV…"), this))
    , mRename(new QAction(tr("&Rename"), this))
    , mReassign(new QAction(tr("&Belongs to…"), this))
    , mKind(new QAction(tr("&Measures…"), this))
    , mDelete(new QAction(tr("&Delete series"), this))
{
    setAcceptDrops(true);
    // Ctrl+I belongs to File ▸ Import data, which opens this page's dialog.
    mImport->setToolTip(tr("Import a smart-meter, inverter or monitor export (Ctrl+I)"));
    mRename->setShortcut(QKeySequence(Qt::Key_F2));
    mDelete->setShortcut(QKeySequence::Delete);
    for (QAction *a : {mRename, mDelete})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    mTable->setModel(mModel);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mTable->horizontalHeader()->setStretchLastSection(true);
    mTable->verticalHeader()->hide();
    mTable->setAccessibleName(tr("Time series of the workshop"));
    mTable->addActions({mRename, mDelete});

    auto *tools = new QToolBar(this);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addActions({mImport, mExport, mRename, mReassign, mKind, mDelete});
    mKind->setToolTip(tr("What the series measures: a clamp on the main supply measures the "
                         "offtake from the grid, not the home's consumption"));

    auto *hint = new QLabel(
        tr("Measured curves of the group: smart-meter quarter hours, PV production, Flukso "
           "minutes. Drop a file on this page to import it."),
        this);
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(tools);
    layout->addWidget(mTable, 1);

    connect(mImport, &QAction::triggered, this, [this] { importFile(); });
    connect(mExport, &QAction::triggered, this, &DataPage::exportCurrent);
    connect(mRename, &QAction::triggered, this, [this] {
        const QModelIndex current = mTable->currentIndex();
        if (current.isValid())
            mTable->edit(mModel->index(current.row(), SeriesTableModel::NameColumn));
    });
    connect(mReassign, &QAction::triggered, this, &DataPage::reassignCurrent);
    connect(mKind, &QAction::triggered, this, &DataPage::chooseKindOfCurrent);
    connect(mDelete, &QAction::triggered, this, &DataPage::deleteCurrent);
    connect(mModel, &QAbstractItemModel::modelReset, this, &DataPage::updateActions);
    connect(mTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DataPage::updateActions);
    updateActions();
}

qint64 DataPage::currentSeriesId() const
{
    const QModelIndex current = mTable->currentIndex();
    return current.isValid() ? mModel->seriesIdAt(current.row()) : 0;
}

void DataPage::updateActions()
{
    const bool any = currentSeriesId() != 0;
    for (QAction *a : {mExport, mRename, mReassign, mKind, mDelete})
        a->setEnabled(any);
}

void DataPage::importFile(const QString &path)
{
    ImportDialog dialog(mWorkshop, this);
    if (!path.isEmpty())
        dialog.setFile(path);
    if (dialog.exec() == QDialog::Accepted) {
        emit statusMessage(tr("%n series imported", nullptr, int(dialog.result().series.size())));
        const int row = mModel->rowCount() - 1;
        if (row >= 0)
            mTable->selectRow(row);
    }
}

void DataPage::exportCurrent()
{
    const auto info = mWorkshop.series().get(currentSeriesId());
    if (!info)
        return;
    const QStringList choices = {tr("Brussels local time (with its UTC offset)"), tr("UTC")};
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("Export as CSV"),
                                                 tr("Write the times in:"), choices, 0, false, &ok);
    if (!ok)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export as CSV"), info->name + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const bool local = choice == choices.first();
    if (!file.open(QIODevice::WriteOnly) ||
        !writeSeriesCsv(mWorkshop.series().load(info->id), info->kind, local, file) ||
        !file.commit()) {
        QMessageBox::warning(this, tr("Export as CSV"),
                             tr("“%1” could not be written: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    emit written(tr("“%1” written.").arg(QDir::toNativeSeparators(path)), path);
}

void DataPage::reassignCurrent()
{
    const qint64 id = currentSeriesId();
    const auto info = mWorkshop.series().get(id);
    if (!info)
        return;
    QStringList names{tr("The group")};
    QList<qint64> ids{0};
    int current = 0;
    for (const Household &h : mWorkshop.households().all()) {
        if (h.id == info->householdId)
            current = int(ids.size());
        names.append(pseudonym(h));
        ids.append(h.id);
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Belongs to"), tr("“%1” belongs to:").arg(info->name), names, current, false, &ok);
    if (!ok)
        return;
    const qint64 owner = ids.at(names.indexOf(chosen));
    if (owner != info->householdId)
        mWorkshop.push(new SetSeriesOwnerCommand(mWorkshop, id, owner));
}

void DataPage::chooseKindOfCurrent()
{
    const auto info = mWorkshop.series().get(currentSeriesId());
    if (!info)
        return;
    const QList<SeriesKind> kinds{SeriesKind::Production, SeriesKind::Consumption,
                                  SeriesKind::Offtake, SeriesKind::Injection, SeriesKind::Other};
    QStringList names;
    for (SeriesKind kind : kinds)
        names.append(label(kind));
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("What it measures"), tr("“%1” measures:").arg(info->name),
                              names, int(kinds.indexOf(info->kind)), false, &ok);
    if (ok)
        setCurrentKind(kinds.at(names.indexOf(chosen)));
}

void DataPage::setCurrentKind(SeriesKind kind)
{
    const auto info = mWorkshop.series().get(currentSeriesId());
    if (info && info->kind != kind)
        mWorkshop.push(new SetSeriesKindCommand(mWorkshop, info->id, kind)); // Undo brings it back
}

void DataPage::deleteCurrent()
{
    const qint64 id = currentSeriesId();
    if (id != 0)
        mWorkshop.push(new RemoveSeriesCommand(mWorkshop, id)); // Undo brings it back
}

void DataPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void DataPage::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        importFile(urls.first().toLocalFile());
    }
}

} // namespace wattelier::ui
