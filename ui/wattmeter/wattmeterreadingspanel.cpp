// SPDX-License-Identifier: GPL-3.0-or-later
#include "wattmeterreadingspanel.h"

#include "core/units.h"
#include "core/workshop.h"
#include "inventory/appliancestore.h"
#include "wattmeter/measuredconsumption.h"
#include "wattmeter/wattmeterreadingeditor.h"
#include "wattmeter/wattmeterreadingstore.h"
#include "wattmeter/wattmeterreadingtablemodel.h"
#include "wattmeterreadingdialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace wattelier::ui {

WattmeterReadingsPanel::WattmeterReadingsPanel(Workshop &workshop, QWidget *parent)
    : WorkshopPane(parent)
    , mWorkshop(workshop)
    , mModel(new WattmeterReadingTableModel(workshop, this))
    , mTable(new QTableView(this))
    , mHeading(new QLabel(this))
    , mSummary(new QLabel(this))
    , mAddAction(new QAction(QIcon::fromTheme(QStringLiteral("list-add")),
                             tr("Add &wattmeter reading…"), this))
    , mEditAction(new QAction(tr("Change reading…"), this))
    , mDeleteAction(
          new QAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Delete reading"), this))
{
    mTable->setModel(mModel);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->verticalHeader()->hide();
    mTable->horizontalHeader()->setStretchLastSection(true);
    mTable->setAlternatingRowColors(true);
    mTable->setAccessibleName(tr("Wattmeter readings"));
    mTable->setColumnWidth(WattmeterReadingTableModel::KindColumn, 170);
    mTable->setColumnWidth(WattmeterReadingTableModel::ValueColumn, 150);
    mHeading->setObjectName(QStringLiteral("panelHeading"));
    mHeading->setTextFormat(Qt::PlainText);
    // Long appliance or household names wrap rather than widen the window.
    mHeading->setWordWrap(true);
    mSummary->setWordWrap(true);

    mAddAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    mAddAction->setToolTip(tr("Note what the plug-in wattmeter showed (Ctrl+R)"));
    mDeleteAction->setShortcut(QKeySequence::Delete);
    mDeleteAction->setShortcutContext(Qt::WidgetShortcut);
    mTable->addAction(mDeleteAction);
    connect(mAddAction, &QAction::triggered, this, &WattmeterReadingsPanel::addReading);
    connect(mEditAction, &QAction::triggered, this, &WattmeterReadingsPanel::editReading);
    connect(mDeleteAction, &QAction::triggered, this, &WattmeterReadingsPanel::deleteReadings);
    connect(mTable, &QTableView::activated, this, &WattmeterReadingsPanel::editReading);
    connect(mModel, &QAbstractItemModel::modelReset, this, &WattmeterReadingsPanel::refresh);
    connect(mTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WattmeterReadingsPanel::refresh);
    connect(&workshop.appliances(), &ApplianceStore::changed, this, [this](qint64, qint64 id) {
        if (id == mModel->applianceId())
            refresh();
    });
    connect(&workshop.appliances(), &ApplianceStore::reset, this, [this] { refresh(); });

    // The buttons under the heading, not beside it: side by side they made the
    // inventory 1074 px wide in French, too wide for a 1024 projector (#20).
    auto *buttons = new QHBoxLayout;
    for (QAction *action : {mAddAction, mDeleteAction}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mHeading);
    layout->addLayout(buttons);
    layout->addWidget(mSummary);
    layout->addWidget(mTable, 1);
    refresh();
}

void WattmeterReadingsPanel::setAppliance(qint64 applianceId)
{
    mModel->setApplianceId(applianceId);
}

void WattmeterReadingsPanel::refresh()
{
    const auto appliance = mWorkshop.appliances().get(mModel->applianceId());
    mAddAction->setEnabled(appliance.has_value());
    const bool selected = mTable->selectionModel()->hasSelection();
    mEditAction->setEnabled(selected);
    mDeleteAction->setEnabled(selected);
    if (!appliance) {
        mHeading->setText(tr("Wattmeter readings"));
        mSummary->setText(tr("Choose an appliance in the table to see or add its readings."));
        return;
    }
    mHeading->setText(tr("Wattmeter readings of “%1”").arg(appliance->name));
    const ApplianceConsumption c = applianceConsumption(*appliance, mModel->readings());
    if (c.measuredKwhPerYear) {
        mSummary->setText(tr("Estimated %1 · from the readings %2 (%3)")
                              .arg(units::kwhPerYear(c.estimatedKwhPerYear),
                                   units::kwhPerYear(*c.measuredKwhPerYear),
                                   label(c.source).toLower()));
    } else if (!mModel->readings().isEmpty()) {
        mSummary->setText(tr("Estimated %1 · these readings do not fit how the appliance is "
                             "counted (hours or cycles)")
                              .arg(units::kwhPerYear(c.estimatedKwhPerYear)));
    } else {
        mSummary->setText(tr("Estimated %1 · no reading yet (Ctrl+R to add one)")
                              .arg(units::kwhPerYear(c.estimatedKwhPerYear)));
    }
}

void WattmeterReadingsPanel::addReading()
{
    const auto appliance = mWorkshop.appliances().get(mModel->applianceId());
    if (!appliance)
        return;
    WattmeterReading blank;
    blank.applianceId = appliance->id;
    WattmeterReadingDialog dialog(mWorkshop, *appliance, blank, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto added = WattmeterReadingEditor(mWorkshop).addReading(dialog.reading());
    if (!added)
        emit problem(added.error());
    else
        emit statusMessage(tr("Reading added. Undo with Ctrl+Z."));
}

void WattmeterReadingsPanel::editReading()
{
    const QModelIndex current = mTable->currentIndex();
    const auto appliance = mWorkshop.appliances().get(mModel->applianceId());
    if (!current.isValid() || !appliance)
        return;
    const auto reading = mWorkshop.wattmeterReadings().get(
        current.data(WattmeterReadingTableModel::ReadingIdRole).toLongLong());
    if (!reading)
        return;
    WattmeterReadingDialog dialog(mWorkshop, *appliance, *reading, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString error = WattmeterReadingEditor(mWorkshop).editReading(dialog.reading());
    if (!error.isEmpty())
        emit problem(error);
}

void WattmeterReadingsPanel::deleteReadings()
{
    QList<qint64> ids;
    for (const QModelIndex &row : mTable->selectionModel()->selectedRows())
        ids.append(row.data(WattmeterReadingTableModel::ReadingIdRole).toLongLong());
    if (!ids.isEmpty() && WattmeterReadingEditor(mWorkshop).removeReadings(ids))
        emit statusMessage(
            tr("Deleted %n reading(s). Undo with Ctrl+Z.", nullptr, int(ids.size())));
}

} // namespace wattelier::ui
