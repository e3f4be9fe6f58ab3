// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers for the "My household" GUI tests: PIN dialogs answered from a timer,
// typing in grid cells, and every text a window shows.

#include "exchange/pindialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTabBar>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <functional>

namespace wattelier::test {

/*!
 * Runs \a handle on the next PinDialog that becomes modal (exec() blocks the
 * test otherwise). Each dialog is handled once, so handlers can be chained.
 */
inline void whenPinDialog(std::function<void(ui::PinDialog *)> handle)
{
    QTimer::singleShot(0, [handle] {
        const auto next = [] {
            auto *dialog = qobject_cast<ui::PinDialog *>(QApplication::activeModalWidget());
            return dialog && !dialog->property("handled").toBool() ? dialog : nullptr;
        };
        QTRY_VERIFY(next() != nullptr);
        ui::PinDialog *dialog = next();
        dialog->setProperty("handled", true);
        handle(dialog);
    });
}

/*! Types \a pin in the dialog's field and presses Enter, as a facilitator would. */
inline void typePin(ui::PinDialog *dialog, const QString &pin, QLineEdit *field = nullptr)
{
    field = field ? field : dialog->pinField();
    field->setFocus();
    QTest::keyClicks(field, pin);
    QTest::keyClick(field, Qt::Key_Return);
}

/*! Types in a grid cell as a person does: the first key opens the editor, which takes the rest. */
inline void typeInCell(QTableWidget *grid, const QString &text)
{
    QTest::keyClicks(grid, text.left(1));
    QTest::keyClicks(QApplication::focusWidget(), text.mid(1));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits the typed value queued
}

/*! Every text a widget tree shows or tells assistive technology, item views' data included. */
inline QStringList shownTexts(QWidget *root)
{
    QStringList texts{root->windowTitle()};
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        texts << w->toolTip() << w->accessibleName() << w->accessibleDescription();
        if (auto *label = qobject_cast<QLabel *>(w))
            texts << label->text();
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts << button->text();
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            texts << edit->text() << edit->placeholderText();
        if (auto *box = qobject_cast<QGroupBox *>(w))
            texts << box->title();
        if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i) << tabs->tabToolTip(i);
        }
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int c = 0; c < model->columnCount(); ++c)
                texts << model->headerData(c, Qt::Horizontal).toString();
            for (int r = 0; r < model->rowCount(); ++r) {
                texts << model->headerData(r, Qt::Vertical).toString();
                for (int c = 0; c < model->columnCount(); ++c) {
                    const QModelIndex index = model->index(r, c);
                    texts << index.data(Qt::DisplayRole).toString()
                          << index.data(Qt::ToolTipRole).toString()
                          << index.data(Qt::AccessibleTextRole).toString();
                }
            }
        }
    }
    texts.removeAll(QString());
    return texts;
}

/*! A word of a real name worth searching for: first names and surnames, not "Famille". */
inline QStringList nameWords(const QString &name)
{
    QStringList words;
    for (const QString &word :
         name.split(QRegularExpression(QStringLiteral("[\\s&]+")), Qt::SkipEmptyParts)) {
        if (word.size() >= 4 && word != QLatin1String("Famille"))
            words.append(word);
    }
    return words;
}

/*! "widget “text” needs N px, has M px" for each label, button or tab whose text is cut. */
inline QStringList cutTexts(QWidget *root)
{
    QStringList problems;
    const auto check = [&](QWidget *w, const QString &text, int needed, int has) {
        if (needed > has)
            problems.append(QStringLiteral("%1 “%2” needs %3 px, has %4 px")
                                .arg(QLatin1String(w->metaObject()->className()), text.left(50))
                                .arg(needed)
                                .arg(has));
    };
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(root) || label->wordWrap() || label->text().isEmpty())
            continue;
        check(label, label->text(), label->minimumSizeHint().width(), label->width());
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(root) && !button->text().isEmpty())
            check(button, button->text(), button->sizeHint().width(), button->width());
    }
    for (QTabBar *bar : root->findChildren<QTabBar *>()) {
        for (int i = 0; bar->isVisibleTo(root) && i < bar->count(); ++i)
            check(bar, bar->tabText(i), bar->fontMetrics().horizontalAdvance(bar->tabText(i)),
                  bar->tabRect(i).width());
    }
    return problems;
}

/*! The visible controls that assistive technology cannot name. */
inline QStringList unnamedControls(QWidget *root)
{
    QStringList problems;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
                             qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w) ||
                             qobject_cast<QAbstractItemView *>(w);
        // Qt's own parts of composite widgets are named through their owner.
        if (!control || !w->isVisibleTo(root) || !w->focusPolicy() ||
            qobject_cast<QComboBox *>(w->parentWidget()) ||
            qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(w);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            problems.append(QStringLiteral("%1 %2 has no accessible name")
                                .arg(QLatin1String(w->metaObject()->className()), w->objectName()));
    }
    return problems;
}

} // namespace wattelier::test
