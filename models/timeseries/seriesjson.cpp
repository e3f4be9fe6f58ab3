// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/seriesjson.h"

#include "core/workshop.h"
#include "inventory/household.h"
#include "inventory/householdstore.h"

#include <cmath>

namespace wattelier {

QJsonObject seriesJson(const SeriesInfo &info, const Workshop &workshop)
{
    QString owner = QStringLiteral("group");
    if (info.householdId > 0) {
        if (const auto household = workshop.households().get(info.householdId))
            owner = pseudonym(*household);
    }
    QJsonObject o{
        {QStringLiteral("id"), info.id},
        {QStringLiteral("name"), info.name},
        {QStringLiteral("kind"), key(info.kind)},
        {QStringLiteral("owner"), owner},
        {QStringLiteral("unit"), info.unit},
        {QStringLiteral("interval_s"), info.intervalS},
        {QStringLiteral("values"), info.stats.values},
        {QStringLiteral("missing"), info.stats.missing},
        {QStringLiteral("total_kwh"), std::round(info.stats.totalKwh * 1000.0) / 1000.0},
        {QStringLiteral("estimated_values"), info.stats.estimatedValues},
        {QStringLiteral("estimated_kwh"), std::round(info.stats.estimatedKwh * 1000.0) / 1000.0},
        {QStringLiteral("format"), info.format},
        {QStringLiteral("source_file"), info.sourceFile},
    };
    if (info.stats.firstUtc)
        o.insert(QStringLiteral("first"), isoUtc(*info.stats.firstUtc));
    if (info.stats.lastUtc)
        o.insert(QStringLiteral("last"), isoUtc(*info.stats.lastUtc));
    if (info.importedAt.isValid())
        o.insert(QStringLiteral("imported_at"), info.importedAt.toUTC().toString(Qt::ISODate));
    return o;
}

QJsonObject warningsJson(const ImportWarnings &w)
{
    return QJsonObject{
        {QStringLiteral("duplicates_dropped"), w.duplicatesDropped},
        {QStringLiteral("resets"), w.resets},
        {QStringLiteral("dst_repeated_hour_values"), w.dstRepeatedResolved},
        {QStringLiteral("nonexistent_local_times"), w.nonexistentLocalTimes},
        {QStringLiteral("gaps_left_out"), w.gapsLeftOut},
        {QStringLiteral("kwh_left_out"), std::round(w.kwhLeftOut * 1000.0) / 1000.0},
        {QStringLiteral("silences_spread"), w.silencesSpread},
        {QStringLiteral("corrections"), w.corrections},
        {QStringLiteral("kwh_corrected"), std::round(w.kwhCorrected * 1000.0) / 1000.0},
        {QStringLiteral("gaps_spread"), w.gapsSpread},
        {QStringLiteral("intervals_estimated"), w.intervalsEstimated},
        {QStringLiteral("estimated_kwh"), std::round(w.kwhEstimated * 1000.0) / 1000.0},
        {QStringLiteral("messages"), QJsonArray::fromStringList(w.messages)},
    };
}

} // namespace wattelier
