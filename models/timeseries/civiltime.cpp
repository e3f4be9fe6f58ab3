// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/civiltime.h"

#include <algorithm>
#include <chrono>

#include <QDateTime>

namespace wattelier {
namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads exactly \a width digits, or 1-2 (or 1-4 for years) when width is 0.
bool readNumber(std::string_view text, std::size_t &pos, int width, int maxWidth, int &value)
{
    value = 0;
    int count = 0;
    const int limit = width > 0 ? width : maxWidth;
    while (pos < text.size() && count < limit && isDigit(text[pos])) {
        value = value * 10 + (text[pos] - '0');
        ++pos;
        ++count;
    }
    return width > 0 ? count == width : count > 0;
}

void skipFraction(std::string_view text, std::size_t &pos)
{
    if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
        ++pos;
        while (pos < text.size() && isDigit(text[pos]))
            ++pos;
    }
}

std::optional<qint64> civilSeconds(int y, int mo, int d, int h, int mi, int s)
{
    if (h > 24 || mi > 59 || s > 60 || (h == 24 && (mi != 0 || s != 0)))
        return std::nullopt;
    const auto days = daysFromCivil(y, mo, d);
    if (!days)
        return std::nullopt;
    return *days * 86400 + h * 3600 + mi * 60 + s;
}

std::optional<CivilInstant> parseIso(std::string_view text)
{
    std::size_t pos = 0;
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    if (!readNumber(text, pos, 4, 4, y) || pos >= text.size() || text[pos++] != '-' ||
        !readNumber(text, pos, 2, 2, mo) || pos >= text.size() || text[pos++] != '-' ||
        !readNumber(text, pos, 2, 2, d))
        return std::nullopt;
    if (pos < text.size() && (text[pos] == 'T' || text[pos] == ' ')) {
        ++pos;
        if (!readNumber(text, pos, 2, 2, h) || pos >= text.size() || text[pos++] != ':' ||
            !readNumber(text, pos, 2, 2, mi))
            return std::nullopt;
        if (pos < text.size() && text[pos] == ':') {
            ++pos;
            if (!readNumber(text, pos, 2, 2, s))
                return std::nullopt;
            skipFraction(text, pos);
        }
    }
    CivilInstant instant;
    const auto civil = civilSeconds(y, mo, d, h, mi, s);
    if (!civil)
        return std::nullopt;
    instant.civilSeconds = *civil;
    if (pos < text.size() && text[pos] == ' ')
        ++pos;
    if (pos < text.size() && text[pos] == 'Z') {
        instant.offsetSeconds = 0;
        ++pos;
    } else if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) {
        const int sign = text[pos++] == '-' ? -1 : 1;
        int oh = 0, om = 0;
        if (!readNumber(text, pos, 2, 2, oh))
            return std::nullopt;
        if (pos < text.size() && text[pos] == ':')
            ++pos;
        if (pos < text.size())
            readNumber(text, pos, 2, 2, om);
        instant.offsetSeconds = sign * (oh * 3600 + om * 60);
    }
    if (pos != text.size())
        return std::nullopt;
    return instant;
}

} // namespace

std::optional<qint64> daysFromCivil(int year, int month, int day)
{
    using namespace std::chrono;
    const year_month_day date{std::chrono::year(year), std::chrono::month(unsigned(month)),
                              std::chrono::day(unsigned(day))};
    if (!date.ok())
        return std::nullopt;
    return qint64(sys_days(date).time_since_epoch().count());
}

CivilFormat::CivilFormat(std::string_view pattern)
{
    if (pattern == "ISO") {
        mIso = true;
        return;
    }
    for (std::size_t i = 0; i < pattern.size();) {
        const char c = pattern[i];
        std::size_t run = 1;
        while (i + run < pattern.size() && pattern[i + run] == c)
            ++run;
        switch (c) {
        case 'y':
        case 'M':
        case 'd':
        case 'H':
        case 'h':
        case 'm':
        case 's':
            mTokens.push_back({c == 'h' ? 'H' : c, run == 1 ? 0 : int(run), 0});
            i += run;
            break;
        case 'A':
            mTokens.push_back({'A', 2, 0});
            i += (i + 1 < pattern.size() && pattern[i + 1] == 'P') ? 2 : 1;
            break;
        default:
            mTokens.push_back({0, 0, c});
            ++i;
        }
    }
}

std::optional<CivilInstant> CivilFormat::parse(std::string_view text) const
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '"'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '"' || text.back() == '\r'))
        text.remove_suffix(1);
    if (mIso)
        return parseIso(text);
    int y = 1970, mo = 1, d = 1, h = 0, mi = 0, s = 0;
    int ampm = 0; // 0 none, 1 AM, 2 PM
    std::size_t pos = 0;
    for (const Token &t : mTokens) {
        if (t.field == 0) {
            if (pos >= text.size() || text[pos] != t.literal)
                return std::nullopt;
            ++pos;
            continue;
        }
        bool ok = true;
        switch (t.field) {
        case 'y':
            ok = readNumber(text, pos, t.width == 2 ? 2 : 4, 4, y);
            if (t.width == 2)
                y += 2000;
            break;
        case 'M':
            ok = readNumber(text, pos, t.width, 2, mo);
            break;
        case 'd':
            ok = readNumber(text, pos, t.width, 2, d);
            break;
        case 'H':
            ok = readNumber(text, pos, t.width, 2, h);
            break;
        case 'm':
            ok = readNumber(text, pos, t.width, 2, mi);
            break;
        case 's':
            ok = readNumber(text, pos, t.width, 2, s);
            skipFraction(text, pos);
            break;
        case 'A':
            if (pos + 2 <= text.size() && (text[pos + 1] == 'M' || text[pos + 1] == 'm')) {
                const char c = text[pos];
                ampm = (c == 'P' || c == 'p') ? 2 : (c == 'A' || c == 'a') ? 1 : 0;
                ok = ampm != 0;
                pos += 2;
            } else {
                ok = false;
            }
            break;
        }
        if (!ok)
            return std::nullopt;
    }
    // A pattern without seconds still accepts ":ss" (exports differ between days).
    if (pos < text.size() && text[pos] == ':') {
        ++pos;
        if (!readNumber(text, pos, 2, 2, s))
            return std::nullopt;
        skipFraction(text, pos);
    }
    if (pos != text.size())
        return std::nullopt;
    if (ampm != 0) {
        if (h < 1 || h > 12)
            return std::nullopt;
        h = (h % 12) + (ampm == 2 ? 12 : 0);
    }
    const auto civil = civilSeconds(y, mo, d, h, mi, s);
    if (!civil)
        return std::nullopt;
    return CivilInstant{*civil, std::nullopt};
}

QTimeZone ZoneConverter::brussels()
{
    return QTimeZone(QByteArrayLiteral("Europe/Brussels"));
}

ZoneConverter::ZoneConverter(const QTimeZone &zone)
    : mZoneId(zone.id())
{
    const QDateTime from(QDate(1990, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(2060, 1, 1), QTime(0, 0), Qt::UTC);
    mInitialOffset = zone.offsetFromUtc(from);
    for (const QTimeZone::OffsetData &t : zone.transitions(from, to))
        mTransitions.emplace_back(t.atUtc.toSecsSinceEpoch(), t.offsetFromUtc);
}

int ZoneConverter::offsetAt(qint64 utc) const
{
    const auto it = std::upper_bound(
        mTransitions.begin(), mTransitions.end(), utc,
        [](qint64 value, const std::pair<qint64, int> &t) { return value < t.first; });
    return it == mTransitions.begin() ? mInitialOffset : std::prev(it)->second;
}

ZoneMapping ZoneConverter::toUtc(qint64 civil) const
{
    // The offsets a day before and after bound every offset that can apply.
    const int before = offsetAt(civil - 86400);
    const int after = offsetAt(civil + 86400);
    const qint64 u1 = civil - before;
    const qint64 u2 = civil - after;
    const bool valid1 = offsetAt(u1) == before;
    const bool valid2 = offsetAt(u2) == after;
    ZoneMapping m;
    if (valid1 && valid2 && u1 != u2) {
        m.kind = ZoneMapping::Ambiguous;
        m.utc = std::min(u1, u2);
        m.laterUtc = std::max(u1, u2);
    } else if (valid1 || valid2) {
        m.utc = m.laterUtc = valid1 ? u1 : u2;
    } else {
        m.kind = ZoneMapping::Nonexistent;
        m.utc = m.laterUtc = u1;
    }
    return m;
}

qint64 AmbiguousTimeResolver::resolve(qint64 civil, const ZoneMapping &mapping)
{
    if (mapping.kind != ZoneMapping::Ambiguous)
        return mapping.utc;
    if (std::find(mSeen.begin(), mSeen.end(), civil) == mSeen.end()) {
        mSeen.push_back(civil);
        return mapping.utc;
    }
    ++mSecondOccurrences;
    return mapping.laterUtc;
}

} // namespace wattelier
