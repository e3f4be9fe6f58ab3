// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshopcurves.h"

#include "core/units.h"
#include "core/workshop.h"
#include "energy/energyeditor.h"
#include "energy/localperiods.h"
#include "energy/pvestimate.h"
#include "inventory/appliancestore.h"
#include "inventory/householdstore.h"
#include "inventory/inventorytotals.h"
#include "timeseries/seriesstore.h"
#include "wattmeter/wattmeterreadingstore.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>

namespace wattelier {
namespace {

constexpr int estimateIntervalS = 900;

/*! The series of one kind, loaded over the period, for one owner or (ownerId < 0) for all. */
std::vector<RegularSeries> loadSeries(const Workshop &workshop, SeriesKind kind, qint64 ownerId,
                                      const UtcPeriod &period)
{
    std::vector<RegularSeries> loaded;
    for (const SeriesInfo &info : workshop.series().all()) {
        if (info.kind != kind || (ownerId >= 0 && info.householdId != ownerId))
            continue;
        RegularSeries s = workshop.series().load(info.id, period.fromUtc, period.toUtc);
        if (statsOf(s).values > 0)
            loaded.push_back(std::move(s));
    }
    return loaded;
}

/*! A household's measured consumption: its consumption series, else what its meters imply. */
RegularSeries measuredConsumption(const Workshop &workshop, qint64 ownerId, const UtcPeriod &period)
{
    const auto consumption = loadSeries(workshop, SeriesKind::Consumption, ownerId, period);
    if (!consumption.empty())
        return sumStrict(consumption);
    const auto offtake = loadSeries(workshop, SeriesKind::Offtake, ownerId, period);
    if (offtake.empty())
        return {};
    const auto injection = loadSeries(workshop, SeriesKind::Injection, ownerId, period);
    const auto production = loadSeries(workshop, SeriesKind::Production, ownerId, period);
    if (injection.empty() || production.empty())
        return sumStrict(offtake); // no panels behind this meter: offtake is consumption
    return consumptionFromMeters(sumStrict(offtake), sumStrict(injection), sumStrict(production));
}

/*! The households owning a consumption or offtake series with data, whatever its years. */
std::set<qint64> householdsWithConsumptionSeries(const Workshop &workshop)
{
    // One read of the series list, not one query per household at each rebuild.
    std::set<qint64> owners;
    for (const SeriesInfo &info : workshop.series().all())
        if (info.householdId != 0 && info.stats.firstUtc &&
            (info.kind == SeriesKind::Consumption || info.kind == SeriesKind::Offtake))
            owners.insert(info.householdId);
    return owners;
}

/*! \a series on the grid [period) of \a interval. */
RegularSeries onPeriod(const RegularSeries &series, int interval, const UtcPeriod &period)
{
    RegularSeries empty;
    empty.startUtc = period.fromUtc;
    empty.intervalS = interval;
    RegularSeries placed =
        alignCurves(series.kwh.empty() ? empty : series, empty, period.fromUtc, period.toUtc)
            .production;
    placed.startUtc = period.fromUtc;
    placed.intervalS = interval;
    placed.kwh.resize(std::size_t((period.toUtc - period.fromUtc) / interval),
                      std::numeric_limits<float>::quiet_NaN());
    return placed;
}

/*! Measured values where there are some, the estimate elsewhere. */
void overlay(RegularSeries &estimate, const RegularSeries &measured)
{
    for (std::size_t i = 0; i < estimate.kwh.size() && i < measured.kwh.size(); ++i)
        if (!std::isnan(measured.kwh[i]))
            estimate.kwh[i] = measured.kwh[i];
}

} // namespace

int defaultCurveYear(const Workshop &workshop)
{
    // Days of data per Brussels calendar year: production first; without any, any
    // measured series (a group that imported its smart meters but has no panels yet).
    std::map<int, qint64> productionDays, measuredDays;
    for (const SeriesInfo &info : workshop.series().all()) {
        if (info.kind == SeriesKind::Other || !info.stats.firstUtc)
            continue;
        const QDate first = brusselsDateOf(*info.stats.firstUtc);
        const QDate last = brusselsDateOf(*info.stats.lastUtc);
        for (int y = first.year(); y <= last.year(); ++y) {
            const qint64 days =
                std::max(first, QDate(y, 1, 1)).daysTo(std::min(last, QDate(y, 12, 31))) + 1;
            measuredDays[y] += days;
            if (info.kind == SeriesKind::Production)
                productionDays[y] += days;
        }
    }
    const std::map<int, qint64> &days = productionDays.empty() ? measuredDays : productionDays;
    if (days.empty())
        return QDate::currentDate().year() - 1;
    // The latest year with a fair part of the data (at least half the best
    // year's days): a new import of this year is shown, not its first days.
    qint64 best = 0;
    for (const auto &[year, count] : days)
        best = std::max(best, count);
    int latest = days.begin()->first;
    for (const auto &[year, count] : days)
        if (2 * count >= best)
            latest = year;
    return latest;
}

QString consumptionScopeNote(const WorkshopCurves &curves, double coverage)
{
    QStringList why;
    if (curves.measuredHouseholds > 0)
        why.append(QCoreApplication::translate("WorkshopCurves",
                                               "%n household(s) count their measured data", nullptr,
                                               curves.measuredHouseholds));
    if (coverage < 0.995)
        why.append(QCoreApplication::translate("WorkshopCurves",
                                               "only the quarter hours with data count (%1)")
                       .arg(units::percent(coverage * 100.0)));
    if (why.isEmpty())
        return {};
    return QCoreApplication::translate("WorkshopCurves",
                                       "The inventories estimate %1 a year; here %2.")
        .arg(units::kwh(curves.estimatedConsumptionKwh),
             why.join(QCoreApplication::translate("WorkshopCurves", " and ")));
}

WorkshopCurves workshopCurves(const Workshop &workshop, const CurveOptions &options)
{
    WorkshopCurves result;
    result.year = options.year.value_or(defaultCurveYear(workshop));
    const UtcPeriod period = periodContaining(PeriodKind::Year, QDate(result.year, 1, 1));
    const bool group = options.householdId == 0;
    const qint64 productionOwner = group ? -1 : options.householdId;

    // Production.
    RegularSeries production;
    if (!options.estimateProduction) {
        const auto measured = loadSeries(workshop, SeriesKind::Production, productionOwner, period);
        result.productionSeries = int(measured.size());
        if (!measured.empty()) {
            production = sumStrict(measured);
            result.productionSource = ProductionSource::Measured;
        }
    }
    if (result.productionSource == ProductionSource::None && group) {
        const PvSystem system = pvInstallationOf(workshop).system();
        if (system.kwp > 0 && validatePvSystem(system).isEmpty()) {
            production = estimatePvSeries(system, result.year, estimateIntervalS);
            result.productionSource = ProductionSource::Estimated;
        }
    }

    // Measured consumption per household (and for the group as a whole).
    QList<Household> households = workshop.households().all();
    if (!group)
        households.erase(
            std::remove_if(households.begin(), households.end(),
                           [&](const Household &h) { return h.id != options.householdId; }),
            households.end());
    std::map<qint64, RegularSeries> measured;
    const std::set<qint64> consumptionOwners =
        options.inventoryOnly ? std::set<qint64>() : householdsWithConsumptionSeries(workshop);
    int interval = estimateIntervalS;
    if (production.intervalS > 0)
        interval = commonInterval(interval, production.intervalS);
    if (!options.inventoryOnly) {
        for (const Household &h : households) {
            RegularSeries m = measuredConsumption(workshop, h.id, period);
            if (m.kwh.empty())
                continue;
            interval = commonInterval(interval, m.intervalS);
            measured.emplace(h.id, std::move(m));
        }
    }
    RegularSeries groupMeasured;
    if (group && !options.inventoryOnly) {
        groupMeasured = measuredConsumption(workshop, 0, period);
        if (!groupMeasured.kwh.empty())
            interval = commonInterval(interval, groupMeasured.intervalS);
    }

    // Estimated consumption, overlaid with measurements, household by household.
    const std::size_t count = std::size_t((period.toUtc - period.fromUtc) / interval);
    std::vector<double> total(count, 0.0);
    const ReadingsByAppliance readings = workshop.wattmeterReadings().byAppliance();
    for (const Household &h : households) {
        const QList<Appliance> appliances = workshop.appliances().forHousehold(h.id);
        InventoryProfile profile =
            inventoryProfile(appliances, readings, result.year, estimateIntervalS);
        result.estimatedConsumptionKwh += profile.totalKwh;
        RegularSeries curve = onPeriod(profile.total, interval, period);
        const auto found = measured.find(h.id);
        if (found != measured.end()) {
            overlay(curve, onPeriod(found->second, interval, period));
            ++result.measuredHouseholds;
        } else {
            ++result.estimatedHouseholds;
            if (consumptionOwners.count(h.id) > 0)
                ++result.measuredInOtherYears;
        }
        for (std::size_t i = 0; i < count; ++i)
            total[i] += std::isnan(curve.kwh[i]) ? 0.0 : curve.kwh[i];
        if (options.keepHouseholds) {
            const auto own = loadSeries(workshop, SeriesKind::Production, h.id, period);
            result.households.push_back(
                {h.id, curve,
                 own.empty() ? RegularSeries{} : onPeriod(sumStrict(own), interval, period)});
        }
        // Movable loads on the curves' grid, never more than the household uses there.
        for (ApplianceLoad &load : profile.flexible) {
            load.movable = onPeriod(load.movable, interval, period);
            for (std::size_t i = 0; i < count; ++i) {
                float &v = load.movable.kwh[i];
                v = std::isnan(v) || std::isnan(curve.kwh[i]) ? 0.0f : std::min(v, curve.kwh[i]);
                curve.kwh[i] -= v;
            }
            result.flexible.push_back(std::move(load));
        }
    }

    RegularSeries consumption;
    consumption.startUtc = period.fromUtc;
    consumption.intervalS = interval;
    consumption.kwh.assign(total.begin(), total.end());
    if (!groupMeasured.kwh.empty())
        overlay(consumption, onPeriod(groupMeasured, interval, period));

    if (result.productionSource == ProductionSource::None) {
        // No panels measured or described: nothing is produced, which is a
        // figure (0 kWh), not a gap. Else a household alone, or a group before
        // its panels, would show its consumption drawn but counted as 0 kWh (#20).
        production.startUtc = period.fromUtc;
        production.intervalS = interval;
        production.kwh.assign(count, 0.0f);
    }
    result.curves = alignCurves(production, consumption, period.fromUtc, period.toUtc);
    return result;
}

} // namespace wattelier
