// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/formats/genericformat.h"

#include "timeseries/genericlayout.h"

#include <QCoreApplication>

namespace wattelier {
namespace {

struct GenericText
{
    Q_DECLARE_TR_FUNCTIONS(GenericFormat)
};

int recogniseGeneric(const QByteArray &head)
{
    // Last resort: anything with dates and numbers, below every named format.
    return guessLayout(head) ? 10 : 0;
}

ParseResult parseGeneric(const QByteArray &utf8, const ParseContext &context)
{
    const auto layout = guessLayout(utf8.left(64 * 1024));
    if (!layout) {
        ParseResult result;
        result.problem = ImportProblem{context.fileName, 0, 0,
                                       GenericText::tr("no column of dates and times was found: "
                                                       "this does not look like a time series")};
        return result;
    }
    return parseWithLayout(utf8, *layout, context);
}

} // namespace

SeriesFormat genericFormat()
{
    return {"generic",
            {"GenericFormat", QT_TRANSLATE_NOOP("GenericFormat", "Other table (CSV, TSV)")},
            recogniseGeneric,
            parseGeneric};
}

ParseResult parseWithLayout(const QByteArray &utf8, const DelimitedLayout &layout,
                            const ParseContext &context)
{
    ParseResult result = parseDelimited(utf8, layout, context);
    result.format = QStringLiteral("generic");
    return result;
}

} // namespace wattelier
