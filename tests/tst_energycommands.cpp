// SPDX-License-Identifier: GPL-3.0-or-later
// `wattelier balance` and `wattelier pv-estimate` (#6): the JSON contract,
// figures worked out by hand, and every refusal with its exit code.

#include "clioutput.h"
#include "clirunner.h"
#include "inventory/householdstore.h"
#include "testsupport.h"
#include "timeseries/seriesstore.h"

#include <QJsonArray>
#include <QTest>

using namespace wattelier;
using test::runCli;

namespace {

constexpr qint64 t0 = 1750932000; // 2025-06-26T10:00Z = 12:00 in Brussels

/*! Hourly values from noon (Brussels) on 26 June 2025, owned by the group. */
void addSeries(Workshop &workshop, const QString &name, SeriesKind kind, std::vector<float> values)
{
    test::storeSeries(workshop, name, kind, 0, RegularSeries{t0, 3600, std::move(values)});
}

} // namespace

class TestEnergyCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDir;
    QString mFile;

private slots:
    void initTestCase()
    {
        auto workshop = test::createWorkshop(mDir);
        mFile = workshop->filePath();
        // Two PV meters and a house, four hours from noon (Brussels).
        addSeries(*workshop, QStringLiteral("Roof east"), SeriesKind::Production, {1, 2, 1, 0});
        addSeries(*workshop, QStringLiteral("Roof west"), SeriesKind::Production, {0, 1, 2, 1});
        addSeries(*workshop, QStringLiteral("House"), SeriesKind::Consumption, {2, 2, 2, 2});
        // Grid meter of the same house: offtake and injection.
        addSeries(*workshop, QStringLiteral("Offtake"), SeriesKind::Offtake, {1, 0, 0, 1});
        addSeries(*workshop, QStringLiteral("Injection"), SeriesKind::Injection, {0, 1, 1, 0});
    }

    void balanceOfSummedSeries()
    {
        // Production 1+0, 2+1, 1+2, 0+1 = 1, 3, 3, 1; consumption 2 each hour.
        // Self-consumed min: 1 + 2 + 2 + 1 = 6; injected 8 − 6 = 2; offtake 8 − 6 = 2.
        const auto r = runCli({QStringLiteral("balance"), mFile, QStringLiteral("--production"),
                               QStringLiteral("Roof east,Roof west"),
                               QStringLiteral("--consumption"), QStringLiteral("House")});
        QCOMPARE(r.exitCode, app::exitOk);
        const QJsonObject j = r.json();
        QCOMPARE(j.value(QStringLiteral("production_kwh")).toDouble(), 8.0);
        QCOMPARE(j.value(QStringLiteral("consumption_kwh")).toDouble(), 8.0);
        QCOMPARE(j.value(QStringLiteral("self_consumed_kwh")).toDouble(), 6.0);
        QCOMPARE(j.value(QStringLiteral("injected_kwh")).toDouble(), 2.0);
        QCOMPARE(j.value(QStringLiteral("offtake_kwh")).toDouble(), 2.0);
        QCOMPARE(j.value(QStringLiteral("self_consumption_rate")).toDouble(), 0.75);
        QCOMPARE(j.value(QStringLiteral("self_sufficiency_rate")).toDouble(), 0.75);
        QCOMPARE(j.value(QStringLiteral("coverage")).toDouble(), 1.0);
        QCOMPARE(j.value(QStringLiteral("interval_s")).toInt(), 3600);
        QCOMPARE(j.value(QStringLiteral("production_series")).toArray().size(), 2);
    }

    void periodAndPrices()
    {
        // 13:00–15:00 Brussels: production 3 + 3, consumption 2 + 2 → self-consumed 4.
        const auto r = runCli(
            {QStringLiteral("balance"), mFile, QStringLiteral("--production=1,2"),
             QStringLiteral("--consumption=3"), QStringLiteral("--from=2025-06-26T13:00+02:00"),
             QStringLiteral("--to=2025-06-26T15:00+02:00"), QStringLiteral("--offtake-price=0.30"),
             QStringLiteral("--injection-price=0.05")});
        QCOMPARE(r.exitCode, app::exitOk);
        const QJsonObject j = r.json();
        QCOMPARE(j.value(QStringLiteral("production_kwh")).toDouble(), 6.0);
        QCOMPARE(j.value(QStringLiteral("self_consumed_kwh")).toDouble(), 4.0);
        QCOMPARE(j.value(QStringLiteral("self_sufficiency_rate")).toDouble(), 1.0);
        QCOMPARE(j.value(QStringLiteral("injection_revenue_eur")).toDouble(), 0.1);
        QCOMPARE(j.value(QStringLiteral("self_consumed_saving_eur")).toDouble(), 1.2);
        // A whole day given as dates: the four hours are 4 of 24; the rest is not covered.
        const auto day =
            runCli({QStringLiteral("balance"), mFile, QStringLiteral("--production"),
                    QStringLiteral("1,2"), QStringLiteral("--consumption"), QStringLiteral("3"),
                    QStringLiteral("--from"), QStringLiteral("2025-06-26"), QStringLiteral("--to"),
                    QStringLiteral("2025-06-26")});
        QCOMPARE(day.exitCode, app::exitOk);
        QCOMPARE(day.json().value(QStringLiteral("intervals")).toInt(), 24);
        QCOMPARE(day.json().value(QStringLiteral("coverage")).toDouble(), 0.166667); // 4 / 24
    }

    void consumptionFromGridMeters()
    {
        // Consumption = offtake + production − injection = 2, 2, 2, 2: the same as "House".
        const auto r = runCli({QStringLiteral("balance"), mFile, QStringLiteral("--production"),
                               QStringLiteral("Roof east,Roof west"), QStringLiteral("--offtake"),
                               QStringLiteral("Offtake"), QStringLiteral("--injection"),
                               QStringLiteral("Injection")});
        QCOMPARE(r.exitCode, app::exitOk);
        QCOMPARE(r.json().value(QStringLiteral("consumption_kwh")).toDouble(), 8.0);
        QCOMPARE(r.json().value(QStringLiteral("self_consumed_kwh")).toDouble(), 6.0);
    }

    void balanceRefusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString p = QStringLiteral("--production");
        const QString c = QStringLiteral("--consumption");
        QTest::newRow("no production")
            << QStringList{c, QStringLiteral("House")} << 2 << QStringLiteral("needs --production");
        QTest::newRow("unknown series")
            << QStringList{p, QStringLiteral("Roof north"), c, QStringLiteral("House")} << 1
            << QStringLiteral("“Roof north”");
        QTest::newRow("bad date") << QStringList{p,
                                                 QStringLiteral("1"),
                                                 c,
                                                 QStringLiteral("3"),
                                                 QStringLiteral("--from"),
                                                 QStringLiteral("26/06/2025")}
                                  << 2 << QStringLiteral("--from takes a date");
        QTest::newRow("backwards") << QStringList{p,
                                                  QStringLiteral("1"),
                                                  c,
                                                  QStringLiteral("3"),
                                                  QStringLiteral("--from"),
                                                  QStringLiteral("2025-07-01"),
                                                  QStringLiteral("--to"),
                                                  QStringLiteral("2025-06-01")}
                                   << 1 << QStringLiteral("must come after");
        QTest::newRow("offtake alone")
            << QStringList{p, QStringLiteral("1"), QStringLiteral("--offtake"), QStringLiteral("4")}
            << 2 << QStringLiteral("--injection");
        QTest::newRow("bad price") << QStringList{p,
                                                  QStringLiteral("1"),
                                                  c,
                                                  QStringLiteral("3"),
                                                  QStringLiteral("--offtake-price"),
                                                  QStringLiteral("cheap")}
                                   << 2 << QStringLiteral("takes a number");
    }

    void balanceRefusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const auto r = runCli(QStringList{QStringLiteral("balance"), mFile} + arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void balanceOfAMissingFile()
    {
        const auto r =
            runCli({QStringLiteral("balance"), mDir.filePath(QStringLiteral("no.wattelier")),
                    QStringLiteral("--production"), QStringLiteral("1"),
                    QStringLiteral("--consumption"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, app::exitFailure);
        QVERIFY(r.out.isEmpty());
    }

    void pvEstimate()
    {
        const auto r =
            runCli({QStringLiteral("pv-estimate"), QStringLiteral("--kwp"), QStringLiteral("12")});
        QCOMPARE(r.exitCode, app::exitOk);
        const QJsonObject j = r.json();
        const double annual = j.value(QStringLiteral("annual_kwh")).toDouble();
        QVERIFY2(annual >= 10000 && annual <= 12000, qPrintable(QString::number(annual)));
        const QJsonArray monthly = j.value(QStringLiteral("monthly_kwh")).toArray();
        QCOMPARE(monthly.size(), 12);
        double sum = 0;
        for (const QJsonValue &m : monthly)
            sum += m.toDouble();
        QVERIFY(std::abs(sum - annual) < 1.0);
        QVERIFY(monthly.at(11).toDouble() < monthly.at(5).toDouble() / 5);
        QCOMPARE(j.value(QStringLiteral("tilt")).toDouble(), 35.0);
        QCOMPARE(j.value(QStringLiteral("azimuth")).toDouble(), 180.0);

        // East-facing gives less; a measured yield replaces the model's.
        const auto east = runCli({QStringLiteral("pv-estimate"), QStringLiteral("--kwp=12"),
                                  QStringLiteral("--azimuth=90")});
        QVERIFY(east.json().value(QStringLiteral("annual_kwh")).toDouble() < annual);
        const auto measured = runCli({QStringLiteral("pv-estimate"), QStringLiteral("--kwp=12"),
                                      QStringLiteral("--yield=850")});
        QCOMPARE(measured.json().value(QStringLiteral("annual_kwh")).toDouble(), 10200.0);
    }

    void pvEstimateRefusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no kWp") << QStringList{QStringLiteral("--tilt"), QStringLiteral("30")} << 2;
        QTest::newRow("text kWp") << QStringList{QStringLiteral("--kwp"), QStringLiteral("ten")}
                                  << 2;
        QTest::newRow("negative kWp") << QStringList{QStringLiteral("--kwp=-3")} << 1;
        QTest::newRow("tilt 120") << QStringList{QStringLiteral("--kwp=3"),
                                                 QStringLiteral("--tilt=120")}
                                  << 1;
        QTest::newRow("lat without lon")
            << QStringList{QStringLiteral("--kwp=3"), QStringLiteral("--lat=50.8")} << 2;
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--kwp=3"), QStringLiteral("--roof=flat")} << 2;
    }

    void pvEstimateRefusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const auto r = runCli(QStringList{QStringLiteral("pv-estimate")} + arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEnergyCommands)
#include "tst_energycommands.moc"
