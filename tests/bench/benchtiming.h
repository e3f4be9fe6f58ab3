// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Timing shared by the benchmark programs.

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>

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

/*!
 * A line of /proc/self/status in kB: "VmHWM" (the peak resident memory of the
 * process so far) or "VmRSS" (now); -1 where it cannot be read.
 */
inline long statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toLong();
    return -1;
}

/*! The peak resident memory of the process so far, in kB. */
inline long peakResidentKb()
{
    return statusKb("VmHWM");
}

} // namespace wattelier::bench
