// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include <QByteArray>

namespace wattelier {

/*!
 * Line-by-line reading of a text export held in memory, without a QString
 * per line or field: a year of one-minute data is half a million lines.
 */
class TextLines
{
public:
    explicit TextLines(const QByteArray &utf8);

    /*! The next line without its end of line; false at the end. */
    bool next(std::string_view &line);
    int lineNumber() const { return mLine; } //!< 1-based number of the last line returned
    qint64 position() const { return qint64(mPos); }
    qint64 size() const { return qint64(mText.size()); }
    /*! True when the last line returned ended the file without a line break. */
    bool lastLineUnterminated() const { return mUnterminated; }

private:
    std::string_view mText;
    std::size_t mPos = 0;
    int mLine = 0;
    bool mUnterminated = false;
};

/*!
 * Splits a delimited line into \a fields (views into \a line). Double quotes
 * protect delimiters; Excel's ="..." guard is unwrapped. Returns false on an
 * unclosed quote (a truncated line).
 */
bool splitFields(std::string_view line, char delimiter, std::vector<std::string_view> &fields);

/*! Strips spaces, tabs and surrounding double quotes. */
std::string_view trimField(std::string_view field);

/*! A numeric cell: a number, a missing value (empty, NaN, null, -), or not a number. */
struct CellNumber
{
    enum Kind
    {
        Number,
        Missing,
        Invalid
    } kind = Missing;
    double value = 0;
};

/*!
 * Parses a number with fast_float; \a decimal is '.' or ','; a thousands
 * separator (the other one, or a space) is accepted between digit groups.
 */
CellNumber parseCellNumber(std::string_view field, char decimal = '.');

/*! 1-based line and column of byte \a offset in \a text, for messages. */
std::pair<int, int> lineAndColumnAt(const QByteArray &text, qsizetype offset);

/*! Guesses the delimiter of a header or data line: ';', ',', tab or '|'. */
char guessDelimiter(std::string_view line);

} // namespace wattelier
