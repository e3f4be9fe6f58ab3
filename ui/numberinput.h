// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>

namespace wattelier::ui {

/*!
 * Reads a number typed in the interface's locale ("0,5" in French), also
 * accepting a dot, which people type on a numeric keypad whatever the language.
 */
std::optional<double> parseLocaleNumber(const QString &text);

} // namespace wattelier::ui
