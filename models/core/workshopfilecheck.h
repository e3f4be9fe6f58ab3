// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workshoperror.h"

#include <QString>

namespace wattelier {

/*!
 * Inspects a file before Wattelier writes to it, through a read-only
 * connection: exists, readable, SQLite, Wattelier's application_id, a schema
 * version this build knows, an intact database, and writable. Returns the
 * first problem found, or an error of kind None.
 */
WorkshopError checkWorkshopFile(const QString &path);

} // namespace wattelier
