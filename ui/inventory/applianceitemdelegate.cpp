// SPDX-License-Identifier: GPL-3.0-or-later
#include "applianceitemdelegate.h"

#include "cataloguecompleter.h"
#include "core/domain.h"
#include "core/enumkeys.h"
#include "core/typednumber.h"
#include "inventory/appliancetablemodel.h"
#include "numberinput.h"

#include <QComboBox>
#include <QLineEdit>
#include <QLocale>

namespace wattelier::ui {
namespace {

template <typename Enum> void fillCombo(QComboBox *combo, const QList<Enum> &values)
{
    for (const Enum value : values)
        combo->addItem(label(value), key(value));
}

} // namespace

QWidget *ApplianceItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                             const QModelIndex &index) const
{
    const QString kind = index.data(ApplianceTableModel::FieldKindRole).toString();
    if (kind == QLatin1String("category") || kind == QLatin1String("priority") ||
        kind == QLatin1String("flexibility") || kind == QLatin1String("usage")) {
        auto *combo = new QComboBox(parent);
        if (kind == QLatin1String("category"))
            fillCombo(combo, allCategories());
        else if (kind == QLatin1String("priority"))
            fillCombo(combo, allPriorities());
        else if (kind == QLatin1String("flexibility"))
            fillCombo(combo, allFlexibilities());
        else
            fillCombo(combo, allUsageModes());
        return combo;
    }
    if (index.column() == ApplianceTableModel::NameColumn) {
        auto *edit = new QLineEdit(parent);
        edit->setFrame(false);
        auto *completer = new CatalogueCompleter(edit);
        const qint64 applianceId = index.data(ApplianceTableModel::ApplianceIdRole).toLongLong();
        connect(completer, &CatalogueCompleter::entryChosen, this,
                [this, applianceId, edit](const QString &key) {
                    edit->setProperty("catalogueKey", key);
                    emit catalogueEntryChosen(applianceId, key);
                });
        return edit;
    }
    if (kind == QLatin1String("number")) {
        auto *edit = new QLineEdit(parent);
        edit->setFrame(false);
        edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return edit;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void ApplianceItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole))));
        return;
    }
    const QString kind = index.data(ApplianceTableModel::FieldKindRole).toString();
    if (auto *edit = qobject_cast<QLineEdit *>(editor); edit && kind == QLatin1String("number")) {
        const QVariant value = index.data(Qt::EditRole);
        edit->setText(value.isNull() ? QString() : QLocale().toString(value.toDouble(), 'g', 12));
        edit->selectAll();
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        edit->selectAll(); // typing replaces, as in a spreadsheet
}

void ApplianceItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                         const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    auto *edit = qobject_cast<QLineEdit *>(editor);
    // The catalogue entry already set the name and typical values in one step.
    if (edit && !edit->property("catalogueKey").toString().isEmpty())
        return;
    const QString kind = index.data(ApplianceTableModel::FieldKindRole).toString();
    if (edit && kind == QLatin1String("number")) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty() && index.column() == ApplianceTableModel::StandbyColumn) {
            model->setData(index, QVariant(), Qt::EditRole);
            return;
        }
        const TypedNumber typed = readTypedNumber(text);
        if (typed.status == TypedNumber::Status::Ambiguous) {
            // No question in the middle of typing: say how to write it unambiguously.
            const QLocale locale;
            emit inputRejected(
                tr("“%1” can be read as %2 or as %3: type the one you mean.")
                    .arg(text, locale.toString(typed.value, 'f', QLocale::FloatingPointShortest),
                         locale.toString(typed.decimalValue, 'f', QLocale::FloatingPointShortest)));
            return;
        }
        const auto number = parseLocaleNumber(text);
        if (!number) {
            emit inputRejected(tr("“%1” is not a number.").arg(text));
            return;
        }
        model->setData(index, *number, Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace wattelier::ui
