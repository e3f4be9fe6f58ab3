// SPDX-License-Identifier: GPL-3.0-or-later
// The consumption curve estimated from an inventory: usage patterns, their
// spread over a Brussels year (clock changes included) and the inventory's
// curve. Expected totals and instants are worked out by hand.

#include "energy/consumptionprofile.h"
#include "wattmeter/measuredconsumption.h"

#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace wattelier;

Q_DECLARE_METATYPE(wattelier::UsagePattern)

namespace {

double sumOf(const RegularSeries &series)
{
    double sum = 0;
    for (float v : series.kwh)
        sum += v;
    return sum;
}

qint64 utc(int y, int m, int d, int h)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

QDateTime brussels(qint64 utcSeconds)
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/Brussels"));
    return QDateTime::fromSecsSinceEpoch(utcSeconds, zone);
}

// Energy of the hour starting at \a hourUtc, whatever the interval.
double hourAt(const RegularSeries &series, qint64 hourUtc)
{
    double sum = 0;
    for (qint64 t = hourUtc; t < hourUtc + 3600; t += series.intervalS)
        sum += series.kwh[std::size_t((t - series.startUtc) / series.intervalS)];
    return sum;
}

// Sums of an hourly series by local month (0–11) or local hour of day (0–23).
std::array<double, 12> byMonth(const RegularSeries &s)
{
    std::array<double, 12> sums{};
    for (std::size_t i = 0; i < s.kwh.size(); ++i)
        sums[brussels(s.instantOf(i)).date().month() - 1] += s.kwh[i];
    return sums;
}

std::array<double, 24> byHour(const RegularSeries &s)
{
    std::array<double, 24> sums{};
    for (std::size_t i = 0; i < s.kwh.size(); ++i)
        sums[brussels(s.instantOf(i)).time().hour()] += s.kwh[i];
    return sums;
}

UsagePattern pattern(double hourWeight, double monthWeight)
{
    UsagePattern p;
    p.hourOfWeek.fill(hourWeight);
    p.month.fill(monthWeight);
    return p;
}

// Only one hour of the week (Monday 00:00 = 0), every month.
UsagePattern onlyHour(int hourOfWeek)
{
    UsagePattern p = pattern(0, 1);
    p.hourOfWeek[hourOfWeek] = 1;
    return p;
}

Appliance hours(qint64 id, Category category, const char *key, double powerW, double hoursPerDay,
                double daysPerWeek = 7, std::optional<double> standbyW = {})
{
    Appliance a;
    a.id = id;
    a.householdId = 7;
    a.name = a.catalogueKey = QString::fromLatin1(key);
    a.category = category;
    a.powerW = powerW;
    a.hoursPerDay = hoursPerDay;
    a.daysPerWeek = daysPerWeek;
    a.standbyW = standbyW;
    return a;
}

Appliance cycles(qint64 id, Category category, const char *key, double powerW, double kwhPerCycle,
                 double cyclesPerWeek, Flexibility flexibility)
{
    Appliance a = hours(id, category, key, powerW, 0);
    a.usageMode = UsageMode::Cycles;
    a.kwhPerCycle = kwhPerCycle;
    a.cyclesPerWeek = cyclesPerWeek;
    a.flexibility = flexibility;
    return a;
}

double maxOverMin(const RegularSeries &s)
{
    const auto [lo, hi] = std::minmax_element(s.kwh.begin(), s.kwh.end());
    return *hi / *lo;
}

} // namespace

class TestConsumptionProfile : public QObject
{
    Q_OBJECT

private slots:
    void grid_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("intervalS");
        QTest::addColumn<qint64>("startUtc");
        QTest::addColumn<qint64>("values");
        // Local 1 January 00:00 is 23:00 UTC the day before (winter time, UTC+1).
        QTest::newRow("2025 quarter-hours") << 2025 << 900 << qint64(1735686000) << qint64(35040);
        QTest::newRow("2025 hours") << 2025 << 3600 << qint64(1735686000) << qint64(8760);
        QTest::newRow("2024 leap, quarter-hours")
            << 2024 << 900 << qint64(1704063600) << qint64(35136);
        QTest::newRow("2024 leap, hours") << 2024 << 3600 << qint64(1704063600) << qint64(8784);
        QTest::newRow("2026 minutes") << 2026 << 60 << qint64(1767222000) << qint64(525600);
    }

    void grid()
    {
        QFETCH(int, year);
        QFETCH(int, intervalS);
        QFETCH(qint64, startUtc);
        QFETCH(qint64, values);
        const RegularSeries s = spreadOverYear(pattern(1, 1), 100, year, intervalS);
        QCOMPARE(s.startUtc, startUtc);
        QCOMPARE(s.intervalS, intervalS);
        QCOMPARE(qint64(s.kwh.size()), values);
        QCOMPARE(s.endUtc(), utc(year, 12, 31, 23)); // local 1 January of the next year
    }

    void annualTotal_data()
    {
        QTest::addColumn<UsagePattern>("pattern");
        QTest::addColumn<double>("kwh");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("intervalS");

        Appliance led = hours(1, Category::Lighting, "led_bulb", 8, 2.74);
        Appliance heater = hours(2, Category::HeatingHotWater, "electric_radiator", 1500, 2.6, 2.9);
        Appliance cooking = hours(3, Category::Cooking, "kettle", 2200, 0.2);
        Appliance ev =
            cycles(4, Category::Mobility, "ev_home_charging", 7400, 18, 3, Flexibility::AcrossDays);
        for (int year : {2024, 2025}) {
            for (int interval : {900, 3600}) {
                const QByteArray tag =
                    QByteArray::number(year) + ' ' + QByteArray::number(interval);
                const auto row = [&](const char *name) -> QTestData & {
                    return QTest::newRow(QByteArray(tag + name).constData());
                };
                row(" flat") << pattern(1, 1) << 346.75 << year << interval;
                row(" lighting") << usagePatternFor(led) << 40.004 << year << interval;
                row(" heater, no summer")
                    << usagePatternFor(heater) << 1179.4714 << year << interval;
                row(" cooking") << usagePatternFor(cooking) << 0.5 << year << interval;
                row(" EV") << usagePatternFor(ev) << 2815.714 << year << interval;
                row(" one hour a week") << onlyHour(100) << 12.0 << year << interval;
                row(" all zero weights") << pattern(0, 0) << 5.0 << year << interval;
                row(" nothing") << pattern(1, 1) << 0.0 << year << interval;
            }
        }
    }

    void annualTotal()
    {
        QFETCH(UsagePattern, pattern);
        QFETCH(double, kwh);
        QFETCH(int, year);
        QFETCH(int, intervalS);
        const RegularSeries s = spreadOverYear(pattern, kwh, year, intervalS);
        QVERIFY(std::all_of(s.kwh.begin(), s.kwh.end(),
                            [](float v) { return std::isfinite(v) && v >= 0; }));
        QVERIFY2(std::abs(sumOf(s) - kwh) <= 1e-6 * kwh, qPrintable(QString::number(sumOf(s))));
    }

    // Sunday 18:00–19:00 local only. 2025 has 52 Sundays, so each gets 52/52 = 1 kWh.
    void sundayEveningAcrossClockChanges()
    {
        const RegularSeries s = spreadOverYear(onlyHour(6 * 24 + 18), 52, 2025, 900);
        QCOMPARE(hourAt(s, utc(2025, 3, 23, 17)), 1.0); // winter time: 18:00 local = 17:00 UTC
        QCOMPARE(hourAt(s, utc(2025, 3, 30, 16)), 1.0); // the spring change: summer time
        QCOMPARE(hourAt(s, utc(2025, 3, 30, 17)), 0.0);
        QCOMPARE(hourAt(s, utc(2025, 10, 19, 16)), 1.0);
        QCOMPARE(hourAt(s, utc(2025, 10, 26, 17)), 1.0); // the autumn change: winter time again
        QCOMPARE(hourAt(s, utc(2025, 10, 26, 16)), 0.0);
        QCOMPARE(s.kwh[std::size_t((utc(2025, 3, 30, 16) - s.startUtc) / 900)], 0.25f);
    }

    // Sunday 02:00–03:00 local: missing on 30 March, twice on 26 October:
    // 51 + 2 = 52 hours of 1 kWh.
    void nightHourThatDisappearsAndRepeats()
    {
        const RegularSeries s = spreadOverYear(onlyHour(6 * 24 + 2), 52, 2025, 3600);
        QCOMPARE(std::count_if(s.kwh.begin(), s.kwh.end(), [](float v) { return v > 0; }), 52);
        QCOMPARE(hourAt(s, utc(2025, 3, 30, 1)), 0.0);  // 03:00 summer time
        QCOMPARE(hourAt(s, utc(2025, 10, 26, 0)), 1.0); // 02:00 summer time
        QCOMPARE(hourAt(s, utc(2025, 10, 26, 1)), 1.0); // 02:00 winter time
        QCOMPARE(hourAt(s, utc(2025, 4, 6, 0)), 1.0);
    }

    // A cooking pattern: on the DST Sunday the 18:00 peak follows local time.
    void cookingPeakFollowsLocalTime()
    {
        const Appliance hob = hours(1, Category::Cooking, "induction_hob", 1500, 0.25);
        const RegularSeries s = spreadOverYear(usagePatternFor(hob), 136.875, 2025, 900);
        const double sunday = hourAt(s, utc(2025, 3, 23, 17)); // 18:00 winter time
        QVERIFY(sunday > 0);
        QCOMPARE(hourAt(s, utc(2025, 3, 30, 16)), sunday); // 18:00 summer time, same weights
        QVERIFY(hourAt(s, utc(2025, 3, 30, 16)) > hourAt(s, utc(2025, 3, 30, 14)));
        QCOMPARE(hourAt(s, utc(2025, 3, 29, 17)), sunday); // Saturday, still winter time
    }

    // Only February: 29 × 24 = 696 hours in 2024, 672 in 2025.
    void onlyFebruary_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<double>("hours");
        QTest::newRow("2024") << 2024 << 696.0;
        QTest::newRow("2025") << 2025 << 672.0;
    }

    void onlyFebruary()
    {
        QFETCH(int, year);
        QFETCH(double, hours);
        UsagePattern p = pattern(1, 0);
        p.month[1] = 1;
        const RegularSeries s = spreadOverYear(p, hours, year, 3600);
        QCOMPARE(hourAt(s, utc(year, 1, 31, 22)), 0.0);         // 23:00 local, January
        QCOMPARE(float(hourAt(s, utc(year, 1, 31, 23))), 1.0f); // 1 February 00:00 local
        QCOMPARE(float(hourAt(s, utc(year, 2, 28, 12))), 1.0f);
        QCOMPARE(hourAt(s, utc(year, 2, year == 2024 ? 29 : 28, 23)), 0.0); // 1 March local
    }

    void patterns()
    {
        // Cold: flat over the year within the mild summer factor.
        const Appliance fridge = hours(1, Category::Cold, "fridge_freezer", 100, 9.5);
        InventoryProfile cold = inventoryProfile({fridge}, {}, 2025, 3600);
        QVERIFY(maxOverMin(cold.total) < 1.3);
        // A router is on day and night, every month.
        const Appliance router = hours(2, Category::ItScreens, "internet_router", 11, 24);
        QCOMPARE(maxOverMin(spreadOverYear(usagePatternFor(router), 96.36, 2025, 3600)), 1.0);
        // Anything on 24 h a day is flat over the day.
        const Appliance aquarium = hours(3, Category::Other, "aquarium", 35, 24);
        QCOMPARE(maxOverMin(spreadOverYear(usagePatternFor(aquarium), 306.6, 2025, 900)), 1.0);

        // Lighting: winter evenings.
        const Appliance led = hours(4, Category::Lighting, "led_bulb", 8, 2.74);
        const RegularSeries light = spreadOverYear(usagePatternFor(led), 8.0008, 2025, 3600);
        const auto lightMonths = byMonth(light);
        QVERIFY(lightMonths[11] > 2 * lightMonths[5]);
        const auto lightHours = byHour(light);
        QVERIFY(lightHours[20] > 3 * lightHours[13]);
        QVERIFY(lightHours[7] > lightHours[13]);

        // Cooking: breakfast, lunch and dinner.
        const Appliance oven = hours(5, Category::Cooking, "electric_oven", 3000, 0.3);
        const auto cook = byHour(spreadOverYear(usagePatternFor(oven), 328.5, 2025, 3600));
        QVERIFY(cook[7] > cook[5] && cook[7] > cook[10]);
        QVERIFY(cook[12] > cook[10] && cook[12] > cook[15]);
        QVERIFY(cook[18] > cook[15] && cook[18] > cook[22]);
        QCOMPARE(std::max_element(cook.begin(), cook.end()) - cook.begin() >= 18, true);

        // Dishwasher after dinner; water heater on the night tariff; EV at night.
        const Appliance dish =
            cycles(6, Category::Washing, "dishwasher", 2000, 1.15, 3.2, Flexibility::WithinDay);
        const auto dishHours = byHour(spreadOverYear(usagePatternFor(dish), 191.9, 2025, 3600));
        QVERIFY(dishHours[20] > 5 * dishHours[13] && dishHours[21] > 5 * dishHours[18]);
        const Appliance boiler =
            hours(7, Category::HeatingHotWater, "electric_water_heater_200l", 2400, 1.91);
        const auto boilerHours = byHour(spreadOverYear(usagePatternFor(boiler), 1673, 2025, 3600));
        QVERIFY(boilerHours[3] > 20 * boilerHours[12] && boilerHours[23] > 20 * boilerHours[15]);
        const Appliance ev =
            cycles(8, Category::Mobility, "ev_home_charging", 7400, 18, 3, Flexibility::AcrossDays);
        const auto evHours = byHour(spreadOverYear(usagePatternFor(ev), 2815.714, 2025, 3600));
        QVERIFY(evHours[20] > 5 * evHours[12] && evHours[2] > 5 * evHours[12]);

        // Room heaters only from October to April.
        const Appliance radiator =
            hours(9, Category::HeatingHotWater, "electric_radiator", 1500, 2.6, 2.9);
        const auto heat = byMonth(spreadOverYear(usagePatternFor(radiator), 1179, 2025, 3600));
        for (int m = 4; m <= 8; ++m)
            QCOMPARE(heat[m], 0.0);
        QVERIFY(heat[0] > heat[3] && heat[3] > 0 && heat[9] > 0);

        // Two days a week leans to the weekend.
        const Appliance iron = hours(10, Category::Washing, "iron", 2200, 0.5, 2);
        const UsagePattern ironing = usagePatternFor(iron);
        QVERIFY(ironing.hourOfWeek[5 * 24 + 10] > 3 * ironing.hourOfWeek[0 * 24 + 10]);
    }

    void inventory()
    {
        // Hand-computed yearly figures (estimate.h):
        Appliance fridge = hours(1, Category::Cold, "fridge_freezer", 100, 9.5); // 346.75
        Appliance bulbs = hours(2, Category::Lighting, "led_bulb", 8, 2.74);     // 5 × 8.0008
        bulbs.quantity = 5;                                                      // 40.004
        // TV 75 W × 4 h × 365 = 109.5 running; standby measured 1.0 W × 7300 h = 7.3.
        Appliance tv = hours(3, Category::ItScreens, "tv_led_40_50", 75, 4, 7, 0.5); // 116.8
        // 0.55 × 3.5 × 365/7 = 100.375
        Appliance washer = cycles(4, Category::Washing, "washing_machine", 2000, 0.55, 3.5,
                                  Flexibility::WithinDay);
        // 18 × 3 × 365/7 = 2815.714285…
        Appliance ev =
            cycles(5, Category::Mobility, "ev_home_charging", 7400, 18, 3, Flexibility::AcrossDays);
        // 1.15 × 3.2 × 365/7 = 191.885714…, could do without: not movable
        Appliance dish = cycles(6, Category::Washing, "dishwasher", 2000, 1.15, 3.2,
                                Flexibility::CouldDoWithout);
        // Laptop 16 W × 3 h × 365 = 17.52 running + 0.5 W × 7665 h = 3.8325 standby
        Appliance laptop = hours(7, Category::ItScreens, "laptop", 16, 3, 7, 0.5); // 21.3525
        laptop.flexibility = Flexibility::WithinDay;
        const QList<Appliance> list{fridge, bulbs, tv, washer, ev, dish, laptop};
        WattmeterReading standby;
        standby.applianceId = 3;
        standby.kind = ReadingKind::Standby;
        standby.value = 1.0;
        const QHash<qint64, QList<WattmeterReading>> readings{{3, {standby}}};

        const double expected =
            346.75 + 40.004 + 116.8 + 100.375 + 19710.0 / 7 + 1343.2 / 7 + 21.3525; // 3632.8815
        double fromConsumption = 0;
        for (const Appliance &a : list)
            fromConsumption += applianceConsumption(a, readings.value(a.id)).kwhPerYear;
        QVERIFY(qFuzzyCompare(fromConsumption, expected));

        for (int interval : {900, 3600}) {
            const InventoryProfile p = inventoryProfile(list, readings, 2025, interval);
            QVERIFY(qFuzzyCompare(p.totalKwh, expected));
            QVERIFY(std::abs(sumOf(p.total) - expected) < 1e-6 * expected);
            QCOMPARE(p.total.startUtc, qint64(1735686000));
            QCOMPARE(p.total.kwh.size(), std::size_t(8760 * 3600 / interval));

            QCOMPARE(p.flexible.size(), std::size_t(3)); // washer, EV, laptop; in inventory order
            const ApplianceLoad &w = p.flexible[0];
            QCOMPARE(w.applianceId, qint64(4));
            QCOMPARE(w.householdId, qint64(7));
            QCOMPARE(w.name, QStringLiteral("washing_machine"));
            QCOMPARE(w.flexibility, Flexibility::WithinDay);
            QVERIFY(qFuzzyCompare(w.kwhPerYear, 100.375));
            QVERIFY(qFuzzyCompare(w.movableKwhPerYear, 100.375));
            QCOMPARE(w.maxKw, 2.0);
            QVERIFY(std::abs(sumOf(w.movable) - 100.375) < 1e-4);
            QCOMPARE(w.movable.startUtc, p.total.startUtc);
            QCOMPARE(w.movable.kwh.size(), p.total.kwh.size());

            const ApplianceLoad &car = p.flexible[1];
            QCOMPARE(car.flexibility, Flexibility::AcrossDays);
            QCOMPARE(car.maxKw, 7.4);
            QVERIFY(std::abs(sumOf(car.movable) - 19710.0 / 7) < 1e-3);

            // Standby stays out of the movable part.
            const ApplianceLoad &pc = p.flexible[2];
            QVERIFY(qFuzzyCompare(pc.kwhPerYear, 21.3525));
            QVERIFY(qFuzzyCompare(pc.movableKwhPerYear, 17.52));
            QVERIFY(std::abs(sumOf(pc.movable) - 17.52) < 1e-5);
            QCOMPARE(pc.maxKw, 0.016);

            // The curve holds every load where it runs.
            for (std::size_t i = 0; i < p.total.kwh.size(); i += 97) {
                QVERIFY(p.total.kwh[i] >=
                        (w.movable.kwh[i] + car.movable.kwh[i] + pc.movable.kwh[i]) * 0.9999f);
            }
        }
        const InventoryProfile empty = inventoryProfile({}, {}, 2024, 3600);
        QCOMPARE(empty.totalKwh, 0.0);
        QCOMPARE(empty.total.kwh.size(), std::size_t(8784));
    }

    // A measured total below the nominal standby: the standby is cut to the total.
    void standbyNeverExceedsTotal()
    {
        Appliance box = hours(1, Category::ItScreens, "tv_box_decoder", 10, 0, 7, 10);
        box.flexibility = Flexibility::WithinDay;
        WattmeterReading r;
        r.applianceId = 1;
        r.kind = ReadingKind::EnergyOverDuration;
        r.value = 0.05; // over 24 h: 0.05 / 24 × 8760 = 18.25 kWh a year
        r.durationHours = 24;
        const InventoryProfile p = inventoryProfile({box}, {{1, {r}}}, 2025, 3600);
        QVERIFY(qFuzzyCompare(p.totalKwh, 18.25));
        QVERIFY(std::abs(sumOf(p.total) - 18.25) < 1e-5);
        QCOMPARE(p.flexible.front().movableKwhPerYear, 0.0);
        QVERIFY(
            std::all_of(p.total.kwh.begin(), p.total.kwh.end(), [](float v) { return v >= 0; }));
    }

    // 400 appliances over a year at 900 s, a group's whole inventory: every
    // kWh is placed somewhere. (Its time is measured by bench_energy.)
    void largeInventoryKeepsEveryKwh()
    {
        const QList<Appliance> kinds{
            hours(0, Category::Cold, "fridge_freezer", 100, 9.5),
            hours(0, Category::Lighting, "led_bulb", 8, 2.74),
            hours(0, Category::ItScreens, "tv_led_40_50", 75, 6.75, 7, 0.5),
            hours(0, Category::ItScreens, "internet_router", 11, 24),
            hours(0, Category::Cooking, "induction_hob", 1500, 0.25),
            hours(0, Category::HeatingHotWater, "electric_water_heater_200l", 2400, 1.91),
            cycles(0, Category::Washing, "washing_machine", 2000, 0.55, 3.5,
                   Flexibility::AcrossDays),
            cycles(0, Category::Washing, "dishwasher", 2000, 1.15, 3.2, Flexibility::WithinDay),
        };
        QList<Appliance> list;
        double expected = 0;
        for (int i = 0; i < 400; ++i) {
            Appliance a = kinds[i % kinds.size()];
            a.id = i + 1;
            a.householdId = i / 22 + 1;
            a.hoursPerDay *= 1.0 + (i % 5) * 0.1; // households differ
            a.daysPerWeek = a.hoursPerDay >= 23 ? 7 : 3 + i % 5;
            list.append(a);
            expected += applianceConsumption(a, {}).kwhPerYear;
        }
        const InventoryProfile p = inventoryProfile(list, {}, 2025, 900);
        QCOMPARE(qsizetype(p.total.kwh.size()), qsizetype(365 * 96));
        QVERIFY(std::abs(sumOf(p.total) - expected) < 1e-6 * expected);
    }
};

QTEST_GUILESS_MAIN(TestConsumptionProfile)
#include "tst_consumptionprofile.moc"
