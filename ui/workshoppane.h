// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace wattelier::ui {

/*!
 * A page of the workshop window, or a panel inside one, that tells the user
 * what happened the one way every page does: a passing hint on the status
 * bar, or a refusal that stays on the page's message bar until dismissed
 * (WorkshopView connects both for every page).
 */
class WorkshopPane : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

signals:
    /*! A passing hint ("Reading added. Undo with Ctrl+Z."): the status bar. */
    void statusMessage(const QString &message);
    /*! Something was refused and nothing changed: shown on the page's message bar. */
    void problem(const QString &text);
};

} // namespace wattelier::ui
