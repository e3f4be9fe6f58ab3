// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "presentation/slidecontent.h"

namespace wattelier {

/*!
 * The peaks slide: the group's peak, how much the households peak together,
 * what was sent back, and the monthly peaks as bars with the cabin's threshold
 * as their mark. Group figures only, whether names are shown or not.
 */
SlideContent peaksSlide(const Workshop &workshop, const Slide &slide);

} // namespace wattelier
