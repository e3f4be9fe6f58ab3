// SPDX-License-Identifier: GPL-3.0-or-later
#include "consumptionprofile.h"

#include "timeseries/civiltime.h"
#include "wattmeter/measuredconsumption.h"

#include <algorithm>
#include <map>
#include <optional>

namespace wattelier {
namespace {

// Relative use over the 24 hours of a local day (hour 0 = 00:00–01:00). Only
// ratios matter. The shapes are rough pictures of Belgian households (meal
// times, evenings at home, night tariff 22–7), not measurements.
using DayShape = std::array<double, 24>;
using MonthShape = std::array<double, 12>;

struct Shape
{
    const DayShape &weekday;
    const DayShape &weekend;
    const MonthShape &months;
};

// clang-format off
//                               0     1     2     3     4     5     6     7     8     9    10    11    12    13    14    15    16    17    18    19    20    21    22    23
constexpr DayShape flatDay     {1,    1,    1,    1,    1,    1,    1,    1,    1,    1,    1,    1,    1,    1,    1,    1,    1,    1,    1,    1,    1,    1,    1,    1};
// Breakfast 7–8, a light lunch, dinner 18–20; at weekends breakfast is later and lunch bigger.
constexpr DayShape cookWeekday {0.1,  0.05, 0.05, 0.05, 0.05, 0.1,  0.5,  1.5,  0.8,  0.3,  0.3,  0.6,  1.0,  0.6,  0.3,  0.3,  0.4,  0.9,  2.0,  2.0,  0.8,  0.4,  0.2,  0.1};
constexpr DayShape cookWeekend {0.1,  0.05, 0.05, 0.05, 0.05, 0.05, 0.2,  0.8,  1.5,  1.2,  0.6,  1.2,  2.0,  1.2,  0.4,  0.4,  0.6,  1.0,  2.0,  2.0,  0.8,  0.4,  0.2,  0.1};
// Lights on when people are up and it is dark: early morning and the evening.
constexpr DayShape lightWeekday{0.05, 0.05, 0.05, 0.05, 0.05, 0.1,  0.8,  1.0,  0.4,  0.15, 0.15, 0.15, 0.15, 0.15, 0.15, 0.15, 0.4,  0.8,  1.2,  1.5,  1.6,  1.6,  1.2,  0.5};
constexpr DayShape lightWeekend{0.1,  0.05, 0.05, 0.05, 0.05, 0.05, 0.2,  0.5,  0.9,  0.6,  0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.4,  0.8,  1.2,  1.5,  1.6,  1.6,  1.3,  0.7};
// Laundry during the day and after work; Saturday morning is washing time.
constexpr DayShape washWeekday {0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.1,  0.3,  0.6,  0.8,  0.8,  0.8,  0.6,  0.6,  0.6,  0.6,  0.7,  0.9,  1.0,  1.0,  1.0,  0.8,  0.4,  0.1};
constexpr DayShape washWeekend {0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.05, 0.3,  0.8,  1.6,  1.8,  1.8,  1.5,  1.5,  1.5,  1.4,  1.3,  1.2,  1.0,  1.0,  0.9,  0.7,  0.3,  0.1};
// A dishwasher is started once the dinner dishes are in: 20–22.
constexpr DayShape dishWeekday {0.05, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.05, 0.1,  0.1,  0.05, 0.05, 0.05, 0.1,  0.1,  0.05, 0.05, 0.05, 0.1,  0.3,  2.0,  2.0,  0.8,  0.2};
constexpr DayShape dishWeekend {0.05, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.05, 0.1,  0.1,  0.1,  0.1,  0.1,  0.4,  0.4,  0.2,  0.1,  0.1,  0.1,  0.3,  2.0,  2.0,  0.8,  0.2};
// Screens: the evening in front of the TV, some use during the day (more at weekends).
constexpr DayShape itWeekday   {0.3,  0.1,  0.05, 0.05, 0.05, 0.05, 0.1,  0.3,  0.3,  0.3,  0.3,  0.3,  0.3,  0.3,  0.3,  0.3,  0.4,  0.6,  1.0,  1.3,  1.6,  1.6,  1.2,  0.6};
constexpr DayShape itWeekend   {0.4,  0.2,  0.05, 0.05, 0.05, 0.05, 0.1,  0.2,  0.4,  0.6,  0.6,  0.6,  0.6,  0.6,  0.6,  0.6,  0.7,  0.8,  1.0,  1.3,  1.6,  1.6,  1.3,  0.8};
// Room heaters: warming up when getting up and in the evening; at weekends people are home all day.
constexpr DayShape heatWeekday {0.1,  0.1,  0.1,  0.1,  0.1,  0.3,  1.2,  1.5,  0.8,  0.3,  0.3,  0.3,  0.3,  0.3,  0.3,  0.3,  0.4,  1.0,  1.3,  1.4,  1.4,  1.2,  0.8,  0.3};
constexpr DayShape heatWeekend {0.1,  0.1,  0.1,  0.1,  0.1,  0.2,  0.6,  1.2,  1.3,  0.8,  0.6,  0.6,  0.6,  0.6,  0.6,  0.6,  0.7,  1.0,  1.3,  1.4,  1.4,  1.2,  0.8,  0.3};
// Water heaters on a time switch heat during the off-peak (night tariff) hours 22–7.
constexpr DayShape nightTariff {1,    1,    1,    1,    1,    1,    1,    0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 1,    1};
// Cars and bikes are plugged in when people come home and charge into the night.
constexpr DayShape moveWeekday {0.8,  0.8,  0.8,  0.8,  0.8,  0.8,  0.8,  0.2,  0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.5,  1.2,  1.3,  1.3,  1.2,  1.0,  0.9};
constexpr DayShape moveWeekend {0.8,  0.8,  0.8,  0.8,  0.8,  0.8,  0.8,  0.2,  0.15, 0.15, 0.15, 0.15, 0.15, 0.15, 0.15, 0.15, 0.15, 0.5,  1.2,  1.3,  1.3,  1.2,  1.0,  0.9};
// Fans and mobile air conditioners: the warm afternoon and evening.
constexpr DayShape coolDay     {0.3,  0.2,  0.1,  0.1,  0.1,  0.1,  0.1,  0.1,  0.2,  0.3,  0.5,  0.7,  1.0,  1.3,  1.5,  1.6,  1.6,  1.5,  1.3,  1.1,  0.9,  0.7,  0.5,  0.4};
// Anything else (hair dryer, vacuum cleaner, tools): the waking hours.
constexpr DayShape otherDay    {0.1,  0.05, 0.05, 0.05, 0.05, 0.1,  0.3,  0.8,  1.0,  1.0,  1.0,  1.0,  1.0,  0.9,  0.9,  0.9,  1.0,  1.0,  1.0,  1.0,  0.9,  0.7,  0.4,  0.2};

//                                Jan   Feb   Mar   Apr   May   Jun   Jul   Aug   Sep   Oct   Nov   Dec
constexpr MonthShape flatYear    {1,    1,    1,    1,    1,    1,    1,    1,    1,    1,    1,    1};
// A compressor works a little harder in a warm kitchen.
constexpr MonthShape coldYear    {0.93, 0.93, 0.96, 1.0,  1.03, 1.07, 1.1,  1.08, 1.03, 0.98, 0.95, 0.93};
// Hot meals and oven dishes are more frequent in winter.
constexpr MonthShape cookYear    {1.1,  1.1,  1.05, 1.0,  0.95, 0.9,  0.9,  0.9,  0.95, 1.0,  1.05, 1.1};
// Brussels days last about 8 h in December and 16.5 h in June: lighting about 2.7 times more.
constexpr MonthShape lightYear   {1.5,  1.3,  1.1,  0.85, 0.7,  0.6,  0.62, 0.75, 0.9,  1.15, 1.4,  1.6};
// Dryers run more when laundry cannot dry outside.
constexpr MonthShape washYear    {1.1,  1.1,  1.05, 1.0,  0.95, 0.9,  0.9,  0.9,  0.95, 1.0,  1.05, 1.1};
// Longer evenings indoors in winter.
constexpr MonthShape itYear      {1.1,  1.1,  1.05, 1.0,  0.95, 0.9,  0.85, 0.85, 0.95, 1.0,  1.1,  1.15};
// Direct electric heating only in the heating season, October to April.
constexpr MonthShape heaterYear  {1.6,  1.4,  1.0,  0.5,  0,    0,    0,    0,    0,    0.5,  1.1,  1.5};
// Central heating auxiliaries (pumps, boiler electronics): mostly the heating season, a little for hot water.
constexpr MonthShape centralYear {1.5,  1.4,  1.1,  0.7,  0.3,  0.1,  0.1,  0.1,  0.3,  0.8,  1.2,  1.5};
// Colder mains water and longer showers in winter.
constexpr MonthShape waterYear   {1.12, 1.12, 1.08, 1.02, 0.96, 0.9,  0.88, 0.88, 0.94, 1.0,  1.06, 1.1};
// Fans and air conditioners: summer only.
constexpr MonthShape coolYear    {0,    0,    0,    0,    0.3,  1.0,  1.5,  1.3,  0.3,  0,    0,    0};
// clang-format on

bool keyIs(const Appliance &a, const char *key)
{
    return a.catalogueKey == QLatin1String(key);
}

bool keyHas(const Appliance &a, const char *part)
{
    return a.catalogueKey.contains(QLatin1String(part));
}

Shape shapeFor(const Appliance &a)
{
    switch (a.category) {
    case Category::Cold:
        return {flatDay, flatDay, coldYear};
    case Category::Ventilation:
        if (keyIs(a, "fan") || keyHas(a, "air_conditioner"))
            return {coolDay, coolDay, coolYear};
        return {flatDay, flatDay, flatYear};
    case Category::Cooking:
        return {cookWeekday, cookWeekend, cookYear};
    case Category::Lighting:
        return {lightWeekday, lightWeekend, lightYear};
    case Category::Washing:
        if (keyIs(a, "dishwasher"))
            return {dishWeekday, dishWeekend, flatYear};
        return {washWeekday, washWeekend, washYear};
    case Category::ItScreens:
        // Routers and decoders stay on day and night.
        if (keyIs(a, "internet_router") || keyIs(a, "tv_box_decoder"))
            return {flatDay, flatDay, flatYear};
        return {itWeekday, itWeekend, itYear};
    case Category::HeatingHotWater:
        if (keyHas(a, "water_heater"))
            return {nightTariff, nightTariff, waterYear};
        if (keyHas(a, "circulation_pump") || keyHas(a, "boiler"))
            return {heatWeekday, heatWeekend, centralYear};
        return {heatWeekday, heatWeekend, heaterYear};
    case Category::Mobility:
        return {moveWeekday, moveWeekend, flatYear};
    case Category::Other:
        break;
    }
    return {otherDay, otherDay, flatYear};
}

// The Brussels zone, read once: building a converter queries the time zone database.
const ZoneConverter &brusselsZone()
{
    static const ZoneConverter zone;
    return zone;
}

constexpr int slotsPerYear = 12 * 168;

/*!
 * The local (month, hour of week) slot of every interval of a Brussels year,
 * worked out once per grid so that spreading a pattern is one multiplication
 * per interval.
 */
struct YearGrid
{
    int year = 0;
    int intervalS = 0;
    qint64 startUtc = 0;
    std::vector<quint16> slot;                //!< month × 168 + hour of week
    std::array<qint64, slotsPerYear> count{}; //!< intervals in each slot
};

qint64 localMidnightUtc(const ZoneConverter &zone, int year, int month)
{
    return zone.toUtc(*daysFromCivil(year, month, 1) * 86400).utc;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

YearGrid buildGrid(int year, int intervalS)
{
    const ZoneConverter &zone = brusselsZone();
    YearGrid grid;
    grid.year = year;
    grid.intervalS = intervalS;
    grid.startUtc = localMidnightUtc(zone, year, 1);
    const qint64 endUtc = localMidnightUtc(zone, year + 1, 1);
    const qint64 n = (endUtc - grid.startUtc + intervalS - 1) / intervalS;
    grid.slot.resize(std::size_t(n));
    std::array<qint64, 13> monthStart{}; // local civil seconds
    for (int m = 0; m < 12; ++m)
        monthStart[m] = *daysFromCivil(year, m + 1, 1) * 86400;
    monthStart[12] = *daysFromCivil(year + 1, 1, 1) * 86400;
    int month = 0;
    for (qint64 i = 0; i < n; ++i) {
        const qint64 utc = grid.startUtc + i * intervalS;
        const qint64 local = utc + zone.offsetAt(utc);
        while (month < 11 && local >= monthStart[month + 1])
            ++month;
        const qint64 day = floorDiv(local, 86400);
        const int weekday = int((day + 3) % 7); // 1970-01-01 was a Thursday; Monday = 0
        const int hour = int((local - day * 86400) / 3600);
        const int slot = month * 168 + weekday * 24 + hour;
        grid.slot[std::size_t(i)] = quint16(slot);
        ++grid.count[slot];
    }
    return grid;
}

// The last grid used on this thread: callers spread many appliances over the same year.
const YearGrid &gridFor(int year, int intervalS)
{
    thread_local std::optional<YearGrid> cached;
    if (!cached || cached->year != year || cached->intervalS != intervalS)
        cached = buildGrid(year, intervalS);
    return *cached;
}

/*!
 * Adds \a kwh spread by \a pattern to \a values (one per interval of \a
 * grid). Every interval of an hour weighs the same, so the interval length
 * drops out of the normalisation.
 */
void addSpread(const YearGrid &grid, const UsagePattern &pattern, double kwh,
               std::vector<double> &values)
{
    if (kwh == 0 || grid.slot.empty())
        return;
    std::array<double, slotsPerYear> weight{};
    double total = 0;
    for (int s = 0; s < slotsPerYear; ++s) {
        weight[s] =
            std::max(0.0, pattern.hourOfWeek[s % 168]) * std::max(0.0, pattern.month[s / 168]);
        total += weight[s] * double(grid.count[s]);
    }
    if (!(total > 0)) { // a pattern of zeros: spread evenly rather than lose the energy
        weight.fill(1.0);
        total = double(grid.slot.size());
    }
    const double scale = kwh / total;
    for (std::size_t i = 0; i < grid.slot.size(); ++i)
        values[i] += weight[grid.slot[i]] * scale;
}

RegularSeries toSeries(const YearGrid &grid, const std::vector<double> &values)
{
    RegularSeries series;
    series.startUtc = grid.startUtc;
    series.intervalS = grid.intervalS;
    series.kwh.assign(values.begin(), values.end());
    return series;
}

UsagePattern flatPattern()
{
    UsagePattern pattern;
    pattern.hourOfWeek.fill(1.0);
    pattern.month.fill(1.0);
    return pattern;
}

} // namespace

UsagePattern usagePatternFor(const Appliance &appliance)
{
    const Shape shape = shapeFor(appliance);
    const bool hours = appliance.usageMode == UsageMode::Hours;
    // Something on (nearly) all day has no time of day.
    const bool allDay = hours && appliance.hoursPerDay >= 23.0;
    // Used only a few days a week: more likely on Saturday and Sunday. Heating
    // is left out: its few days a week are the cold days, which the months model.
    double weekdayWeight = 1.0;
    if (hours && appliance.daysPerWeek < 5.0 && appliance.category != Category::HeatingHotWater)
        weekdayWeight = std::clamp((appliance.daysPerWeek - 1.0) / 4.0, 0.2, 1.0);

    UsagePattern pattern;
    for (int day = 0; day < 7; ++day) {
        const bool weekend = day >= 5;
        const DayShape &dayShape = allDay ? flatDay : (weekend ? shape.weekend : shape.weekday);
        const double dayWeight = weekend ? 1.0 : weekdayWeight;
        for (int hour = 0; hour < 24; ++hour)
            pattern.hourOfWeek[std::size_t(day * 24 + hour)] = dayShape[hour] * dayWeight;
    }
    pattern.month = shape.months;
    return pattern;
}

RegularSeries spreadOverYear(const UsagePattern &pattern, double kwh, int year, int intervalS)
{
    if (intervalS <= 0)
        return {};
    const YearGrid &grid = gridFor(year, intervalS);
    std::vector<double> values(grid.slot.size(), 0.0);
    addSpread(grid, pattern, kwh, values);
    return toSeries(grid, values);
}

RegularSeries ApplianceLoad::movableCurve() const
{
    return movable.kwh.empty() && makeMovable ? makeMovable() : movable;
}

double ApplianceLoad::movableCurveKwh() const
{
    if (movable.kwh.empty() && makeMovable)
        return madeKwh;
    double sum = 0;
    for (float v : movable.kwh)
        if (!RegularSeries::isGap(v))
            sum += v;
    return sum;
}

InventoryProfile inventoryProfile(const QList<Appliance> &appliances,
                                  const QHash<qint64, QList<WattmeterReading>> &readings, int year,
                                  int intervalS, ProfileParts parts)
{
    InventoryProfile profile;
    if (intervalS <= 0)
        return profile;
    const YearGrid &grid = gridFor(year, intervalS);

    // Appliances of the same pattern are spread together: a group has a few
    // dozen distinct patterns for hundreds of appliances.
    using PatternKey = std::pair<std::array<double, 168>, std::array<double, 12>>;
    std::map<PatternKey, double> runningByPattern;
    double standbyKwh = 0;

    for (const Appliance &a : appliances) {
        const QList<WattmeterReading> ownReadings = readings.value(a.id);
        const ApplianceConsumption c = applianceConsumption(a, ownReadings);
        // A measured total can be below the nominal standby: never more standby than the total.
        const double standby =
            std::clamp(standbyKwhPerYear(a, ownReadings), 0.0, std::max(0.0, c.kwhPerYear));
        const double running = c.kwhPerYear - standby;
        const UsagePattern pattern = usagePatternFor(a);
        runningByPattern[{pattern.hourOfWeek, pattern.month}] += running;
        standbyKwh += standby;
        profile.totalKwh += c.kwhPerYear;

        if (!parts.flexible ||
            (a.flexibility != Flexibility::WithinDay && a.flexibility != Flexibility::AcrossDays))
            continue;
        ApplianceLoad load;
        load.applianceId = a.id;
        load.householdId = a.householdId;
        load.name = a.name;
        load.flexibility = a.flexibility;
        load.kwhPerYear = c.kwhPerYear;
        load.movableKwhPerYear = running;
        load.maxKw = a.powerW > 0 ? a.quantity * a.powerW / 1000.0 : 0.0;
        load.pattern = pattern;
        // The same function the curves call to make it again (see ApplianceLoad).
        load.movable = spreadOverYear(pattern, running, year, intervalS);
        profile.flexible.push_back(std::move(load));
    }

    if (!parts.total)
        return profile;
    std::vector<double> total(grid.slot.size(), 0.0);
    for (const auto &[key, kwh] : runningByPattern) {
        UsagePattern pattern;
        pattern.hourOfWeek = key.first;
        pattern.month = key.second;
        addSpread(grid, pattern, kwh, total);
    }
    addSpread(grid, flatPattern(), standbyKwh, total);
    profile.total = toSeries(grid, total);
    return profile;
}

} // namespace wattelier
