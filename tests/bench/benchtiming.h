// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Timing shared by the benchmark programs.

#include <QElapsedTimer>

#include <algorithm>
#include <functional>

namespace wattelier::bench {

/*! Best of \a runs, in milliseconds. */
inline double bestOf(int runs, const std::function<void()> &work)
{
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, timer.nsecsElapsed() / 1e6);
    }
    return best;
}

} // namespace wattelier::bench
