// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCompleter>

class QLineEdit;
class QStandardItemModel;

namespace wattelier::ui {

/*!
 * Offers catalogue appliances while the user types in a line edit, matching
 * names in every language and common words ("frigo", "koelkast", "fridge").
 */
class CatalogueCompleter : public QCompleter
{
    Q_OBJECT

public:
    explicit CatalogueCompleter(QLineEdit *lineEdit);

    /*! The key of the entry last chosen in the popup, or empty. */
    QString chosenKey() const { return mChosenKey; }

signals:
    void entryChosen(const QString &key);

private:
    void updateSuggestions(const QString &text);

    QStandardItemModel *mSuggestions;
    QString mChosenKey;
};

} // namespace wattelier::ui
