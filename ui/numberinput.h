// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>

class QWidget;

namespace wattelier::ui {

/*!
 * Reads a number typed in the interface's locale ("0,5" in French), also
 * accepting a dot, which people type on a numeric keypad whatever the
 * language, and thousands separators (readTypedNumber()). A text that reads
 * two ways ("12.300") is asked about when \a askParent is given, else refused.
 */
std::optional<double> parseLocaleNumber(const QString &text,
                                        const QWidget *askParent = nullptr);

/*!
 * Asks whether \a text meant \a thousands or \a decimal; nullopt when the
 * person cancels. \a more: how many other values read the same two ways.
 */
std::optional<double> askWhichNumber(QWidget *parent, const QString &text, double thousands,
                                     double decimal, int more = 0);

} // namespace wattelier::ui
