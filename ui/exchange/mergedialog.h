// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/householdmerge.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace wattelier::exchange {
class MergePlanModel;
}

namespace wattelier::ui {

/*!
 * Shows what merging a household's file will add, change and remove, and
 * lets the facilitator choose, conflict by conflict, which value stays.
 * Nothing is written until Merge is pressed.
 */
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    MergeDialog(const exchange::MergePlan &plan, QWidget *parent = nullptr);

    /*! The plan with the facilitator's choices. */
    const exchange::MergePlan &plan() const;
    QTableView *table() const { return mTable; }

private:
    exchange::MergePlanModel *mModel;
    QTableView *mTable;
};

} // namespace wattelier::ui
