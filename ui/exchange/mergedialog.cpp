// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergedialog.h"

#include "exchange/mergeplanmodel.h"
#include "inventory/household.h"
#include "screenfit.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace wattelier::ui {

using exchange::ChangeKind;

MergeDialog::MergeDialog(const exchange::MergePlan &plan, QWidget *parent)
    : QDialog(parent)
    , mModel(new exchange::MergePlanModel(this))
    , mTable(new QTableView(this))
{
    const QString who = pseudonymOf(plan.pseudonymCode, plan.kind);
    setWindowTitle(tr("Merge the file of %1").arg(who));
    mModel->setPlan(plan);

    auto *summary = new QLabel(this);
    summary->setWordWrap(true);
    summary->setText(
        tr("<b>%1</b> (%2)<br>%3 to add, %4 to change, %5 to remove, %6 unchanged.")
            .arg(who.toHtmlEscaped(), QDir::toNativeSeparators(plan.householdFile).toHtmlEscaped())
            .arg(plan.count(ChangeKind::Added))
            .arg(plan.count(ChangeKind::Changed))
            .arg(plan.count(ChangeKind::Removed))
            .arg(plan.unchanged));

    const int conflicts = plan.count(ChangeKind::Conflict);
    auto *conflictNote = new QLabel(this);
    conflictNote->setWordWrap(true);
    conflictNote->setVisible(conflicts > 0);
    conflictNote->setText(
        tr("%n value(s) changed both here and in the household's file since it was sent "
           "(orange rows). The workshop's value stays unless you tick the household's.",
           nullptr, conflicts));

    mTable->setModel(mModel);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->verticalHeader()->hide();
    mTable->horizontalHeader()->setStretchLastSection(true);
    mTable->setWordWrap(false);
    mTable->resizeColumnsToContents();
    mTable->setAccessibleName(tr("Changes to merge"));
    mTable->setWhatsThis(tr("Each line is one difference between the household's file and the "
                            "workshop. In an orange line both sides changed the same value: "
                            "press Space to take the household's value."));
    // Start on the first conflict, where a choice is needed.
    for (int row = 0; row < mModel->rowCount(); ++row) {
        if (mModel->index(row, 0).data(exchange::MergePlanModel::ConflictRole).toBool()) {
            mTable->setCurrentIndex(mModel->index(row, exchange::MergePlanModel::ActionColumn));
            break;
        }
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(conflictNote);
    layout->addWidget(mTable, 1);
    layout->addWidget(buttons);
    fitOnScreen(this, QSize(900, 480));
    mTable->setFocus();
}

const exchange::MergePlan &MergeDialog::plan() const
{
    return mModel->plan();
}

} // namespace wattelier::ui
