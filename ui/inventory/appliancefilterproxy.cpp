// SPDX-License-Identifier: GPL-3.0-or-later
#include "appliancefilterproxy.h"

#include "inventory/appliancetablemodel.h"
#include "inventory/catalogue.h"

namespace wattelier::ui {

ApplianceFilterProxy::ApplianceFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ApplianceTableModel::SortRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ApplianceFilterProxy::setPriorityKey(const QString &key)
{
    mPriorityKey = key;
    invalidateFilter();
}

void ApplianceFilterProxy::setCategoryKey(const QString &key)
{
    mCategoryKey = key;
    invalidateFilter();
}

void ApplianceFilterProxy::setText(const QString &text)
{
    mText = foldForSearch(text.trimmed());
    invalidateFilter();
}

bool ApplianceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!mPriorityKey.isEmpty() &&
        index.data(ApplianceTableModel::PriorityKeyRole).toString() != mPriorityKey)
        return false;
    if (!mCategoryKey.isEmpty() &&
        index.data(ApplianceTableModel::CategoryKeyRole).toString() != mCategoryKey)
        return false;
    if (!mText.isEmpty()) {
        const QString name = foldForSearch(index.data(Qt::DisplayRole).toString());
        const QString notes = foldForSearch(
            sourceModel()->index(sourceRow, ApplianceTableModel::NotesColumn).data().toString());
        if (!name.contains(mText) && !notes.contains(mText))
            return false;
    }
    return true;
}

} // namespace wattelier::ui
