// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/seriescsv.h"

#include "timeseries/civiltime.h"

#include <charconv>
#include <cmath>
#include <cstdio>

#include <QIODevice>

namespace wattelier {
namespace {

// 2025-10-26T02:15:00+02:00 without QDateTime: half a million rows.
int formatInstant(char *out, qint64 utc, int offsetSeconds, bool withOffset)
{
    const qint64 civil = utc + offsetSeconds;
    qint64 days = civil >= 0 ? civil / 86400 : (civil - 86399) / 86400;
    const int secondOfDay = int(civil - days * 86400);
    // Howard Hinnant's civil_from_days
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned doe = unsigned(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const qint64 y = qint64(yoe) + era * 400 + (m <= 2);
    const int n = std::snprintf(out, 32, "%04lld-%02u-%02uT%02d:%02d:%02d", (long long)y, m, d,
                                secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60);
    if (!withOffset) {
        out[n] = 'Z';
        return n + 1;
    }
    const int off = std::abs(offsetSeconds);
    return n + std::snprintf(out + n, 16, "%c%02d:%02d", offsetSeconds < 0 ? '-' : '+', off / 3600,
                             off / 60 % 60);
}

} // namespace

bool writeSeriesCsv(const RegularSeries &series, SeriesKind kind, bool localTime, QIODevice &device)
{
    const ZoneConverter zone;
    QByteArray buffer;
    buffer.reserve(1 << 20);
    buffer += localTime ? "start_local," : "start_utc,";
    buffer += key(kind).toLatin1() + "_kwh\n";
    char line[96];
    for (std::size_t i = 0; i < series.kwh.size(); ++i) {
        const qint64 utc = series.instantOf(i);
        int n = formatInstant(line, utc, localTime ? zone.offsetAt(utc) : 0, localTime);
        line[n++] = ',';
        const float v = series.kwh[i];
        if (!std::isnan(v))
            n = int(std::to_chars(line + n, line + sizeof line - 1, v).ptr - line);
        line[n++] = '\n';
        buffer.append(line, n);
        if (buffer.size() > (1 << 20) - 128) {
            if (device.write(buffer) != buffer.size())
                return false;
            buffer.clear();
        }
    }
    return device.write(buffer) == buffer.size();
}

} // namespace wattelier
