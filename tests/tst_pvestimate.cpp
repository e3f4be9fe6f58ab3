// SPDX-License-Identifier: GPL-3.0-or-later
// The PV production estimate (typical year and yearly series): plausible Belgian yields,
// the series adding up to the typical year, night and noon where they belong, orientation
// effects, the measured-yield override and input validation. Expected ranges come from
// published Belgian figures (about 900 kWh/kWp for a south roof at 35°), not from the code.

#include "energy/pvestimate.h"
#include "timeseries/civiltime.h"

#include <cmath>
#include <numeric>
#include <optional>

#include <QTest>

using namespace wattelier;

Q_DECLARE_METATYPE(wattelier::PvSystem)

namespace {

// Horizontal irradiation the model is scaled to (resources/solar/uccle-irradiation.md), and
// the performance ratio it applies: a flat plate must give exactly their product.
constexpr double uccleAnnualKwhPerM2 = 997.1;
constexpr double performanceRatio = 0.85;

PvSystem brussels(double kwp, double tilt = 35, double azimuth = 180)
{
    PvSystem s;
    s.kwp = kwp;
    s.tiltDeg = tilt;
    s.azimuthDeg = azimuth;
    return s;
}

qint64 utc(int y, int m, int d, int h = 0)
{
    return *daysFromCivil(y, m, d) * 86400 + h * 3600;
}

// Sums of a series per Brussels calendar month (January first).
std::array<double, 12> localMonthSums(const RegularSeries &series)
{
    static const ZoneConverter zone;
    std::array<double, 12> sums{};
    for (std::size_t i = 0; i < series.kwh.size(); ++i) {
        const qint64 t = series.instantOf(i);
        const QDate date = QDate(1970, 1, 1).addDays((t + zone.offsetAt(t)) / 86400);
        sums[std::size_t(date.month() - 1)] += series.kwh[i];
    }
    return sums;
}

// Daily totals of the UTC days [from, to) of a series.
std::vector<double> dailyTotals(const RegularSeries &series, qint64 from, qint64 to)
{
    std::vector<double> days(std::size_t((to - from) / 86400), 0.0);
    for (std::size_t i = 0; i < series.kwh.size(); ++i) {
        const qint64 t = series.instantOf(i);
        if (t >= from && t < to)
            days[std::size_t((t - from) / 86400)] += series.kwh[i];
    }
    return days;
}

// The UTC time of day (seconds) of the mid-point of the interval with the highest mean
// production over the year: where the average day peaks.
int peakTimeOfDay(const RegularSeries &series)
{
    const int slotCount = 86400 / series.intervalS;
    std::vector<double> profile(std::size_t(slotCount), 0.0);
    for (std::size_t i = 0; i < series.kwh.size(); ++i)
        profile[std::size_t((series.instantOf(i) % 86400) / series.intervalS)] += series.kwh[i];
    const auto peak = std::max_element(profile.begin(), profile.end()) - profile.begin();
    return int(peak) * series.intervalS + series.intervalS / 2;
}

double total(const RegularSeries &series)
{
    return std::accumulate(series.kwh.begin(), series.kwh.end(), 0.0);
}

} // namespace

class TestPvEstimate : public QObject
{
    Q_OBJECT

private slots:
    void twelveKwpSouthBrussels()
    {
        const PvEstimate e = estimatePv(brussels(12));
        QString months;
        for (double kwh : e.monthlyKwh)
            months += QString::number(kwh, 'f', 0) + QLatin1Char(' ');
        qInfo("12 kWp south 35°: %.0f kWh/yr; months: %s; Dec/Jun %.3f", e.annualKwh,
              qPrintable(months), e.monthlyKwh[11] / e.monthlyKwh[5]);
        QVERIFY2(e.annualKwh >= 10000 && e.annualKwh <= 12000,
                 qPrintable(QString::number(e.annualKwh)));
        QCOMPARE_LT(e.monthlyKwh[11], e.monthlyKwh[5] / 5);
        const double sum = std::accumulate(e.monthlyKwh.begin(), e.monthlyKwh.end(), 0.0);
        QVERIFY(std::abs(sum - e.annualKwh) < 1e-6 * e.annualKwh);
        // Summer months beat winter months one by one.
        for (int m : {4, 5, 6})
            QCOMPARE_GT(e.monthlyKwh[std::size_t(m)], 3 * e.monthlyKwh[0]);
    }

    void yieldPerKwpIsBelgian()
    {
        const double perKwp = estimatePv(brussels(1)).annualKwh;
        qInfo("1 kWp south 35° Brussels: %.1f kWh/kWp", perKwp);
        QVERIFY2(perKwp >= 850 && perKwp <= 980, qPrintable(QString::number(perKwp)));
        // Production is proportional to the peak power.
        QVERIFY(std::abs(estimatePv(brussels(7.5)).annualKwh - 7.5 * perKwp) < 1e-6 * perKwp);
    }

    void seriesAddsUpToEstimate_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("intervalS");
        QTest::newRow("2025, 15 min") << 2025 << 900;
        QTest::newRow("2025, hourly") << 2025 << 3600;
        QTest::newRow("2024 (leap), 15 min") << 2024 << 900;
        QTest::newRow("2024 (leap), hourly") << 2024 << 3600;
        QTest::newRow("2031, 5 min") << 2031 << 300;
    }

    void seriesAddsUpToEstimate()
    {
        QFETCH(int, year);
        QFETCH(int, intervalS);
        const PvSystem system = brussels(12);
        const PvEstimate e = estimatePv(system);
        const RegularSeries series = estimatePvSeries(system, year, intervalS);
        const auto months = localMonthSums(series);
        for (std::size_t m = 0; m < 12; ++m)
            QVERIFY2(std::abs(months[m] - e.monthlyKwh[m]) <= 0.001 * e.monthlyKwh[m],
                     qPrintable(QStringLiteral("month %1: %2 vs %3")
                                    .arg(m + 1)
                                    .arg(months[m])
                                    .arg(e.monthlyKwh[m])));
        QVERIFY(std::abs(total(series) - e.annualKwh) <= 0.001 * e.annualKwh);
    }

    void seriesGrid_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("intervalS");
        QTest::addColumn<qint64>("start");
        QTest::addColumn<int>("count");
        QTest::newRow("2025, 15 min") << 2025 << 900 << utc(2024, 12, 31, 23) << 35040;
        QTest::newRow("2025, hourly") << 2025 << 3600 << utc(2024, 12, 31, 23) << 8760;
        QTest::newRow("2024, 15 min") << 2024 << 900 << utc(2023, 12, 31, 23) << 35136;
    }

    void seriesGrid()
    {
        QFETCH(int, year);
        QFETCH(int, intervalS);
        QFETCH(qint64, start);
        QFETCH(int, count);
        const RegularSeries series = estimatePvSeries(brussels(4), year, intervalS);
        QCOMPARE(series.startUtc, start);
        QCOMPARE(series.intervalS, intervalS);
        QCOMPARE(qint64(series.kwh.size()), qint64(count));
        QCOMPARE(isoUtc(series.endUtc()), isoUtc(utc(year, 12, 31, 23)));
        for (float v : series.kwh)
            QVERIFY(!std::isnan(v) && v >= 0);
        // Nothing above the installation's peak power for a whole interval.
        const float maxKwh = *std::max_element(series.kwh.begin(), series.kwh.end());
        QCOMPARE_LT(maxKwh, float(4.0 * intervalS / 3600));
        QCOMPARE_GT(maxKwh, float(0.5 * 4.0 * intervalS / 3600));
    }

    void nothingAtNight_data()
    {
        QTest::addColumn<int>("month");
        QTest::newRow("June") << 6;
        QTest::newRow("December") << 12;
    }

    void nothingAtNight()
    {
        QFETCH(int, month);
        const RegularSeries series = estimatePvSeries(brussels(12), 2025, 900);
        const qint64 from = utc(2025, month, 1);
        const qint64 to = month == 12 ? utc(2025, 12, 31, 23) : utc(2025, month + 1, 1);
        int nightValues = 0;
        double dayKwh = 0;
        for (std::size_t i = 0; i < series.kwh.size(); ++i) {
            const qint64 t = series.instantOf(i);
            if (t < from || t >= to)
                continue;
            const int hour = int((t % 86400) / 3600);
            if (hour >= 22 || hour < 3) {
                ++nightValues;
                QCOMPARE(series.kwh[i], 0.0f);
            } else {
                dayKwh += series.kwh[i];
            }
        }
        QCOMPARE_GT(nightValues, 20 * 4 * 5);
        QCOMPARE_GT(dayKwh, 100.0);
    }

    void junePeaksAtSolarNoon()
    {
        // Solar noon in Uccle is about 11:45 UTC in June (4.36° E, equation of time ~0).
        const RegularSeries series = estimatePvSeries(brussels(12), 2025, 900);
        for (int day = 1; day <= 30; ++day) {
            const qint64 from = utc(2025, 6, day);
            std::size_t best = 0;
            float bestKwh = -1;
            for (std::size_t i = 0; i < series.kwh.size(); ++i) {
                const qint64 t = series.instantOf(i);
                if (t >= from && t < from + 86400 && series.kwh[i] > bestKwh) {
                    bestKwh = series.kwh[i];
                    best = i;
                }
            }
            // The two quarter hours either side of 11:45; 12:00 or later would mean a wrong
            // sign of the longitude, or local time taken for UTC.
            const qint64 mid = series.instantOf(best) - from + series.intervalS / 2;
            QVERIFY2(mid >= 11 * 3600 + 1800 && mid <= 12 * 3600,
                     qPrintable(QStringLiteral("June %1: peak at %2")
                                    .arg(day)
                                    .arg(isoUtc(series.instantOf(best)))));
        }
    }

    void sunriseAndSunset_data()
    {
        QTest::addColumn<qint64>("day");
        QTest::addColumn<qint64>("sunrise"); // published for Brussels, UTC
        QTest::addColumn<qint64>("sunset");
        // 05:29 and 22:00 CEST; 08:44 and 16:40 CET.
        QTest::newRow("21 June") << utc(2025, 6, 21) << utc(2025, 6, 21, 3) + 29 * 60
                                 << utc(2025, 6, 21, 20);
        QTest::newRow("21 December") << utc(2025, 12, 21) << utc(2025, 12, 21, 7) + 44 * 60
                                     << utc(2025, 12, 21, 15) + 40 * 60;
    }

    void sunriseAndSunset()
    {
        QFETCH(qint64, day);
        QFETCH(qint64, sunrise);
        QFETCH(qint64, sunset);
        const RegularSeries series = estimatePvSeries(brussels(3), 2025, 900);
        std::optional<qint64> first, last;
        for (std::size_t i = 0; i < series.kwh.size(); ++i) {
            const qint64 t = series.instantOf(i);
            if (t >= day && t < day + 86400 && series.kwh[i] > 0) {
                first = first.value_or(t);
                last = t;
            }
        }
        QVERIFY(first && last);
        // Published times use the upper limb and refraction; the model the centre of the sun.
        const qint64 half = series.intervalS / 2;
        QVERIFY2(std::abs(*first + half - sunrise) <= 20 * 60, qPrintable(isoUtc(*first)));
        QVERIFY2(std::abs(*last + half - sunset) <= 20 * 60, qPrintable(isoUtc(*last)));
    }

    void orientation()
    {
        const double south = estimatePv(brussels(1, 35, 180)).annualKwh;
        const double east = estimatePv(brussels(1, 35, 90)).annualKwh;
        const double west = estimatePv(brussels(1, 35, 270)).annualKwh;
        const double north = estimatePv(brussels(1, 35, 0)).annualKwh;
        qInfo("35°: south %.0f, east %.0f, west %.0f, north %.0f kWh/kWp", south, east, west,
              north);
        QCOMPARE_LT(east, south);
        QCOMPARE_LT(west, south);
        QCOMPARE_LT(north, east);
        QCOMPARE_GT(east, 0.7 * south); // east-west roofs still make sense in Belgium
        // The east roof's average day peaks before solar noon, the west roof's after.
        const int eastPeak = peakTimeOfDay(estimatePvSeries(brussels(1, 35, 90), 2025, 900));
        const int westPeak = peakTimeOfDay(estimatePvSeries(brussels(1, 35, 270), 2025, 900));
        QCOMPARE_LT(eastPeak, 11 * 3600);
        QCOMPARE_GT(westPeak, 12 * 3600 + 1800);
    }

    void verticalFacade()
    {
        const double roof = estimatePv(brussels(1, 35)).annualKwh;
        const double facade = estimatePv(brussels(1, 90)).annualKwh;
        qInfo("south facade %.0f kWh/kWp, roof 35° %.0f", facade, roof);
        QCOMPARE_LT(facade, 0.85 * roof);
        QCOMPARE_GT(facade, 0.5 * roof);
        // In December the low sun favours the facade over a flat roof.
        QCOMPARE_GT(estimatePv(brussels(1, 90)).monthlyKwh[11],
                    estimatePv(brussels(1, 0)).monthlyKwh[11]);
    }

    void flatPlateSeesHorizontalIrradiation()
    {
        const double kwp = 5;
        const PvEstimate flat = estimatePv(brussels(kwp, 0));
        const double expected = uccleAnnualKwhPerM2 * performanceRatio * kwp;
        QVERIFY2(std::abs(flat.annualKwh - expected) < 0.002 * expected,
                 qPrintable(QStringLiteral("%1 vs %2").arg(flat.annualKwh).arg(expected)));
        // Tilting towards the south gains over flat in Belgium.
        QCOMPARE_GT(estimatePv(brussels(kwp, 35)).annualKwh, 1.05 * flat.annualKwh);
    }

    void measuredYieldOverrides()
    {
        PvSystem system = brussels(6, 20, 135);
        const PvEstimate model = estimatePv(system);
        system.yieldKwhPerKwp = 1010;
        const PvEstimate measured = estimatePv(system);
        QCOMPARE(measured.annualKwh, 6060.0);
        const double sum =
            std::accumulate(measured.monthlyKwh.begin(), measured.monthlyKwh.end(), 0.0);
        QVERIFY(std::abs(sum - 6060) < 1e-9);
        // The shape of the year is the model's.
        for (std::size_t m = 0; m < 12; ++m)
            QVERIFY(std::abs(measured.monthlyKwh[m] / 6060 -
                             model.monthlyKwh[m] / model.annualKwh) < 1e-12);
        QVERIFY(std::abs(total(estimatePvSeries(system, 2024, 900)) - 6060) < 0.001 * 6060);
    }

    void validation_data()
    {
        QTest::addColumn<PvSystem>("system");
        QTest::addColumn<QString>("expected"); // a word of the message, empty when valid
        PvSystem s = brussels(3);
        QTest::newRow("default") << s << QString();
        s.yieldKwhPerKwp = 950;
        QTest::newRow("with yield") << s << QString();
        auto with = [](auto change) {
            PvSystem s = brussels(3);
            change(s);
            return s;
        };
        const QString peak = QStringLiteral("peak power");
        QTest::newRow("0 kWp") << with([](PvSystem &s) { s.kwp = 0; }) << peak;
        QTest::newRow("negative kWp") << with([](PvSystem &s) { s.kwp = -2; }) << peak;
        QTest::newRow("NaN kWp") << with([](PvSystem &s) { s.kwp = std::nan(""); }) << peak;
        QTest::newRow("huge kWp") << with([](PvSystem &s) { s.kwp = 100001; }) << peak;
        QTest::newRow("100 MWp") << with([](PvSystem &s) { s.kwp = 100000; }) << QString();
        QTest::newRow("vertical") << with([](PvSystem &s) { s.tiltDeg = 90; }) << QString();
        QTest::newRow("tilt -1") << with([](PvSystem &s) { s.tiltDeg = -1; })
                                 << QStringLiteral("tilt");
        QTest::newRow("tilt 91") << with([](PvSystem &s) { s.tiltDeg = 91; })
                                 << QStringLiteral("tilt");
        QTest::newRow("north") << with([](PvSystem &s) { s.azimuthDeg = 360; }) << QString();
        QTest::newRow("azimuth 361")
            << with([](PvSystem &s) { s.azimuthDeg = 361; }) << QStringLiteral("orientation");
        QTest::newRow("azimuth -10")
            << with([](PvSystem &s) { s.azimuthDeg = -10; }) << QStringLiteral("orientation");
        QTest::newRow("Tromsø") << with([](PvSystem &s) { s.latitudeDeg = 69.6; })
                                << QStringLiteral("latitude");
        QTest::newRow("Punta Arenas")
            << with([](PvSystem &s) { s.latitudeDeg = -53.2; }) << QString();
        QTest::newRow("longitude 181")
            << with([](PvSystem &s) { s.longitudeDeg = 181; }) << QStringLiteral("longitude");
        QTest::newRow("yield 50") << with([](PvSystem &s) { s.yieldKwhPerKwp = 50; })
                                  << QStringLiteral("yield");
        QTest::newRow("yield 2500")
            << with([](PvSystem &s) { s.yieldKwhPerKwp = 2500; }) << QStringLiteral("yield");
    }

    void validation()
    {
        QFETCH(PvSystem, system);
        QFETCH(QString, expected);
        const QString message = validatePvSystem(system);
        if (expected.isEmpty()) {
            QVERIFY2(message.isEmpty(), qPrintable(message));
            QCOMPARE_GT(estimatePv(system).annualKwh, 0.0);
        } else {
            QVERIFY2(message.contains(expected), qPrintable(message));
            QVERIFY(message.endsWith(QLatin1Char('.')));
            QCOMPARE(estimatePv(system).annualKwh, 0.0);
            QVERIFY(estimatePvSeries(system, 2025).kwh.empty());
        }
    }

    void badInterval()
    {
        QVERIFY(estimatePvSeries(brussels(3), 2025, 1000).kwh.empty());
        QVERIFY(estimatePvSeries(brussels(3), 2025, 30).kwh.empty());
        QCOMPARE(estimatePvSeries(brussels(3), 2025, 60).kwh.size(), std::size_t(525600));
    }

    void deterministic()
    {
        const PvSystem system = brussels(8, 30, 200);
        QCOMPARE(estimatePv(system).monthlyKwh, estimatePv(system).monthlyKwh);
        const RegularSeries a = estimatePvSeries(system, 2026, 900);
        const RegularSeries b = estimatePvSeries(system, 2026, 900);
        QVERIFY(a.kwh == b.kwh);
        // Another year has other weather.
        const RegularSeries c = estimatePvSeries(system, 2027, 900);
        QCOMPARE(c.kwh.size(), a.kwh.size());
        QVERIFY(c.kwh != a.kwh);
    }

    void daysVary()
    {
        const RegularSeries series = estimatePvSeries(brussels(1), 2025, 900);
        const auto days = dailyTotals(series, utc(2025, 7, 1), utc(2025, 8, 1));
        QCOMPARE(days.size(), std::size_t(31));
        const double mean = std::accumulate(days.begin(), days.end(), 0.0) / double(days.size());
        double variance = 0;
        for (double d : days)
            variance += (d - mean) * (d - mean);
        const double cv = std::sqrt(variance / double(days.size())) / mean;
        const auto [low, high] = std::minmax_element(days.begin(), days.end());
        qInfo("July daily kWh/kWp: mean %.2f, min %.2f, max %.2f, CV %.2f", mean, *low, *high, cv);
        QCOMPARE_GT(cv, 0.15);
        // A grey day still produces a little; a clear July day at most ~7 kWh/kWp.
        QCOMPARE_GT(*low, 0.3);
        QCOMPARE_LT(*high, 7.5);
    }
};

QTEST_GUILESS_MAIN(TestPvEstimate)
#include "tst_pvestimate.moc"
