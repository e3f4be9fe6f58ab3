// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QVariant>

namespace wattelier {

/*!
 * The title of column \a section from \a titles, given in the order of the
 * table model's Column enum, one per column (\a columnCount, checked in debug
 * builds so that a new column cannot shift every title after it).
 */
inline QVariant columnTitle(const QStringList &titles, int columnCount, int section)
{
    Q_ASSERT(titles.size() == columnCount);
    if (section < 0 || section >= titles.size())
        return {};
    return titles.at(section);
}

} // namespace wattelier
