// SPDX-License-Identifier: GPL-3.0-or-later
#include "energycommands.h"

#include "cliarguments.h"
#include "clioutput.h"
#include "core/workshop.h"
#include "energy/energybalance.h"
#include "energy/localperiods.h"
#include "energy/pvestimate.h"
#include "energy/workshoptariff.h"
#include "timeseries/seriesstore.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>

#include <cmath>

namespace wattelier::app {
namespace {

QJsonValue rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QJsonValue rate(const std::optional<double> &value)
{
    return value ? rounded(*value, 6) : QJsonValue(QJsonValue::Null);
}

/*! The sum of the listed series; an empty series and \a error set when one is unknown. */
RegularSeries summed(const Workshop &workshop, const QString &list, QStringList *names,
                     QString *error)
{
    std::vector<RegularSeries> series;
    for (const QString &item : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto info = workshop.series().find(item.trimmed());
        if (!info) {
            *error = QStringLiteral("no single series named or numbered “%1” (see "
                                    "`wattelier series`).")
                         .arg(item.trimmed());
            return {};
        }
        names->append(info->name);
        series.push_back(workshop.series().load(info->id));
    }
    return sumStrict(series);
}

} // namespace

int runBalance(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QStringList valueOptions = {
        QStringLiteral("--production"),    QStringLiteral("--consumption"),
        QStringLiteral("--offtake"),       QStringLiteral("--injection"),
        QStringLiteral("--from"),          QStringLiteral("--to"),
        QStringLiteral("--offtake-price"), QStringLiteral("--injection-price")};
    const ParsedArguments args = parseArguments(arguments, valueOptions, {});
    if (!args.error.isEmpty())
        return usageError(err, args.error);
    if (args.positional.size() != 1)
        return usageError(err, QStringLiteral("balance takes one workshop file."));
    const auto option = [&](const char *name) { return args.options.value(QLatin1String(name)); };
    const bool fromMeters = args.options.contains(QStringLiteral("--offtake"));
    if (!args.options.contains(QStringLiteral("--production")) ||
        (!args.options.contains(QStringLiteral("--consumption")) && !fromMeters))
        return usageError(err, QStringLiteral("balance needs --production and --consumption (or "
                                              "--offtake and --injection)."));
    if (fromMeters && !args.options.contains(QStringLiteral("--injection")))
        return usageError(err, QStringLiteral("--offtake needs --injection too."));

    const PeriodArguments period = periodArguments(args);
    if (!period.error.isEmpty())
        return usageError(err, period.error);
    const std::optional<qint64> from = period.fromUtc, to = period.toUtc;
    if (from && to && *to <= *from)
        return failure(err, QStringLiteral("--to must come after --from."));
    QString error;
    const auto offtakePrice = numberOption(args, QStringLiteral("--offtake-price"), &error);
    const auto injectionPrice = numberOption(args, QStringLiteral("--injection-price"), &error);
    if (!error.isEmpty())
        return usageError(err, error);

    WorkshopError openError;
    const std::unique_ptr<Workshop> workshop = Workshop::open(args.positional.first(), &openError);
    if (!workshop)
        return failure(err, openError.message);
    QStringList productionNames, consumptionNames;
    const RegularSeries production =
        summed(*workshop, option("--production"), &productionNames, &error);
    RegularSeries consumption;
    if (error.isEmpty() && fromMeters) {
        QStringList offtakeNames, injectionNames;
        const RegularSeries offtake = summed(*workshop, option("--offtake"), &offtakeNames, &error);
        const RegularSeries injection =
            summed(*workshop, option("--injection"), &injectionNames, &error);
        consumption = consumptionFromMeters(offtake, injection, production);
        consumptionNames = offtakeNames + injectionNames;
    } else if (error.isEmpty()) {
        consumption = summed(*workshop, option("--consumption"), &consumptionNames, &error);
    }
    if (!error.isEmpty())
        return failure(err, error);

    const EnergyBalance b = energyBalance(production, consumption, from, to);
    if (b.intervalsWithBoth == 0)
        err << "wattelier: warning: no interval has both production and consumption data in "
               "this period.\n";
    QJsonObject json{
        {QStringLiteral("production_kwh"), rounded(b.productionKwh, 3)},
        {QStringLiteral("consumption_kwh"), rounded(b.consumptionKwh, 3)},
        {QStringLiteral("self_consumed_kwh"), rounded(b.selfConsumedKwh, 3)},
        {QStringLiteral("injected_kwh"), rounded(b.injectedKwh, 3)},
        {QStringLiteral("offtake_kwh"), rounded(b.offtakeKwh, 3)},
        {QStringLiteral("self_consumption_rate"), rate(b.selfConsumptionRate())},
        {QStringLiteral("self_sufficiency_rate"), rate(b.selfSufficiencyRate())},
        {QStringLiteral("coverage"), rounded(b.coverage(), 6)},
        {QStringLiteral("interval_s"), b.intervalS},
        {QStringLiteral("from"), isoUtc(b.fromUtc)},
        {QStringLiteral("to"), isoUtc(b.toUtc)},
        {QStringLiteral("intervals"), b.intervals},
        {QStringLiteral("intervals_with_both"), b.intervalsWithBoth},
        {QStringLiteral("intervals_estimated"), b.intervalsEstimated},
        {QStringLiteral("production_gaps"), b.productionGaps},
        {QStringLiteral("consumption_gaps"), b.consumptionGaps},
        {QStringLiteral("production_series"), QJsonArray::fromStringList(productionNames)},
        {QStringLiteral("consumption_series"), QJsonArray::fromStringList(consumptionNames)},
    };
    if (offtakePrice || injectionPrice) {
        const BalanceMoney money = moneyOf(
            b, Tariff{offtakePrice.value_or(workshopTariff(*workshop).offtakeEurPerKwh),
                      injectionPrice.value_or(workshopTariff(*workshop).injectionEurPerKwh)});
        json.insert(QStringLiteral("offtake_cost_eur"), rounded(money.offtakeCostEur, 2));
        json.insert(QStringLiteral("injection_revenue_eur"), rounded(money.injectionRevenueEur, 2));
        json.insert(QStringLiteral("self_consumed_saving_eur"),
                    rounded(money.selfConsumedSavingEur, 2));
    }
    printJson(out, json);
    return exitOk;
}

int runPvEstimate(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QStringList valueOptions = {QStringLiteral("--kwp"),     QStringLiteral("--tilt"),
                                      QStringLiteral("--azimuth"), QStringLiteral("--lat"),
                                      QStringLiteral("--lon"),     QStringLiteral("--yield")};
    const ParsedArguments args = parseArguments(arguments, valueOptions, {});
    if (!args.error.isEmpty())
        return usageError(err, args.error);
    if (!args.positional.isEmpty())
        return usageError(err, QStringLiteral("pv-estimate takes only options."));
    QString error;
    PvSystem system;
    const auto kwp = numberOption(args, QStringLiteral("--kwp"), &error);
    const auto tilt = numberOption(args, QStringLiteral("--tilt"), &error);
    const auto azimuth = numberOption(args, QStringLiteral("--azimuth"), &error);
    const auto lat = numberOption(args, QStringLiteral("--lat"), &error);
    const auto lon = numberOption(args, QStringLiteral("--lon"), &error);
    system.yieldKwhPerKwp = numberOption(args, QStringLiteral("--yield"), &error);
    if (!error.isEmpty())
        return usageError(err, error);
    if (!kwp)
        return usageError(err, QStringLiteral("pv-estimate needs --kwp, the peak power in kWp."));
    if (lat.has_value() != lon.has_value())
        return usageError(err, QStringLiteral("give both --lat and --lon, or neither."));
    system.kwp = *kwp;
    system.tiltDeg = tilt.value_or(system.tiltDeg);
    system.azimuthDeg = azimuth.value_or(system.azimuthDeg);
    system.latitudeDeg = lat.value_or(system.latitudeDeg);
    system.longitudeDeg = lon.value_or(system.longitudeDeg);
    const QString invalid = validatePvSystem(system);
    if (!invalid.isEmpty())
        return failure(err, invalid);

    const PvEstimate estimate = estimatePv(system);
    QJsonArray monthly;
    for (double kwh : estimate.monthlyKwh)
        monthly.append(rounded(kwh, 1));
    printJson(out, QJsonObject{
                       {QStringLiteral("annual_kwh"), rounded(estimate.annualKwh, 1)},
                       {QStringLiteral("monthly_kwh"), monthly},
                       {QStringLiteral("kwh_per_kwp"), rounded(estimate.annualKwh / system.kwp, 1)},
                       {QStringLiteral("kwp"), system.kwp},
                       {QStringLiteral("tilt"), system.tiltDeg},
                       {QStringLiteral("azimuth"), system.azimuthDeg},
                       {QStringLiteral("lat"), system.latitudeDeg},
                       {QStringLiteral("lon"), system.longitudeDeg},
                   });
    return exitOk;
}

} // namespace wattelier::app
