// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/householdmerge.h"

#include <QAbstractTableModel>

namespace wattelier::exchange {

/*!
 * The changes of a merge plan as a table, for the merge dialog: what, which
 * item, which field, the workshop's value and the household's, and what
 * merging does. A conflict's last cell is checkable: checked takes the
 * household's value, unchecked (the default) keeps the workshop's.
 */
class MergePlanModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RecordColumn,
        ItemColumn,
        FieldColumn,
        WorkshopColumn,
        HouseholdColumn,
        ActionColumn,
        ColumnCount
    };
    enum Role
    {
        ConflictRole = Qt::UserRole + 1, //!< bool: the row is a conflict
    };

    explicit MergePlanModel(QObject *parent = nullptr);

    void setPlan(const MergePlan &plan);
    const MergePlan &plan() const { return mPlan; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /*! A value as a person reads it: labels for keys, numbers in the locale, "—" for none. */
    static QString displayValue(const MergeChange &change, const QJsonValue &value);
    static QString recordLabel(RecordKind record);
    static QString fieldLabel(const QString &field);

private:
    QString actionText(const MergeChange &change) const;

    MergePlan mPlan;
};

} // namespace wattelier::exchange
