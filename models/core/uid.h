// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wattelier {

/*!
 * A new stable id for a record that travels between files (a household's
 * file and the workshop's): 32 lower-case hex digits, the same form as the
 * schema's migration writes with lower(hex(randomblob(16))).
 */
QString newUid();

/*! \a uid itself, or a new one when it is empty. */
QString uidOrNew(const QString &uid);

} // namespace wattelier
