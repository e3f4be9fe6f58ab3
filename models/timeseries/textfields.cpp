// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/textfields.h"

#include <array>
#include <cctype>
#include <cstring>

#include <fast_float/fast_float.h>

namespace wattelier {

using uchar = unsigned char;

TextLines::TextLines(const QByteArray &utf8)
    : mText(utf8.constData(), std::size_t(utf8.size()))
{
    if (mText.substr(0, 3) == "\xEF\xBB\xBF")
        mPos = 3;
}

bool TextLines::next(std::string_view &line)
{
    if (mPos >= mText.size())
        return false;
    const char *begin = mText.data() + mPos;
    const void *found = std::memchr(begin, '\n', mText.size() - mPos);
    std::size_t end =
        found ? std::size_t(static_cast<const char *>(found) - mText.data()) : mText.size();
    mUnterminated = found == nullptr;
    line = mText.substr(mPos, end - mPos);
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    mPos = end + 1;
    ++mLine;
    return true;
}

bool splitFields(std::string_view line, char delimiter, std::vector<std::string_view> &fields)
{
    fields.clear();
    std::size_t pos = 0;
    while (true) {
        std::size_t start = pos;
        bool quoted = false;
        // ="0123" (Excel keeps leading zeros of EAN codes this way)
        if (pos + 1 < line.size() && line[pos] == '=' && line[pos + 1] == '"')
            ++pos;
        if (pos < line.size() && line[pos] == '"') {
            quoted = true;
            const std::size_t close = [&] {
                std::size_t p = pos + 1;
                while (true) {
                    p = line.find('"', p);
                    if (p == std::string_view::npos)
                        return p;
                    if (p + 1 < line.size() && line[p + 1] == '"') {
                        p += 2; // an escaped quote
                        continue;
                    }
                    return p;
                }
            }();
            if (close == std::string_view::npos)
                return false;
            start = pos + 1;
            pos = close + 1;
        }
        const std::size_t delim = line.find(delimiter, pos);
        const std::size_t end = delim == std::string_view::npos ? line.size() : delim;
        fields.push_back(quoted ? line.substr(start, pos - 1 - start)
                                : line.substr(start, end - start));
        if (delim == std::string_view::npos)
            return true;
        pos = delim + 1;
    }
}

std::string_view trimField(std::string_view f)
{
    while (!f.empty() && (f.front() == ' ' || f.front() == '\t' || f.front() == '"'))
        f.remove_prefix(1);
    while (!f.empty() &&
           (f.back() == ' ' || f.back() == '\t' || f.back() == '"' || f.back() == '\r'))
        f.remove_suffix(1);
    return f;
}

namespace {

bool equalsNoCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z')
            x = char(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = char(y - 'A' + 'a');
        if (x != y)
            return false;
    }
    return true;
}

bool isMissingWord(std::string_view f)
{
    // "--": how some inverter portals (iSolarCloud) write a value not yet known.
    static constexpr std::array<std::string_view, 8> words = {
        "nan", "null", "-", "--", "unavailable", "unknown", "n/a", "none"};
    for (std::string_view w : words) {
        if (equalsNoCase(f, w))
            return true;
    }
    return false;
}

} // namespace

CellNumber parseCellNumber(std::string_view field, char decimal)
{
    const std::string_view f = trimField(field);
    if (f.empty() || isMissingWord(f))
        return {CellNumber::Missing, 0};
    double value = 0;
    const char *begin = f.data();
    const char *end = f.data() + f.size();
    if (*begin == '+')
        ++begin;
    const fast_float::parse_options options(fast_float::chars_format::general, decimal);
    auto result = fast_float::from_chars_advanced(begin, end, value, options);
    if (result.ec == std::errc() && result.ptr == end)
        return {CellNumber::Number, value};
    // "1 234,5" or "1,234.5": drop the thousands separators and try again.
    const char thousands = decimal == ',' ? '.' : ',';
    char buffer[64];
    std::size_t n = 0;
    for (const char *p = begin; p != end; ++p) {
        if (*p == thousands || *p == ' ') {
            // Only between groups of exactly three digits: "1,5" is not 15.
            const bool group = end - p >= 4 && std::isdigit(uchar(p[1])) &&
                               std::isdigit(uchar(p[2])) && std::isdigit(uchar(p[3])) &&
                               (end - p == 4 || !std::isdigit(uchar(p[4])));
            if (!group)
                return {CellNumber::Invalid, 0};
            continue;
        }
        if (n + 1 >= sizeof buffer)
            return {CellNumber::Invalid, 0};
        buffer[n++] = *p;
    }
    if (n == std::size_t(end - begin))
        return {CellNumber::Invalid, 0};
    result = fast_float::from_chars_advanced(buffer, buffer + n, value, options);
    if (result.ec == std::errc() && result.ptr == buffer + n)
        return {CellNumber::Number, value};
    return {CellNumber::Invalid, 0};
}

std::pair<int, int> lineAndColumnAt(const QByteArray &text, qsizetype offset)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, int(offset - lineStart + 1)};
}

char guessDelimiter(std::string_view line)
{
    char best = ',';
    std::size_t bestCount = 0;
    for (char c : {';', '\t', ',', '|'}) {
        std::size_t count = 0;
        bool inQuotes = false;
        for (char x : line) {
            if (x == '"')
                inQuotes = !inQuotes;
            else if (x == c && !inQuotes)
                ++count;
        }
        if (count > bestCount) {
            best = c;
            bestCount = count;
        }
    }
    return best;
}

} // namespace wattelier
