// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/formats/genericformat.h"

#include "timeseries/genericlayout.h"

namespace wattelier {

QString GenericFormat::title() const
{
    return tr("Other table (CSV, TSV)");
}

int GenericFormat::recognise(const QByteArray &head) const
{
    // Last resort: anything with dates and numbers, below every named format.
    return guessLayout(head) ? 10 : 0;
}

ParseResult GenericFormat::parse(const QByteArray &utf8, const ParseContext &context) const
{
    const auto layout = guessLayout(utf8.left(64 * 1024));
    if (!layout) {
        ParseResult result;
        result.problem = ImportProblem{
            context.fileName, 0, 0,
            tr("no column of dates and times was found: this does not look like a time series")};
        return result;
    }
    return parse(utf8, *layout, context);
}

ParseResult GenericFormat::parse(const QByteArray &utf8, const DelimitedLayout &layout,
                                 const ParseContext &context)
{
    ParseResult result = parseDelimited(utf8, layout, context);
    result.format = QStringLiteral("generic");
    return result;
}

} // namespace wattelier
