// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace wattelier::ui {

/*! Filters the appliance table by priority, category and text; sorts on raw values. */
class ApplianceFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ApplianceFilterProxy(QObject *parent = nullptr);

    /*! Stable keys; empty means "all". */
    void setPriorityKey(const QString &key);
    void setCategoryKey(const QString &key);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString mPriorityKey;
    QString mCategoryKey;
    QString mText;
};

} // namespace wattelier::ui
