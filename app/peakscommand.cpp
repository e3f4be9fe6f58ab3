// SPDX-License-Identifier: GPL-3.0-or-later
#include "peakscommand.h"

#include "cliarguments.h"
#include "clioutput.h"
#include "core/workshop.h"
#include "peaks/workshoppeaks.h"

#include <QJsonArray>

#include <cmath>

namespace wattelier::app {
namespace {

QJsonValue kw(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

template <typename T, typename Convert>
QJsonValue orNull(const std::optional<T> &value, Convert convert)
{
    return value ? QJsonValue(convert(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue ratio(const std::optional<double> &value)
{
    return orNull(value, [](double v) { return std::round(v * 1e6) / 1e6; });
}

QJsonValue instant(const std::optional<qint64> &utc)
{
    return orNull(utc, isoUtc);
}

QJsonObject householdJson(const Household &household, const HouseholdPeak &peak)
{
    QJsonArray monthly;
    for (const auto &month : peak.monthlyPeakKw)
        monthly.append(orNull(month, kw));
    return {
        {QStringLiteral("name"), household.name},
        {QStringLiteral("pseudonym"), pseudonym(household)},
        {QStringLiteral("peak_kw"), kw(peak.peakKw)},
        {QStringLiteral("peak_at"), instant(peak.peakAtUtc)},
        {QStringLiteral("at_group_peak_kw"), orNull(peak.atGroupPeakKw, kw)},
        {QStringLiteral("monthly_peaks_kw"), monthly},
    };
}

} // namespace

int runPeaks(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const ParsedArguments args = parseArguments(
        arguments,
        {QStringLiteral("--from"), QStringLiteral("--to"), QStringLiteral("--threshold-kw")}, {});
    if (!args.error.isEmpty())
        return usageError(err, args.error);
    if (args.positional.size() != 1)
        return usageError(err, QStringLiteral("peaks takes one workshop file."));
    const PeriodArguments period = periodArguments(args);
    if (!period.error.isEmpty())
        return usageError(err, period.error);
    QString error;
    const auto threshold = numberOption(args, QStringLiteral("--threshold-kw"), &error);
    if (!error.isEmpty())
        return usageError(err, error);
    if (threshold && *threshold <= 0)
        return usageError(err, QStringLiteral("--threshold-kw takes a power above 0 kW."));

    WorkshopError openError;
    const std::unique_ptr<Workshop> workshop = Workshop::open(args.positional.first(), &openError);
    if (!workshop)
        return failure(err, openError.message);
    const auto peaks = workshopPeaks(*workshop, {period.fromUtc, period.toUtc, threshold});
    if (!peaks)
        return failure(err, peaks.error());
    const PeakFigures &f = peaks->figures;
    if (f.intervalsWithData == 0)
        err << "wattelier: warning: no quarter hour of this period has the group's consumption "
               "and production.\n";

    QJsonArray duration;
    for (double point : f.durationCurveKw)
        duration.append(kw(point));
    QJsonArray households;
    for (qsizetype i = 0; i < peaks->households.size(); ++i)
        households.append(householdJson(peaks->households.at(i), f.households[std::size_t(i)]));
    const QJsonObject json{
        {QStringLiteral("from"), isoUtc(f.fromUtc)},
        {QStringLiteral("to"), isoUtc(f.toUtc)},
        {QStringLiteral("year"), peaks->year},
        {QStringLiteral("interval_s"), f.intervalS},
        {QStringLiteral("intervals"), f.intervals},
        {QStringLiteral("intervals_with_data"), f.intervalsWithData},
        {QStringLiteral("peak_kw"), kw(f.peakKw)},
        {QStringLiteral("peak_at"), instant(f.peakAtUtc)},
        {QStringLiteral("reverse_peak_kw"), kw(f.reversePeakKw)},
        {QStringLiteral("reverse_peak_at"), instant(f.reversePeakAtUtc)},
        {QStringLiteral("average_kw"), kw(f.averageKw)},
        {QStringLiteral("sum_individual_peaks_kw"), kw(f.sumIndividualPeaksKw)},
        {QStringLiteral("coincidence_factor"), ratio(f.coincidenceFactor)},
        {QStringLiteral("load_factor"), ratio(f.loadFactor)},
        {QStringLiteral("peak_to_average"), ratio(f.peakToAverage)},
        {QStringLiteral("threshold_kw"), orNull(f.thresholdKw, kw)},
        {QStringLiteral("quarter_hours_above_threshold"),
         f.thresholdKw ? QJsonValue(f.quarterHoursAboveThreshold) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("intervals_drawn_above_threshold"), f.intervalsAboveThreshold},
        {QStringLiteral("intervals_sent_back_above_threshold"), f.intervalsReverseAboveThreshold},
        {QStringLiteral("share_above_threshold"), ratio(f.shareAboveThreshold)},
        {QStringLiteral("duration_curve_kw"), duration},
        {QStringLiteral("households"), households},
        // Inventory estimates follow typical daily profiles: they peak together more than
        // measured households do, which raises the coincidence factor.
        {QStringLiteral("measured_households"), peaks->measuredHouseholds},
        {QStringLiteral("estimated_households"), peaks->estimatedHouseholds},
    };
    printJson(out, json);
    return exitOk;
}

} // namespace wattelier::app
