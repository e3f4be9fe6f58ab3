// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"

#include <optional>

#include <QString>
#include <QStringList>

namespace wattelier {

/*!
 * The words of \a text, lower case, without accents or punctuation:
 * "Catégorie (W)" gives {"categorie", "w"}. Column names and cell words are
 * compared in this form.
 */
QStringList foldedWords(const QString &text);

/*!
 * A category, priority or flexibility as a spreadsheet may write it: the
 * stable key ("it_screens"), the label in English, French or Dutch, or a
 * common word ("indispensable", "onmisbaar", "utile", "nuttig", "confort",
 * "comfort", "frigo"…), ignoring case and accents. nullopt when not recognised.
 */
std::optional<Category> categoryFromWord(const QString &text);
std::optional<Priority> priorityFromWord(const QString &text);
std::optional<Flexibility> flexibilityFromWord(const QString &text);

} // namespace wattelier
