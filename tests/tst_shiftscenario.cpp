// SPDX-License-Identifier: GPL-3.0-or-later
// The "what if the flexible appliances ran in the sun" scenario: hand-computed
// small days, the local day and week windows (clock changes included), and
// properties that must hold for any production (self-consumption never
// decreases, energy is kept, gaps are left alone, the power cap holds).

#include "energy/shiftscenario.h"
#include "timeseries/civiltime.h"

#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <numbers>

using namespace wattelier;

Q_DECLARE_METATYPE(wattelier::Flexibility)

namespace {

constexpr float gap = std::numeric_limits<float>::quiet_NaN();

qint64 localMidnight(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), QTimeZone(QByteArrayLiteral("Europe/Brussels")))
        .toSecsSinceEpoch();
}

// Local wall-clock hours since midnight (fractional) and day (days since 1970) of an instant.
std::pair<double, qint64> local(qint64 utc)
{
    static const ZoneConverter zone;
    const qint64 civil = utc + zone.offsetAt(utc);
    const qint64 day = civil / 86400;
    return {double(civil - day * 86400) / 3600.0, day};
}

RegularSeries series(qint64 start, int intervalS, const QList<double> &values)
{
    RegularSeries s;
    s.startUtc = start;
    s.intervalS = intervalS;
    for (double v : values)
        s.kwh.push_back(float(v));
    return s;
}

// \a n zeros (or \a fill) with a few values set: {{index, kWh}, ...}.
QList<double> hoursWith(std::initializer_list<std::pair<int, double>> values, int n = 24,
                        double fill = 0)
{
    QList<double> v(n, fill);
    for (const auto &[i, kwh] : values)
        v[i] = kwh;
    return v;
}

ApplianceLoad load(qint64 id, Flexibility flexibility, double maxKw, const RegularSeries &movable)
{
    ApplianceLoad l;
    l.applianceId = id;
    l.householdId = 3;
    l.name = QStringLiteral("appliance %1").arg(id);
    l.flexibility = flexibility;
    l.maxKw = maxKw;
    l.movable = movable;
    for (float v : movable.kwh)
        l.movableKwhPerYear += v;
    l.kwhPerYear = l.movableKwhPerYear;
    return l;
}

RegularSeries plus(const RegularSeries &a, const RegularSeries &b)
{
    RegularSeries s = a;
    for (std::size_t i = 0; i < s.kwh.size(); ++i)
        s.kwh[i] += b.kwh[i];
    return s;
}

double total(const RegularSeries &s)
{
    double sum = 0;
    for (float v : s.kwh) {
        if (!std::isnan(v))
            sum += v;
    }
    return sum;
}

double selfConsumed(const RegularSeries &p, const RegularSeries &c)
{
    double sum = 0;
    for (std::size_t i = 0; i < c.kwh.size(); ++i) {
        if (!std::isnan(p.kwh[i]) && !std::isnan(c.kwh[i]))
            sum += std::min(double(p.kwh[i]), double(c.kwh[i]));
    }
    return sum;
}

bool sameValue(float a, float b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

// A sunny (or grey) day in kWh per quarter-hour: a sine from 6:00 to 20:00 local.
double sun(qint64 utc, double peak)
{
    const double h = local(utc).first;
    return h > 6 && h < 20 ? peak * std::sin(std::numbers::pi * (h - 6) / 14) : 0.0;
}

} // namespace

class TestShiftScenario : public QObject
{
    Q_OBJECT

private slots:
    // One day of hours from 2025-06-10 00:00 local; 0.5 kWh of other use every hour.
    void handComputed_data()
    {
        QTest::addColumn<QList<double>>("production");
        QTest::addColumn<QList<double>>("load");
        QTest::addColumn<double>("maxKw");
        QTest::addColumn<QList<double>>("loadAfter"); // result − 0.5
        QTest::addColumn<double>("moved");
        QTest::addColumn<double>("gain");

        // Self-consumed before: min(3, 0.5) = 0.5; after: min(3, 2.5) = 2.5.
        QTest::newRow("washing machine to noon") << hoursWith({{12, 3}}) << hoursWith({{19, 2}})
                                                 << 2.0 << hoursWith({{12, 2}}) << 2.0 << 2.0;
        // Surplus 3.5 at 12:00 but 2 kW at most; 1 kWh to 13:00 (surplus 1.5).
        // Before 0.5 + 0.5; after min(4, 2.5) + min(2, 1.5) = 4.
        QTest::newRow("power cap spreads over two hours")
            << hoursWith({{12, 4}, {13, 2}}) << hoursWith({{19, 3}}) << 2.0
            << hoursWith({{12, 2}, {13, 1}}) << 3.0 << 3.0;
        // Only 2 kWh fit at 12:00; the third stays at 19:00.
        QTest::newRow("power cap leaves the rest in place")
            << hoursWith({{12, 4}}) << hoursWith({{19, 3}}) << 2.0 << hoursWith({{12, 2}, {19, 1}})
            << 2.0 << 2.0;
        QTest::newRow("no power known: no cap") << hoursWith({{12, 4}}) << hoursWith({{19, 3}})
                                                << 0.0 << hoursWith({{12, 3}}) << 3.0 << 3.0;
        // Surplus 1 kWh: one third moves, two thirds stay (proportionally: all at 19:00).
        QTest::newRow("small surplus") << hoursWith({{12, 1.5}}) << hoursWith({{19, 3}}) << 0.0
                                       << hoursWith({{12, 1}, {19, 2}}) << 1.0 << 1.0;
        // Already 1 kWh at 12:00; 2 kW cap. A share α stays: α × 1 at 12:00, α × 2
        // at 19:00, and 12:00 gets min(3.5, 2 − α) more: 2 − α = 3 (1 − α) → α = 1/2.
        // 12:00 ends with 2 (1 more than before), 19:00 with 1. Before min(4, 1.5),
        // after min(4, 2.5).
        QTest::newRow("cap counts what stays")
            << hoursWith({{12, 4}}) << hoursWith({{12, 1}, {19, 2}}) << 2.0
            << hoursWith({{12, 2}, {19, 1}}) << 1.0 << 1.0;
        QTest::newRow("largest surplus first")
            << hoursWith({{11, 2}, {12, 4}, {13, 3}}) << hoursWith({{19, 1}}) << 2.0
            << hoursWith({{12, 1}}) << 1.0 << 1.0;
        // Already in the sun: moving gains nothing, so nothing moves.
        QTest::newRow("already in the sun") << hoursWith({{12, 4}, {13, 4}}) << hoursWith({{12, 1}})
                                            << 2.0 << hoursWith({{12, 1}}) << 0.0 << 0.0;
        QTest::newRow("no production")
            << hoursWith({}) << hoursWith({{19, 2}}) << 2.0 << hoursWith({{19, 2}}) << 0.0 << 0.0;
    }

    void handComputed()
    {
        QFETCH(QList<double>, production);
        QFETCH(QList<double>, load);
        QFETCH(double, maxKw);
        QFETCH(QList<double>, loadAfter);
        QFETCH(double, moved);
        QFETCH(double, gain);

        const qint64 start = localMidnight(2025, 6, 10);
        QCOMPARE(start, qint64(1749506400)); // 2025-06-09T22:00Z
        const RegularSeries other = series(start, 3600, hoursWith({}, 24, 0.5));
        const RegularSeries washer = series(start, 3600, load);
        const ShiftResult r =
            shiftIntoProduction(series(start, 3600, production), plus(other, washer),
                                {::load(42, Flexibility::WithinDay, maxKw, washer)});
        QCOMPARE(r.consumption.startUtc, start);
        QCOMPARE(r.consumption.intervalS, 3600);
        QCOMPARE(r.consumption.kwh.size(), std::size_t(24));
        for (int i = 0; i < 24; ++i)
            QVERIFY2(std::abs(r.consumption.kwh[i] - 0.5 - loadAfter[i]) < 1e-6,
                     qPrintable(QStringLiteral("hour %1: %2").arg(i).arg(r.consumption.kwh[i])));
        QCOMPARE(r.appliances.size(), std::size_t(1));
        const ShiftedAppliance &a = r.appliances.front();
        QCOMPARE(a.applianceId, qint64(42));
        QCOMPARE(a.householdId, qint64(3));
        QCOMPARE(a.name, QStringLiteral("appliance 42"));
        QCOMPARE(a.flexibility, Flexibility::WithinDay);
        QVERIFY2(std::abs(a.movedKwh - moved) < 1e-9, qPrintable(QString::number(a.movedKwh)));
        QVERIFY2(std::abs(a.selfConsumedGainKwh - gain) < 1e-9,
                 qPrintable(QString::number(a.selfConsumedGainKwh)));
    }

    // Away from the group's peak (#23): one day of hours from 2025-06-10 00:00 local.
    // The load's energy fills the hours of lowest net load (other use − production)
    // up to one level L, where Σ clamp(L − base, 0, cap) = the load's energy.
    void awayFromPeak_data()
    {
        QTest::addColumn<QList<double>>("production");
        QTest::addColumn<QList<double>>("other");
        QTest::addColumn<QList<double>>("load");
        QTest::addColumn<double>("maxKw");
        QTest::addColumn<QList<double>>("loadAfter");
        QTest::addColumn<double>("moved");
        QTest::addColumn<double>("gain");

        // Other use 0.2 at night (0–5 h), 2.0 at 18 and 19 h, 0.5 elsewhere; the load
        // 1 kWh at 18 and 19 h: peak 3.0. Base without it: 6 × 0.2, 16 × 0.5, 2 × 2.0.
        // L above 0.5: 6 (L − 0.2) + 16 (L − 0.5) = 2 → L = 11.2 / 22.
        const QList<double> evening = [] {
            QList<double> v = hoursWith({{18, 2.0}, {19, 2.0}}, 24, 0.5);
            for (int h = 0; h < 6; ++h)
                v[h] = 0.2;
            return v;
        }();
        const double level = 11.2 / 22;
        QList<double> toTheNight(24, level - 0.5);
        for (int h = 0; h < 6; ++h)
            toTheNight[h] = level - 0.2;
        toTheNight[18] = toTheNight[19] = 0;
        QTest::newRow("evening to the night")
            << hoursWith({}) << evening << hoursWith({{18, 1}, {19, 1}}) << 0.0 << toTheNight << 2.0
            << 0.0;
        // 0.2 kW at most: the night takes 6 × 0.2 = 1.2 (its cap, at L = 0.4); the
        // remaining 0.8 over the 16 hours at 0.5: L = 0.5 + 0.8 / 16 = 0.55.
        QList<double> capped(24, 0.05);
        for (int h = 0; h < 6; ++h)
            capped[h] = 0.2;
        capped[18] = capped[19] = 0;
        QTest::newRow("power cap") << hoursWith({}) << evening << hoursWith({{18, 1}, {19, 1}})
                                   << 0.2 << capped << 2.0 << 0.0;
        // The peak is the other use at 19 h; the load runs at noon: nothing to gain.
        QTest::newRow("not running at the peak")
            << hoursWith({}) << hoursWith({{19, 2.0}}, 24, 0.5) << hoursWith({{12, 1}}) << 0.0
            << hoursWith({{12, 1}}) << 0.0 << 0.0;
        // 3 kWh of sun at noon: base there 0.5 − 3 = −2.5, the lowest; L = −0.5 holds it
        // all. Self-consumed at noon: min(3, 0.5) before, min(3, 2.5) after.
        QTest::newRow("into the sun, the lowest net load")
            << hoursWith({{12, 3}}) << hoursWith({{19, 2.0}}, 24, 0.5) << hoursWith({{19, 2}})
            << 0.0 << hoursWith({{12, 2}}) << 2.0 << 2.0;
        // Already flat: the peak cannot come down.
        QTest::newRow("already flat")
            << hoursWith({}) << hoursWith({}, 24, 0.5) << hoursWith({}, 24, 0.1) << 0.0
            << hoursWith({}, 24, 0.1) << 0.0 << 0.0;
    }

    void awayFromPeak()
    {
        QFETCH(QList<double>, production);
        QFETCH(QList<double>, other);
        QFETCH(QList<double>, load);
        QFETCH(double, maxKw);
        QFETCH(QList<double>, loadAfter);
        QFETCH(double, moved);
        QFETCH(double, gain);

        const qint64 start = localMidnight(2025, 6, 10);
        const RegularSeries washer = series(start, 3600, load);
        const ShiftResult r = shiftFlexibleLoads(
            series(start, 3600, production), plus(series(start, 3600, other), washer),
            {::load(7, Flexibility::WithinDay, maxKw, washer)}, ShiftObjective::AwayFromPeak);
        QCOMPARE(r.consumption.kwh.size(), std::size_t(24));
        for (int i = 0; i < 24; ++i)
            QVERIFY2(std::abs(r.consumption.kwh[i] - other[i] - loadAfter[i]) < 1e-6,
                     qPrintable(QStringLiteral("hour %1: %2 + %3 expected, %4")
                                    .arg(i)
                                    .arg(other[i])
                                    .arg(loadAfter[i])
                                    .arg(r.consumption.kwh[i])));
        QCOMPARE(r.appliances.size(), std::size_t(1));
        QVERIFY2(std::abs(r.appliances.front().movedKwh - moved) < 1e-6,
                 qPrintable(QString::number(r.appliances.front().movedKwh)));
        QVERIFY2(std::abs(r.appliances.front().selfConsumedGainKwh - gain) < 1e-6,
                 qPrintable(QString::number(r.appliances.front().selfConsumedGainKwh)));
    }

    // 2 kWh of a load in one hour, 3 kWh of sun in another, 0.5 kWh of other use everywhere.
    void windows_data()
    {
        QTest::addColumn<qint64>("start");
        QTest::addColumn<int>("hours");
        QTest::addColumn<Flexibility>("flexibility");
        QTest::addColumn<int>("loadAt");
        QTest::addColumn<int>("sunAt");
        QTest::addColumn<bool>("moves");

        const qint64 tuesday = localMidnight(2025, 6, 10);
        QTest::newRow("within the day: same day")
            << tuesday << 48 << Flexibility::WithinDay << 19 << 12 << true;
        QTest::newRow("within the day: not to tomorrow")
            << tuesday << 48 << Flexibility::WithinDay << 19 << 36 << false;
        QTest::newRow("across days: tomorrow")
            << tuesday << 48 << Flexibility::AcrossDays << 19 << 36 << true;
        QTest::newRow("across days: back to yesterday")
            << tuesday << 48 << Flexibility::AcrossDays << 43 << 12 << true;
        QTest::newRow("across days: not into next week")
            << localMidnight(2025, 6, 15) << 48 << Flexibility::AcrossDays << 19 << 36 << false;
        // 29 March 2025 has 24 hours, 30 March 23 (clocks go forward).
        const qint64 spring = localMidnight(2025, 3, 29);
        QCOMPARE(spring, qint64(1743202800)); // 2025-03-28T23:00Z
        // Index 23 = 29 March 23:00 local, 24 = 30 March 00:00: one UTC day, two local days.
        QTest::newRow("spring: local midnight splits")
            << spring << 47 << Flexibility::WithinDay << 24 << 23 << false;
        // Index 24 = 30 March 00:00 local (29th UTC), 46 = 30 March 23:00 local (30th UTC).
        QTest::newRow("spring: one local day, two UTC days")
            << spring << 47 << Flexibility::WithinDay << 46 << 24 << true;
        // 26 October 2025 has 25 hours: index 24 is 23:00 local, 25 the next day.
        const qint64 autumn = localMidnight(2025, 10, 26);
        QTest::newRow("autumn: the 25-hour day")
            << autumn << 49 << Flexibility::WithinDay << 24 << 0 << true;
        QTest::newRow("autumn: the next day")
            << autumn << 49 << Flexibility::WithinDay << 25 << 24 << false;
    }

    void windows()
    {
        QFETCH(qint64, start);
        QFETCH(int, hours);
        QFETCH(Flexibility, flexibility);
        QFETCH(int, loadAt);
        QFETCH(int, sunAt);
        QFETCH(bool, moves);
        const RegularSeries l = series(start, 3600, hoursWith({{loadAt, 2}}, hours));
        const RegularSeries c = plus(series(start, 3600, hoursWith({}, hours, 0.5)), l);
        const ShiftResult r = shiftIntoProduction(
            series(start, 3600, hoursWith({{sunAt, 3}}, hours)), c, {load(1, flexibility, 0, l)});
        QCOMPARE(r.consumption.kwh[sunAt], moves ? 2.5f : 0.5f);
        QCOMPARE(r.consumption.kwh[loadAt], moves ? 0.5f : 2.5f);
        QCOMPARE(r.appliances.front().movedKwh, moves ? 2.0 : 0.0);
    }

    // Three weeks of quarter-hours from Monday 24 March 2025 (across the spring clock change).
    void properties_data()
    {
        QTest::addColumn<QString>("production");
        QTest::addColumn<QString>("loads");
        QTest::addColumn<bool>("offPeak");
        for (const bool offPeak : {false, true}) {
            for (const char *p : {"sunny", "grey", "none", "everywhere", "production gaps",
                                  "consumption gaps", "all gaps"}) {
                for (const char *l : {"washer", "ev", "dish", "all"}) {
                    QTest::addRow("%s, %s, %s", p, l, offPeak ? "off the peak" : "into the sun")
                        << QString::fromLatin1(p) << QString::fromLatin1(l) << offPeak;
                }
            }
        }
    }

    void properties()
    {
        QFETCH(QString, production);
        QFETCH(QString, loads);
        QFETCH(bool, offPeak);
        const qint64 start = localMidnight(2025, 3, 24);
        const int n = int((localMidnight(2025, 4, 14) - start) / 900);
        QCOMPARE(n, 21 * 96 - 4);

        QList<double> p(n), other(n), washer(n), ev(n), dish(n);
        for (int i = 0; i < n; ++i) {
            const qint64 t = start + qint64(i) * 900;
            const auto [h, day] = local(t);
            const int weekday = int((day + 3) % 7); // Monday 0
            other[i] = 0.03 + ((h >= 7 && h < 8) || (h >= 18 && h < 23) ? 0.08 : 0.0);
            if ((weekday == 0 || weekday == 2 || weekday == 5) && h >= 19 && h < 20)
                washer[i] = 0.25; // 1 kW for an hour
            if ((weekday == 0 || weekday == 3) && h >= 19 && h < 22)
                ev[i] = 1.0; // 4 kW for three hours
            dish[i] = 0.005 + (h >= 20 && h < 21 ? 0.4 : 0.0);
            p[i] = production == QLatin1String("grey")         ? sun(t, 0.08)
                   : production == QLatin1String("none")       ? 0.0
                   : production == QLatin1String("everywhere") ? 5.0
                                                               : sun(t, 1.2);
            if (production.endsWith(QLatin1String("gaps")) &&
                production != QLatin1String("consumption gaps") &&
                (i % 7 == 3 || day == local(start).second + 8))
                p[i] = qQNaN();
        }
        std::vector<ApplianceLoad> flexible;
        const bool all = loads == QLatin1String("all");
        RegularSeries c = series(start, 900, other);
        if (all || loads == QLatin1String("washer"))
            flexible.push_back(load(1, Flexibility::WithinDay, 2.0, series(start, 900, washer)));
        if (all || loads == QLatin1String("ev"))
            flexible.push_back(load(2, Flexibility::AcrossDays, 7.4, series(start, 900, ev)));
        if (all || loads == QLatin1String("dish"))
            flexible.push_back(load(3, Flexibility::WithinDay, 2.0, series(start, 900, dish)));
        RegularSeries loadSum = series(start, 900, QList<double>(n, 0.0));
        for (const ApplianceLoad &l : flexible) {
            c = plus(c, l.movable);
            loadSum = plus(loadSum, l.movable);
        }
        if (production == QLatin1String("consumption gaps") ||
            production == QLatin1String("all gaps")) {
            for (int i = 0; i < n; ++i) {
                const auto [h, day] = local(start + qint64(i) * 900);
                if (i % 5 == 1 || (day == local(start).second + 9 && h >= 12 && h < 14))
                    c.kwh[i] = gap;
            }
        }
        const RegularSeries prod = series(start, 900, p);

        const ShiftResult r = shiftFlexibleLoads(prod, c, flexible,
                                                 offPeak ? ShiftObjective::AwayFromPeak
                                                         : ShiftObjective::IntoProduction);
        QCOMPARE(r.consumption.startUtc, start);
        QCOMPARE(r.consumption.kwh.size(), std::size_t(n));

        // The appliances' gains add up to the whole gain; into the sun, never worse.
        const double before = selfConsumed(prod, c);
        const double after = selfConsumed(prod, r.consumption);
        QVERIFY2(offPeak || after >= before - 1e-6,
                 qPrintable(QStringLiteral("%1 → %2").arg(before).arg(after)));
        double gains = 0, moved = 0;
        for (const ShiftedAppliance &a : r.appliances) {
            QVERIFY(offPeak || a.selfConsumedGainKwh >= 0);
            gains += a.selfConsumedGainKwh;
            moved += a.movedKwh;
        }
        QVERIFY(std::abs(gains - (after - before)) < 1e-3); // floats in the test's sums
        // Largest movable energy first: EV 72 kWh, dishwasher 43.7, washer 9.
        if (all && r.appliances.size() == 3)
            QVERIFY(r.appliances[0].applianceId == 2 && r.appliances[1].applianceId == 3);

        // Energy kept; gaps left as they were and never filled.
        QVERIFY(std::abs(total(r.consumption) - total(c)) <= 1e-6 * total(c));
        for (int i = 0; i < n; ++i) {
            if (std::isnan(c.kwh[i]) || std::isnan(p[i]))
                QVERIFY2(sameValue(r.consumption.kwh[i], c.kwh[i]), qPrintable(QString::number(i)));
            else
                QVERIFY(r.consumption.kwh[i] >= -1e-6);
        }

        // Each load stays in its window: day totals (week totals for the EV) of
        // result − (consumption − loads) equal those of the loads.
        std::map<qint64, double> shifted, original;
        for (int i = 0; i < n; ++i) {
            if (std::isnan(c.kwh[i]))
                continue;
            const qint64 day = local(start + qint64(i) * 900).second;
            const qint64 key = all || loads == QLatin1String("ev") ? (day + 3) / 7 : day;
            shifted[key] += r.consumption.kwh[i] - (c.kwh[i] - loadSum.kwh[i]);
            original[key] += loadSum.kwh[i];
        }
        for (const auto &[key, kwh] : original)
            QVERIFY2(std::abs(shifted[key] - kwh) < 1e-4, qPrintable(QString::number(key)));

        // Off the peak: no window's highest net load rises, and where loads run at
        // the evening peak with nothing produced then, some of them move.
        if (offPeak) {
            std::map<qint64, double> peakBefore, peakAfter;
            for (int i = 0; i < n; ++i) {
                if (std::isnan(c.kwh[i]) || std::isnan(p[i]))
                    continue;
                const qint64 day = local(start + qint64(i) * 900).second;
                const qint64 key = all || loads == QLatin1String("ev") ? (day + 3) / 7 : day;
                const auto raise = [](std::map<qint64, double> &peaks, qint64 k, double v) {
                    const auto [it, added] = peaks.emplace(k, v);
                    it->second = std::max(it->second, v);
                };
                raise(peakBefore, key, c.kwh[i] - p[i]);
                raise(peakAfter, key, r.consumption.kwh[i] - p[i]);
            }
            double lowered = 0;
            for (const auto &[key, peak] : peakBefore) {
                QVERIFY2(peakAfter[key] <= peak + 1e-6,
                         qPrintable(QStringLiteral("window %1: %2 → %3")
                                        .arg(key)
                                        .arg(peak)
                                        .arg(peakAfter[key])));
                lowered += peak - peakAfter[key];
            }
            if (production != QLatin1String("everywhere"))
                QVERIFY2(lowered > 0.1 && moved > 0.1, qPrintable(QString::number(lowered)));
        }

        // One load: never more per interval than its power allows.
        if (flexible.size() == 1) {
            const double cap = flexible.front().maxKw * 900 / 3600;
            for (int i = 0; i < n; ++i) {
                if (!std::isnan(c.kwh[i]))
                    QVERIFY(r.consumption.kwh[i] - (c.kwh[i] - loadSum.kwh[i]) <= cap + 1e-6);
            }
        }

        if (offPeak)
            return;
        if (production == QLatin1String("none") || production == QLatin1String("everywhere")) {
            QCOMPARE(moved, 0.0);
            QCOMPARE(after, before);
            for (int i = 0; i < n; ++i)
                QVERIFY(sameValue(r.consumption.kwh[i], c.kwh[i]));
        }
        if (production == QLatin1String("sunny"))
            QVERIFY(after > before + 0.5 && moved > 0.5);
    }

    void nothingToShift()
    {
        const qint64 start = localMidnight(2025, 6, 10);
        const RegularSeries c = series(start, 3600, hoursWith({{19, 2}}, 24, 0.5));
        const RegularSeries p = series(start, 3600, hoursWith({{12, 3}}));
        ShiftResult r = shiftIntoProduction(p, c, {});
        QVERIFY(r.appliances.empty());
        QCOMPARE(r.consumption.kwh, c.kwh);
        // A load that cannot move is listed but stays.
        r = shiftIntoProduction(
            p, c, {load(5, Flexibility::None, 2, series(start, 3600, hoursWith({{19, 2}})))});
        QCOMPARE(r.appliances.size(), std::size_t(1));
        QCOMPARE(r.appliances.front().movedKwh, 0.0);
        QCOMPARE(r.consumption.kwh, c.kwh);
        // Empty consumption: empty result.
        r = shiftIntoProduction(p, RegularSeries{}, {});
        QVERIFY(r.consumption.kwh.empty());
    }

    // 18 households with 5 flexible appliances each over a year at 900 s: energy kept,
    // self-consumption up. (Its time is bench_energy's: no timed assertion here.)
    void aYearOfEighteenHouseholds()
    {
        // Each household's curve and loads from its inventory, as the application does.
        const auto cycles = [](qint64 id, Category category, double kw, double kwhPerCycle,
                               double perWeek, Flexibility flexibility) {
            Appliance a;
            a.id = id;
            a.category = category;
            a.usageMode = UsageMode::Cycles;
            a.powerW = kw * 1000;
            a.kwhPerCycle = kwhPerCycle;
            a.cyclesPerWeek = perWeek;
            a.flexibility = flexibility;
            return a;
        };
        RegularSeries c;
        std::vector<ApplianceLoad> flexible;
        for (int household = 0; household < 18; ++household) {
            const qint64 id = household * 10;
            Appliance boiler =
                cycles(id + 4, Category::HeatingHotWater, 2.4, 0, 0, Flexibility::WithinDay);
            boiler.usageMode = UsageMode::Hours;
            boiler.catalogueKey = QStringLiteral("electric_water_heater_200l");
            boiler.hoursPerDay = 1.91;
            Appliance base = cycles(id + 5, Category::Other, 0.3, 0, 0, Flexibility::None);
            base.usageMode = UsageMode::Hours;
            base.hoursPerDay = 12;
            const QList<Appliance> inventory{
                cycles(id + 1, Category::Washing, 2.0, 0.55, 3.5, Flexibility::AcrossDays),
                cycles(id + 2, Category::Washing, 2.0, 1.15, 3.2, Flexibility::WithinDay),
                cycles(id + 3, Category::Washing, 2.5, 3.5, 3, Flexibility::AcrossDays),
                boiler,
                household % 2
                    ? cycles(id + 6, Category::Mobility, 7.4, 18, 3, Flexibility::AcrossDays)
                    : cycles(id + 6, Category::Mobility, 0.1, 0.5, 2, Flexibility::AcrossDays),
                base};
            InventoryProfile profile = inventoryProfile(inventory, {}, 2025, 900);
            c = c.kwh.empty() ? profile.total : plus(c, profile.total);
            for (ApplianceLoad &l : profile.flexible)
                flexible.push_back(std::move(l));
        }
        QCOMPARE(flexible.size(), std::size_t(90));
        QList<double> p(c.kwh.size());
        for (int i = 0; i < p.size(); ++i) {
            const qint64 t = c.instantOf(std::size_t(i));
            const double season =
                0.5 - 0.5 * std::cos(2 * std::numbers::pi * (local(t).second - 20089) / 365.0);
            p[i] = sun(t, 45 * 0.25 * (0.2 + 0.8 * season)); // 45 kWp
        }
        const RegularSeries prod = series(c.startUtc, 900, p);
        const ShiftResult r = shiftIntoProduction(prod, c, flexible);
        QVERIFY(std::abs(total(r.consumption) - total(c)) <= 1e-6 * total(c));
        double gain = 0;
        for (const ShiftedAppliance &a : r.appliances)
            gain += a.selfConsumedGainKwh;
        qInfo("self-consumed %.0f → %.0f kWh (appliances: +%.0f kWh)", selfConsumed(prod, c),
              selfConsumed(prod, r.consumption), gain);
        QVERIFY(selfConsumed(prod, r.consumption) > selfConsumed(prod, c));
    }
};

QTEST_GUILESS_MAIN(TestShiftScenario)
#include "tst_shiftscenario.moc"
