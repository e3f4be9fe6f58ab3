// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workshoperror.h"

#include <QString>

namespace wattelier {

class Catalogue;

/*!
 * Writes the demo workshop to a new file: a fictional cohousing group of 18
 * households ("Les Tilleuls") with plausible inventories built from the
 * catalogue. The result is the same on every run (fixed random seed), and the
 * file says it is example data. Names are in the current interface language.
 */
bool writeDemoWorkshop(const QString &path, const Catalogue &catalogue, WorkshopError *error);

} // namespace wattelier
