// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/parseresult.h"

#include <QCoreApplication>

namespace wattelier {

QString ImportProblem::toString() const
{
    if (line > 0 && column > 0)
        return QCoreApplication::translate("ImportProblem", "%1, line %2, column %3: %4")
            .arg(file)
            .arg(line)
            .arg(column)
            .arg(message);
    if (line > 0)
        return QCoreApplication::translate("ImportProblem", "%1, line %2: %3")
            .arg(file)
            .arg(line)
            .arg(message);
    return QCoreApplication::translate("ImportProblem", "%1: %2").arg(file, message);
}

void ImportWarnings::add(const QString &message)
{
    constexpr int kept = 50; // a broken file could otherwise fill memory with messages
    if (messages.size() < kept)
        messages.append(message);
    else if (messages.size() == kept)
        messages.append(QCoreApplication::translate("ImportWarnings", "(more warnings left out)"));
}

bool ParseResult::append(std::optional<RegularSeries> data, const ImportProblem &failure,
                         SeriesKind kind, const QString &unit, const QString &name)
{
    if (!data) {
        problem = failure;
        return false;
    }
    ParsedSeries parsed;
    parsed.kind = kind;
    parsed.name = name.isEmpty() ? label(kind) : name;
    parsed.unit = unit;
    parsed.data = std::move(*data);
    series.append(std::move(parsed));
    return true;
}

bool ParseContext::stopAt(int line, qint64 done, qint64 total, ParseResult &result) const
{
    if ((line & 0x3fff) != 0)
        return false;
    if (cancelled()) {
        result.cancelled = true;
        return true;
    }
    if (progress)
        progress(done, total);
    return false;
}

void ImportWarnings::merge(const ImportWarnings &column)
{
    resets += column.resets;
    corrections += column.corrections;
    kwhCorrected += column.kwhCorrected;
    gapsLeftOut += column.gapsLeftOut;
    kwhLeftOut += column.kwhLeftOut;
    gapsSpread += column.gapsSpread;
    intervalsEstimated += column.intervalsEstimated;
    kwhEstimated += column.kwhEstimated;
    silencesSpread += column.silencesSpread;
    for (const QString &message : column.messages)
        if (!messages.contains(message))
            add(message);
}

} // namespace wattelier
