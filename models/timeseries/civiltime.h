// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include <QByteArray>
#include <QString>
#include <QTimeZone>

namespace wattelier {

/*!
 * Wall-clock ("civil") instants written in data files, parsed without
 * QDateTime: seconds since 1970-01-01T00:00 of the wall clock, plus the UTC
 * offset when the text carries one. Parsing a local time through QDateTime
 * with no zone set costs about 20 times more and guesses around DST changes.
 */
struct CivilInstant
{
    qint64 civilSeconds = 0;
    std::optional<int> offsetSeconds; //!< "Z" or "+01:00" in the text
};

/*! Days since 1970-01-01 of a proleptic Gregorian date; nullopt when impossible. */
std::optional<qint64> daysFromCivil(int year, int month, int day);

/*!
 * A date/time pattern with Qt-like tokens: yyyy, M, MM, d, dd, H, HH, h, mm,
 * ss, AP (AM/PM), and literal characters. "ISO" parses ISO 8601 with an
 * optional fraction and zone (2025-10-26T01:15:00.123+00:00, ...Z, space
 * instead of T). Fractions of a second after ss are ignored.
 */
class CivilFormat
{
public:
    explicit CivilFormat(std::string_view pattern = "ISO");
    std::optional<CivilInstant> parse(std::string_view text) const;
    bool isIso() const { return mIso; }

private:
    struct Token
    {
        char field; //!< y M d H h m s A, or 0 for a literal
        int width;  //!< digits; 0 = one or two digits
        char literal;
    };
    std::vector<Token> mTokens;
    bool mIso = false;
};

/*! What a wall-clock time means in a zone. */
struct ZoneMapping
{
    enum Kind
    {
        Unique,
        Ambiguous,
        Nonexistent
    } kind = Unique;
    qint64 utc = 0;      //!< the instant (the earlier one when ambiguous)
    qint64 laterUtc = 0; //!< the second instant of an ambiguous time
};

/*!
 * Fast wall-clock to UTC conversion for one zone (Europe/Brussels by
 * default), from the zone's transitions read once.
 */
class ZoneConverter
{
public:
    explicit ZoneConverter(const QTimeZone &zone = brussels());
    static QTimeZone brussels();

    int offsetAt(qint64 utc) const;
    ZoneMapping toUtc(qint64 civilSeconds) const;
    QByteArray zoneId() const { return mZoneId; }

private:
    QByteArray mZoneId;
    int mInitialOffset = 0;
    std::vector<std::pair<qint64, int>> mTransitions; //!< (utc, offset from then on)
};

/*!
 * Resolves the autumn hour that a file writes twice: the first time a
 * wall-clock time is seen it is the summer-time instant, the second time the
 * winter-time one. One resolver per channel (register, column).
 */
class AmbiguousTimeResolver
{
public:
    /*! The UTC instant of \a mapping, remembering that \a civilSeconds was seen. */
    qint64 resolve(qint64 civilSeconds, const ZoneMapping &mapping);
    int resolvedCount() const { return mSecondOccurrences; }

private:
    std::vector<qint64> mSeen;
    int mSecondOccurrences = 0;
};

} // namespace wattelier
