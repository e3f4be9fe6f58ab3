// SPDX-License-Identifier: GPL-3.0-or-later
#include "energy/pvestimate.h"

#include "timeseries/civiltime.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include <QCoreApplication>
#include <QRandomGenerator>

namespace wattelier {
namespace {

// A context lupdate can see for the messages of these free functions.
struct PvEstimateText
{
    Q_DECLARE_TR_FUNCTIONS(PvEstimate)
};

constexpr double pi = std::numbers::pi;
constexpr double degree = pi / 180;

// Mean monthly global irradiation on a horizontal plane at Uccle, kWh/m², January first.
// How these figures were obtained, and their limits: resources/solar/uccle-irradiation.md.
constexpr std::array<double, 12> uccleKwhPerM2{16.8,  35.2,  80.5, 105.6, 147.3, 147.6,
                                               147.2, 120.3, 96.8, 56.7,  26.0,  17.1};

// The share of the plane-of-array irradiation that reaches the meter as AC energy, relative
// to the modules' STC rating: inverter (~3 %), module temperature above 25 °C (~3 % over a
// Belgian year), soiling, wiring and mismatch (~4 %), and reflection at low sun angles (~3 %,
// not modelled separately so that a flat plate sees exactly the horizontal irradiation).
// Residential systems are commonly quoted at 0.75-0.90.
constexpr double performanceRatio = 0.85;
constexpr double groundAlbedo = 0.2; // grass, streets and roofs of a city; no snow
// estimatePv()'s "typical year": a fixed non-leap year, so its daily weather is fixed too.
constexpr int typicalYear = 2025;
// Sub-steps of at most 5 minutes put sunrise and sunset inside the right interval.
constexpr int maxSubStepS = 300;
constexpr double dayS = 86400;

struct CivilDate
{
    int year;
    int month; // 1-12
    int day;
};

// Inverse of daysFromCivil() (H. Hinnant's algorithm).
CivilDate civilFromDays(qint64 z)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    return {int(yoe + era * 400 + (month <= 2 ? 1 : 0)), month, day};
}

// One solar day (midnight to midnight of mean solar time at the installation's longitude).
// Sun position is taken at the day's noon: the declination moves less than 0.4° in a day.
struct Day
{
    int month = 0;    // 0-11, of the solar date
    double cosZ0 = 0; // cos(zenith) = cosZ0 + cosZ1 * cos(hour angle)
    double cosZ1 = 0;
    double cosI0 = 0; // cos(incidence on the panel) = cosI0 + cosI1 cos ω + cosI2 sin ω
    double cosI1 = 0;
    double cosI2 = 0;
    double eotS = 0;       // equation of time, seconds
    double sunsetRad = 0;  // sunset hour angle
    double h0Wh = 0;       // extraterrestrial irradiation on a horizontal plane, whole day
    double weight = 0;     // the day's draw: 0.1 grey to 1 sunny, before monthly scaling
    double clearSkyWh = 0; // clear-sky horizontal irradiation within the grid
    double clearness = 0;  // the day's irradiation / clear sky, at most 1
    double diffuseFraction = 1;
};

struct Grid
{
    qint64 startUtc = 0;
    qint64 count = 0; // output intervals
    int subSteps = 1;
    double stepS = 0;
    double firstSolarS = 0; // mean solar time of the first sub-step's midpoint
    qint64 steps() const { return count * subSteps; }
};

Grid localYearGrid(const PvSystem &system, int year, int intervalS)
{
    // Converting needs the zone's transitions, read once for all calls.
    static const ZoneConverter brussels;
    Grid grid;
    grid.startUtc = brussels.toUtc(*daysFromCivil(year, 1, 1) * qint64(dayS)).utc;
    const qint64 endUtc = brussels.toUtc(*daysFromCivil(year + 1, 1, 1) * qint64(dayS)).utc;
    grid.count = (endUtc - grid.startUtc) / intervalS;
    grid.subSteps = (intervalS + maxSubStepS - 1) / maxSubStepS;
    grid.stepS = double(intervalS) / grid.subSteps;
    grid.firstSolarS = double(grid.startUtc) + system.longitudeDeg * 240 + grid.stepS / 2;
    return grid;
}

// Spencer's (1971) Fourier series for declination, equation of time and the Sun-Earth
// distance, with the Duffie & Beckman incidence angle on a plane of any orientation.
Day dayAt(const PvSystem &system, qint64 dayNumber)
{
    const CivilDate date = civilFromDays(dayNumber);
    const qint64 jan1 = *daysFromCivil(date.year, 1, 1);
    const double yearLength = double(*daysFromCivil(date.year + 1, 1, 1) - jan1);
    const double g = 2 * pi * double(dayNumber - jan1) / yearLength;
    const double decl = 0.006918 - 0.399912 * std::cos(g) + 0.070257 * std::sin(g) -
                        0.006758 * std::cos(2 * g) + 0.000907 * std::sin(2 * g) -
                        0.002697 * std::cos(3 * g) + 0.00148 * std::sin(3 * g);
    const double eotMin = 229.18 * (0.000075 + 0.001868 * std::cos(g) - 0.032077 * std::sin(g) -
                                    0.014615 * std::cos(2 * g) - 0.040849 * std::sin(2 * g));
    const double e0 = 1.000110 + 0.034221 * std::cos(g) + 0.001280 * std::sin(g) +
                      0.000719 * std::cos(2 * g) + 0.000077 * std::sin(2 * g);

    const double lat = system.latitudeDeg * degree;
    const double tilt = system.tiltDeg * degree;
    const double azimuth = (system.azimuthDeg - 180) * degree; // 0 south, west positive
    const double sd = std::sin(decl), cd = std::cos(decl);
    const double sl = std::sin(lat), cl = std::cos(lat);
    const double st = std::sin(tilt), ct = std::cos(tilt);

    Day day;
    day.month = date.month - 1;
    day.eotS = eotMin * 60;
    day.cosZ0 = sl * sd;
    day.cosZ1 = cl * cd;
    day.cosI0 = sd * sl * ct - sd * cl * st * std::cos(azimuth);
    day.cosI1 = cd * cl * ct + cd * sl * st * std::cos(azimuth);
    day.cosI2 = cd * st * std::sin(azimuth);
    day.sunsetRad = std::acos(std::clamp(-std::tan(lat) * std::tan(decl), -1.0, 1.0));
    day.h0Wh = 24 / pi * 1367 * e0 * (cl * cd * std::sin(day.sunsetRad) + day.sunsetRad * sl * sd);
    return day;
}

// Haurwitz (1945) clear-sky global horizontal irradiance divided by cos(zenith), W/m². It
// needs no turbidity data, and only its shape over the day matters: each month is scaled to
// the measured irradiation anyway.
double clearSkyOverCosZ(double cosZ)
{
    return 1098 * std::exp(-0.057 / cosZ);
}

// Erbs, Klein & Duffie (1982) daily diffuse fraction from the daily clearness index.
double diffuseFraction(double kt, double sunsetRad)
{
    double fd;
    if (sunsetRad <= 81.4 * degree)
        fd = kt < 0.715 ? 1 - 0.2727 * kt + 2.4495 * kt * kt - 11.9514 * std::pow(kt, 3) +
                              9.3879 * std::pow(kt, 4)
                        : 0.143;
    else
        fd = kt < 0.722 ? 1 + 0.2832 * kt - 2.5557 * kt * kt + 0.8448 * std::pow(kt, 3) : 0.175;
    return std::clamp(fd, 0.0, 1.0);
}

// Calls visit(step, day, cosZ, hourAngle) for every sub-step with the sun above the horizon.
template <typename Visit>
void forEachDaylightStep(const Grid &grid, qint64 firstDay, std::vector<Day> &days, Visit visit)
{
    for (qint64 k = 0; k < grid.steps(); ++k) {
        const double solarS = grid.firstSolarS + double(k) * grid.stepS;
        const double dayNumber = std::floor(solarS / dayS);
        Day &day = days[std::size_t(qint64(dayNumber) - firstDay)];
        const double omega = (solarS - dayNumber * dayS + day.eotS - dayS / 2) * (pi / (dayS / 2));
        const double cosZ = day.cosZ0 + day.cosZ1 * std::cos(omega);
        if (cosZ > 0)
            visit(k, day, cosZ, omega);
    }
}

// Grey and sunny days come in spells: an AR(1) process on a normal variable, mapped to a
// weight between 0.1 (overcast) and 1 (clear), from a generator seeded with the year so that
// every estimate of a year shows the same weather.
void drawWeather(std::vector<Day> &days, int year)
{
    QRandomGenerator random{quint32(year)};
    constexpr double persistence = 0.6;
    double z = 0;
    for (std::size_t i = 0; i < days.size(); ++i) {
        const double u1 = 1 - random.generateDouble(); // (0, 1]: log() stays finite
        const double u2 = random.generateDouble();
        const double normal = std::sqrt(-2 * std::log(u1)) * std::cos(2 * pi * u2);
        z = i == 0 ? normal : persistence * z + std::sqrt(1 - persistence * persistence) * normal;
        days[i].weight = 0.1 + 0.9 * 0.5 * std::erfc(-z / std::numbers::sqrt2);
    }
}

// Scales the days of each month so that their horizontal irradiation adds up to the Uccle
// figure: clearness = min(1, λ·weight), λ found by bisection, so no day exceeds clear sky.
void fitMonths(std::vector<Day> &days)
{
    for (int month = 0; month < 12; ++month) {
        const double targetWh = uccleKwhPerM2[std::size_t(month)] * 1000;
        const auto total = [&](double lambda) {
            double sum = 0;
            for (const Day &d : days)
                if (d.month == month)
                    sum += std::min(1.0, lambda * d.weight) * d.clearSkyWh;
            return sum;
        };
        double lo = 0, hi = 10; // weights are at least 0.1: λ = 10 is clear sky every day
        if (total(hi) > targetWh) {
            for (int i = 0; i < 60; ++i) {
                const double mid = (lo + hi) / 2;
                if (total(mid) < targetWh)
                    lo = mid;
                else
                    hi = mid;
            }
        }
        for (Day &d : days) {
            if (d.month != month)
                continue;
            d.clearness = std::min(1.0, hi * d.weight);
            const double kt = d.h0Wh > 0 ? d.clearness * d.clearSkyWh / d.h0Wh : 0;
            d.diffuseFraction = diffuseFraction(std::min(kt, 1.0), d.sunsetRad);
        }
    }
}

struct Simulation
{
    Grid grid;
    std::array<double, 12> monthKwh{}; // by month of the solar day
    std::vector<double> kwh;           // per output interval, when asked for
    std::vector<quint8> monthOf;       // month of each interval's daylight
};

// The unscaled production of the Brussels local year \a year on a grid of \a intervalS.
// Solar days that the grid cuts at either end (only at night in Belgium) count in the month
// of their date.
Simulation simulate(const PvSystem &system, int year, int intervalS, bool keepSeries)
{
    Simulation sim;
    const Grid &grid = sim.grid = localYearGrid(system, year, intervalS);
    const qint64 firstDay = qint64(std::floor(grid.firstSolarS / dayS));
    const qint64 lastDay =
        qint64(std::floor((grid.firstSolarS + double(grid.steps() - 1) * grid.stepS) / dayS));
    std::vector<Day> days;
    days.reserve(std::size_t(lastDay - firstDay + 1));
    for (qint64 n = firstDay; n <= lastDay; ++n)
        days.push_back(dayAt(system, n));
    drawWeather(days, year);

    const double stepH = grid.stepS / 3600;
    forEachDaylightStep(grid, firstDay, days, [&](qint64, Day &day, double cosZ, double) {
        day.clearSkyWh += cosZ * clearSkyOverCosZ(cosZ) * stepH;
    });
    fitMonths(days);

    if (keepSeries) {
        sim.kwh.assign(std::size_t(grid.count), 0.0);
        sim.monthOf.assign(std::size_t(grid.count), 0);
    }
    const double tilt = system.tiltDeg * degree;
    const double skyView = (1 + std::cos(tilt)) / 2; // isotropic sky (Liu & Jordan)
    const double groundView = groundAlbedo * (1 - std::cos(tilt)) / 2;
    const double kwhPerWStep = stepH / 1000 * system.kwp * performanceRatio;
    forEachDaylightStep(grid, firstDay, days, [&](qint64 k, Day &day, double cosZ, double omega) {
        const double globalOverCosZ = day.clearness * clearSkyOverCosZ(cosZ);
        const double global = globalOverCosZ * cosZ;
        const double diffuse = day.diffuseFraction * global;
        const double beamNormal = (1 - day.diffuseFraction) * globalOverCosZ;
        const double cosI = day.cosI0 + day.cosI1 * std::cos(omega) + day.cosI2 * std::sin(omega);
        const double poa =
            beamNormal * std::max(0.0, cosI) + diffuse * skyView + global * groundView;
        const double kwh = poa * kwhPerWStep;
        sim.monthKwh[std::size_t(day.month)] += kwh;
        if (keepSeries) {
            const auto interval = std::size_t(k / grid.subSteps);
            sim.kwh[interval] += kwh;
            sim.monthOf[interval] = quint8(day.month);
        }
    });
    return sim;
}

bool isValidInterval(int intervalS)
{
    return intervalS >= 60 && intervalS <= 3600 && 3600 % intervalS == 0;
}

// The measured yield, when given, replaces the model's annual total.
double yieldScale(const PvSystem &system, double modelAnnualKwh)
{
    if (!system.yieldKwhPerKwp || modelAnnualKwh <= 0)
        return 1;
    return *system.yieldKwhPerKwp * system.kwp / modelAnnualKwh;
}

bool inRange(double value, double low, double high)
{
    return value >= low && value <= high; // false for NaN
}

} // namespace

QString validatePvSystem(const PvSystem &system)
{
    if (!(system.kwp > 0))
        return PvEstimateText::tr("The peak power must be more than 0 kWp.");
    if (system.kwp > 100000)
        return PvEstimateText::tr("The peak power must be at most 100,000 kWp.");
    if (!inRange(system.tiltDeg, 0, 90))
        return PvEstimateText::tr("The tilt must be between 0° (flat) and 90° (vertical).");
    if (!inRange(system.azimuthDeg, 0, 360))
        return PvEstimateText::tr("The orientation must be between 0° and 360° (180° is south).");
    if (!inRange(system.latitudeDeg, -66, 66))
        return PvEstimateText::tr("The latitude must be between -66° and 66°.");
    if (!inRange(system.longitudeDeg, -180, 180))
        return PvEstimateText::tr("The longitude must be between -180° and 180°.");
    if (system.yieldKwhPerKwp && !inRange(*system.yieldKwhPerKwp, 100, 2000))
        return PvEstimateText::tr("The measured yield must be between 100 and 2,000 kWh/kWp.");
    return {};
}

PvEstimate estimatePv(const PvSystem &system)
{
    PvEstimate estimate;
    if (!validatePvSystem(system).isEmpty())
        return estimate;
    // The series of the typical year gives these totals, so both always agree.
    const Simulation typical = simulate(system, typicalYear, 3600, false);
    double annual = 0;
    for (double kwh : typical.monthKwh)
        annual += kwh;
    const double scale = yieldScale(system, annual);
    for (std::size_t m = 0; m < 12; ++m) {
        estimate.monthlyKwh[m] = typical.monthKwh[m] * scale;
        estimate.annualKwh += estimate.monthlyKwh[m];
    }
    return estimate;
}

RegularSeries estimatePvSeries(const PvSystem &system, int year, int intervalS)
{
    RegularSeries series;
    // Invalid input gives an empty series (no values), never a series of zeros.
    if (!validatePvSystem(system).isEmpty() || !isValidInterval(intervalS) || year < 1900 ||
        year > 2200)
        return series;
    // Another year has other weather, and February may have 29 days: each month is brought
    // back to the typical year's total, so that yearly figures do not depend on the year.
    const PvEstimate typical = estimatePv(system);
    const Simulation sim = simulate(system, year, intervalS, true);
    std::array<double, 12> factor{};
    for (std::size_t m = 0; m < 12; ++m)
        factor[m] = sim.monthKwh[m] > 0 ? typical.monthlyKwh[m] / sim.monthKwh[m] : 0;

    series.startUtc = sim.grid.startUtc;
    series.intervalS = intervalS;
    series.kwh.resize(sim.kwh.size());
    for (std::size_t i = 0; i < sim.kwh.size(); ++i)
        series.kwh[i] = float(sim.kwh[i] * factor[sim.monthOf[i]]);
    return series;
}

} // namespace wattelier
