// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "presentation/slidecontent.h"

namespace wattelier {

struct Tariff;

/*!
 * The sharing slide (#22): the workshop's keys side by side on the curves'
 * year, each one's median € gain per member with its 10th to 90th
 * percentiles (what the group shares when it has fewer than five members),
 * and per key what is shared and how many members gain nothing. Group figures
 * only, whether names are shown or not.
 */
SlideContent sharingSlide(const Workshop &workshop, const Slide &slide);
/*! The same with the supplier and injection prices of \a tariff (a printed document's). */
SlideContent sharingSlide(const Workshop &workshop, const Slide &slide, const Tariff &tariff);

} // namespace wattelier
