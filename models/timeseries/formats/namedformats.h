// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/seriesformat.h"

namespace wattelier {

/*! The formats with a name and a recogniser (DSO, inverters, monitors). */
std::vector<std::unique_ptr<SeriesFormat>> namedFormats();

} // namespace wattelier
