// SPDX-License-Identifier: GPL-3.0-or-later
// The axis arithmetic every chart shares (#21): tops and labels by hand.

#include "core/chartstyle.h"

#include <QLocale>
#include <QTest>

using namespace wattelier;

class TestChartStyle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void niceAxisTop_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("top");
        QTest::newRow("nothing") << 0.0 << 1.0;
        QTest::newRow("negative") << -3.0 << 1.0;
        QTest::newRow("exactly 1") << 1.0 << 1.0;
        QTest::newRow("just above 1") << 1.01 << 2.0;
        QTest::newRow("2.2 → 2.5") << 2.2 << 2.5;
        QTest::newRow("3 → 5") << 3.0 << 5.0;
        QTest::newRow("7.5 → 10") << 7.5 << 10.0;
        QTest::newRow("46853 kWh → 50000") << 46853.0 << 50000.0;
        QTest::newRow("0.34 → 0.5") << 0.34 << 0.5;
        QTest::newRow("210 → 250") << 210.0 << 250.0;
    }
    void niceAxisTop()
    {
        QFETCH(double, value);
        QFETCH(double, top);
        QCOMPARE(chartstyle::niceAxisTop(value), top);
    }

    void axisLabel()
    {
        QCOMPARE(chartstyle::axisLabel(2.5, QStringLiteral("kWh")), QStringLiteral("2.5 kWh"));
        QCOMPARE(chartstyle::axisLabel(12.5, QStringLiteral("kWh")), QStringLiteral("13 kWh"));
    }
};

QTEST_GUILESS_MAIN(TestChartStyle)
#include "tst_chartstyle.moc"
