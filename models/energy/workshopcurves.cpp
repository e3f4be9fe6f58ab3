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
#include <memory>
#include <set>

namespace wattelier {
namespace {

constexpr int estimateIntervalS = 900;

/*!
 * The series of one kind among \a infos (the workshop's list, read once per
 * assembly), loaded over the period, for one owner or (ownerId < 0) for all.
 */
std::vector<RegularSeries> loadSeries(const Workshop &workshop, const QList<SeriesInfo> &infos,
                                      SeriesKind kind, qint64 ownerId, const UtcPeriod &period)
{
    std::vector<RegularSeries> loaded;
    for (const SeriesInfo &info : infos) {
        if (info.kind != kind || (ownerId >= 0 && info.householdId != ownerId))
            continue;
        RegularSeries s = workshop.series().load(info.id, period.fromUtc, period.toUtc);
        if (std::any_of(s.kwh.begin(), s.kwh.end(), [](float v) { return !std::isnan(v); }))
            loaded.push_back(std::move(s));
    }
    return loaded;
}

/*! A household's measured consumption: its consumption series, else what its meters imply. */
RegularSeries measuredConsumption(const Workshop &workshop, const QList<SeriesInfo> &infos,
                                  qint64 ownerId, const UtcPeriod &period)
{
    auto consumption = loadSeries(workshop, infos, SeriesKind::Consumption, ownerId, period);
    if (!consumption.empty())
        return sumStrict(std::move(consumption));
    auto offtake = loadSeries(workshop, infos, SeriesKind::Offtake, ownerId, period);
    if (offtake.empty())
        return {};
    const auto injection = loadSeries(workshop, infos, SeriesKind::Injection, ownerId, period);
    const auto production = loadSeries(workshop, infos, SeriesKind::Production, ownerId, period);
    if (injection.empty() || production.empty())
        return sumStrict(std::move(offtake)); // no panels behind this meter: offtake is consumption
    return consumptionFromMeters(sumStrict(offtake), sumStrict(injection), sumStrict(production));
}

/*! The households owning a consumption or offtake series with data, whatever its years. */
std::set<qint64> householdsWithConsumptionSeries(const QList<SeriesInfo> &infos)
{
    std::set<qint64> owners;
    for (const SeriesInfo &info : infos)
        if (info.householdId != 0 && info.stats.firstUtc &&
            (info.kind == SeriesKind::Consumption || info.kind == SeriesKind::Offtake))
            owners.insert(info.householdId);
    return owners;
}

/*!
 * \a series on the grid [period) of \a interval (a multiple of the series'
 * own), gaps where it has no value.
 */
RegularSeries onPeriod(const RegularSeries &series, int interval, const UtcPeriod &period)
{
    RegularSeries placed;
    placed.startUtc = period.fromUtc;
    placed.intervalS = interval;
    const qint64 count = (period.toUtc - period.fromUtc) / interval;
    placed.kwh.assign(std::size_t(count), std::numeric_limits<float>::quiet_NaN());
    if (series.kwh.empty() || series.intervalS <= 0)
        return placed;
    const bool onGrid =
        series.intervalS == interval && (series.startUtc - period.fromUtc) % interval == 0;
    // A year of quarter hours usually is on the grid already: no resampled copy then.
    const RegularSeries resampled =
        onGrid ? RegularSeries{} : resampleTo(series, interval, period.fromUtc);
    const RegularSeries &source = onGrid ? series : resampled;
    const qint64 offset = (source.startUtc - period.fromUtc) / interval;
    const qint64 first = std::max<qint64>(0, -offset);
    const qint64 last = std::min<qint64>(qint64(source.kwh.size()), count - offset);
    if (first < last)
        std::copy(source.kwh.begin() + first, source.kwh.begin() + last,
                  placed.kwh.begin() + (offset + first));
    return placed;
}

/*! The same, taking the series: moved when it is the period's grid exactly (no copy). */
RegularSeries onPeriod(RegularSeries &&series, int interval, const UtcPeriod &period)
{
    const bool exact = series.intervalS == interval && series.startUtc == period.fromUtc &&
                       qint64(series.kwh.size()) == (period.toUtc - period.fromUtc) / interval;
    if (!exact)
        return onPeriod(std::as_const(series), interval, period);
    RegularSeries placed = std::move(series);
    placed.estimated.clear(); // as the copy above: the curves keep values only
    return placed;
}

bool hasGaps(const RegularSeries &series)
{
    return std::any_of(series.kwh.begin(), series.kwh.end(), [](float v) { return std::isnan(v); });
}

/*! The estimate where \a measured has a gap (both on the same grid). */
void fillGaps(RegularSeries &measured, const RegularSeries &estimate)
{
    for (std::size_t i = 0; i < measured.kwh.size() && i < estimate.kwh.size(); ++i)
        if (std::isnan(measured.kwh[i]))
            measured.kwh[i] = estimate.kwh[i];
}

/*!
 * How a movable load's curve is made again: its spread over the year placed
 * on the curves' grid, with the values that the household's curve clipped.
 */
struct MovableRecipe
{
    UsagePattern pattern;
    double runningKwh = 0;
    int year = 0;
    int interval = 0;
    UtcPeriod period;
    std::vector<quint32> changedAt; //!< where the placed spread was clipped
    std::vector<float> changedTo;

    RegularSeries placedSpread() const
    {
        RegularSeries placed = onPeriod(
            spreadOverYear(pattern, runningKwh, year, estimateIntervalS), interval, period);
        for (float &v : placed.kwh)
            if (std::isnan(v))
                v = 0.0f;
        return placed;
    }

    RegularSeries make() const
    {
        RegularSeries made = placedSpread();
        for (std::size_t j = 0; j < changedAt.size(); ++j)
            made.kwh[changedAt[j]] = changedTo[j];
        return made;
    }
};

/*!
 * \a load on the curves' grid, never more than the household uses there:
 * its values are taken out of \a curve (the household's consumption). The
 * load keeps a recipe instead of its year of values unless the household's
 * curve clipped it often (a measured household using less than its inventory).
 */
ApplianceLoad placeMovableLoad(ApplianceLoad load, RegularSeries &curve, int year, int interval,
                               const UtcPeriod &period)
{
    auto recipe = std::make_shared<MovableRecipe>();
    recipe->pattern = load.pattern;
    recipe->runningKwh = load.movableKwhPerYear;
    recipe->year = year;
    recipe->interval = interval;
    recipe->period = period;
    RegularSeries placed = onPeriod(std::move(load.movable), interval, period);
    double kwh = 0;
    for (std::size_t i = 0; i < placed.kwh.size(); ++i) {
        float &v = placed.kwh[i];
        const float spread = std::isnan(v) ? 0.0f : v;
        v = std::isnan(v) || std::isnan(curve.kwh[i]) ? 0.0f : std::min(v, curve.kwh[i]);
        curve.kwh[i] -= v;
        kwh += v;
        if (v != spread) {
            recipe->changedAt.push_back(quint32(i));
            recipe->changedTo.push_back(v);
        }
    }
    // A recipe costs 8 bytes per clipped value against 4 per kept value.
    if (recipe->changedAt.size() > placed.kwh.size() / 4) {
        load.movable = std::move(placed);
        return load;
    }
    load.movable = RegularSeries{};
    load.madeKwh = kwh;
    load.makeMovable = [recipe = std::shared_ptr<const MovableRecipe>(std::move(recipe))] {
        return recipe->make();
    };
    return load;
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

Outcome<YearPart> yearPartOf(const Workshop &workshop, std::optional<qint64> fromUtc,
                             std::optional<qint64> toUtc)
{
    YearPart part;
    part.year = fromUtc ? brusselsDateOf(*fromUtc).year()
                : toUtc ? brusselsDateOf(*toUtc - 1).year()
                        : defaultCurveYear(workshop);
    const UtcPeriod year = periodContaining(PeriodKind::Year, QDate(part.year, 1, 1));
    part.fromUtc = fromUtc.value_or(year.fromUtc);
    part.toUtc = toUtc.value_or(year.toUtc);
    if (part.toUtc <= part.fromUtc)
        return Outcome<YearPart>::refused(QCoreApplication::translate(
            "WorkshopCurves", "The period is empty: its end comes before its start."));
    if (part.fromUtc < year.fromUtc || part.toUtc > year.toUtc)
        return Outcome<YearPart>::refused(
            QCoreApplication::translate("WorkshopCurves",
                                        "The figures are counted within one calendar year: the "
                                        "period %1 to %2 spans two.")
                .arg(units::date(brusselsDateOf(part.fromUtc)),
                     units::date(brusselsDateOf(part.toUtc - 1))));
    return part;
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
    const QList<SeriesInfo> infos = workshop.series().all();
    const qint64 productionOwner = group ? -1 : options.householdId;

    // Production.
    RegularSeries production;
    if (!options.estimateProduction) {
        auto measured =
            loadSeries(workshop, infos, SeriesKind::Production, productionOwner, period);
        result.productionSeries = int(measured.size());
        if (!measured.empty()) {
            production = sumStrict(std::move(measured));
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
        options.inventoryOnly ? std::set<qint64>() : householdsWithConsumptionSeries(infos);
    int interval = estimateIntervalS;
    if (production.intervalS > 0)
        interval = commonInterval(interval, production.intervalS);
    if (!options.inventoryOnly) {
        for (const Household &h : households) {
            RegularSeries m = measuredConsumption(workshop, infos, h.id, period);
            if (m.kwh.empty())
                continue;
            interval = commonInterval(interval, m.intervalS);
            measured.emplace(h.id, std::move(m));
        }
    }
    RegularSeries groupMeasured;
    if (group && !options.inventoryOnly) {
        groupMeasured = measuredConsumption(workshop, infos, 0, period);
        if (!groupMeasured.kwh.empty())
            interval = commonInterval(interval, groupMeasured.intervalS);
    }

    // Estimated consumption, overlaid with measurements, household by household.
    const std::size_t count = std::size_t((period.toUtc - period.fromUtc) / interval);
    std::vector<double> total(count, 0.0);
    const ReadingsByAppliance readings = workshop.wattmeterReadings().byAppliance();
    for (const Household &h : households) {
        // Measured values where there are some, the inventory's estimate
        // elsewhere; a household measured all year is not estimated at all.
        const auto found = measured.find(h.id);
        const bool isMeasured = found != measured.end();
        RegularSeries curve;
        if (isMeasured) {
            curve = onPeriod(std::move(found->second), interval, period);
            measured.erase(found); // one year per household in memory, not two
        }
        const bool needsEstimate = !isMeasured || hasGaps(curve);
        const QList<Appliance> appliances = workshop.appliances().forHousehold(h.id);
        InventoryProfile profile =
            inventoryProfile(appliances, readings, result.year, estimateIntervalS,
                             {.total = needsEstimate, .flexible = options.flexibleLoads});
        result.estimatedConsumptionKwh += profile.totalKwh;
        if (!isMeasured) {
            curve = onPeriod(profile.total, interval, period);
            ++result.estimatedHouseholds;
            if (consumptionOwners.count(h.id) > 0)
                ++result.measuredInOtherYears;
        } else {
            if (needsEstimate)
                fillGaps(curve, onPeriod(profile.total, interval, period));
            ++result.measuredHouseholds;
        }
        for (std::size_t i = 0; i < count; ++i)
            total[i] += std::isnan(curve.kwh[i]) ? 0.0 : curve.kwh[i];
        if (options.keepHouseholds) {
            auto own = loadSeries(workshop, infos, SeriesKind::Production, h.id, period);
            // The movable loads below are taken out of the curve: keep a copy then.
            result.households.push_back(
                {h.id, options.flexibleLoads ? curve : std::move(curve),
                 own.empty() ? RegularSeries{}
                             : onPeriod(sumStrict(std::move(own)), interval, period)});
        }
        for (ApplianceLoad &load : profile.flexible)
            result.flexible.push_back(
                placeMovableLoad(std::move(load), curve, result.year, interval, period));
    }

    RegularSeries consumption;
    consumption.startUtc = period.fromUtc;
    consumption.intervalS = interval;
    consumption.kwh.assign(total.begin(), total.end());
    if (!groupMeasured.kwh.empty()) {
        RegularSeries groupCurve = onPeriod(groupMeasured, interval, period);
        fillGaps(groupCurve, consumption);
        consumption = std::move(groupCurve);
    }

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
