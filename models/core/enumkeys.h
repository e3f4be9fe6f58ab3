// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"

#include <optional>

#include <QString>

/*!
 * Stable keys (file format, JSON) and translated labels (screen) of the
 * inventory enumerations. Keys never change once released; labels may.
 */
namespace wattelier {

QString key(Category value);
QString key(Priority value);
QString key(Flexibility value);
QString key(UsageMode value);

std::optional<Category> categoryFromKey(const QString &key);
std::optional<Priority> priorityFromKey(const QString &key);
std::optional<Flexibility> flexibilityFromKey(const QString &key);
std::optional<UsageMode> usageModeFromKey(const QString &key);

QString label(Category value);
QString label(Priority value);
QString label(Flexibility value);
QString label(UsageMode value);

} // namespace wattelier
