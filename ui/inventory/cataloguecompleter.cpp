// SPDX-License-Identifier: GPL-3.0-or-later
#include "cataloguecompleter.h"

#include "core/units.h"
#include "inventory/catalogue.h"
#include "inventory/estimate.h"

#include <QAbstractItemView>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QStyle>

namespace wattelier::ui {
namespace {
constexpr int keyRole = Qt::UserRole + 1;
constexpr int nameRole = Qt::UserRole + 2; // QStandardItem merges Display and Edit roles
constexpr int maxSuggestions = 12;
} // namespace

CatalogueCompleter::CatalogueCompleter(QLineEdit *lineEdit)
    : QCompleter(lineEdit)
    , mSuggestions(new QStandardItemModel(this))
{
    setModel(mSuggestions);
    // The list is already filtered by Catalogue::search, which also matches
    // aliases and ignores accents; QCompleter must show it as it is.
    setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setCaseSensitivity(Qt::CaseInsensitive);
    setWidget(lineEdit);
    connect(lineEdit, &QLineEdit::textEdited, this, &CatalogueCompleter::updateSuggestions);
    connect(this, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this, lineEdit](const QModelIndex &index) {
                mChosenKey = index.data(keyRole).toString();
                lineEdit->setText(index.data(nameRole).toString());
                emit entryChosen(mChosenKey);
            });
}

void CatalogueCompleter::updateSuggestions(const QString &text)
{
    mChosenKey.clear();
    mSuggestions->clear();
    const QString language = currentLanguageCode();
    const auto matches = Catalogue::builtIn().search(text);
    for (const CatalogueEntry *entry : matches.mid(0, maxSuggestions)) {
        const QString name = entry->name(language);
        auto *item = new QStandardItem(
            tr("%1 — about %2")
                .arg(name, units::kwhPerYear(estimatedKwhPerYear(entry->toAppliance(language)))));
        item->setData(name, nameRole);
        item->setData(entry->key, keyRole);
        item->setToolTip(entry->sourcePublisher + QStringLiteral(": ") + entry->sourceTitle);
        mSuggestions->appendRow(item);
    }
    if (!matches.isEmpty()) {
        complete();
        // Wide enough for the longest suggestion, kWh included (#20).
        QAbstractItemView *list = popup();
        const int needed = list->sizeHintForColumn(0) + 2 * list->frameWidth() +
                           list->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8;
        list->setMinimumWidth(needed);
    } else
        popup()->hide();
}

} // namespace wattelier::ui
