// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace wattelier::ui {

/*!
 * Editors for the appliance table: combo boxes for the enumerations, a
 * locale-aware number field (decimal comma in French), and the name field
 * with catalogue suggestions.
 */
class ApplianceItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

signals:
    /*! The user picked a catalogue entry in the name field of the appliance \a applianceId. */
    void catalogueEntryChosen(qint64 applianceId, const QString &key) const;
    /*! A number could not be read; \a message says why. */
    void inputRejected(const QString &message) const;
};

} // namespace wattelier::ui
