// SPDX-License-Identifier: GPL-3.0-or-later
// A workshop's sharing (#22): the members' offtake and injection taken from
// its curves, and a key's energy and money over a period, worked out by hand.

#include "core/workshop.h"
#include "energy/localperiods.h"
#include "inventory/householdstore.h"
#include "sharing/workshopsharing.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numeric>

using namespace wattelier;

namespace {

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

} // namespace

class TestWorkshopSharing : public QObject
{
    Q_OBJECT

private slots:
    // Two members over two quarter hours of 15 January 2025, pro rata:
    // 1. the roof sends 1,000 Wh; X and Y each take 600: 500 each.
    // 2. Y's own panels send 300 Wh while Y takes nothing; X takes 200: all of it,
    //    credited to Y.
    // Prices: supplier 0.30, local 0.15 (Y, a solidarity member, pays 0),
    // injection 0.04, network reduction 0.02, margin to the fund 0.01, fee 36.5 a year.
    void moneyByHand()
    {
        SharingInputs inputs;
        inputs.year = 2025;
        inputs.fromUtc = QDateTime(QDate(2025, 1, 15), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        inputs.intervalS = 900;
        inputs.communityInjectionWh = {1000, 0};
        SharingMember x;
        x.name = QStringLiteral("X");
        x.offtakeWh = {600, 200};
        x.injectionWh = {0, 0};
        SharingMember y;
        y.name = QStringLiteral("Y");
        y.solidarity = true;
        y.offtakeWh = {600, 0};
        y.injectionWh = {0, 300};
        inputs.members = {x, y};
        SharingPrices prices;
        prices.supplierEurPerKwh = 0.30;
        prices.localEurPerKwh = 0.15;
        prices.injectionEurPerKwh = 0.04;
        prices.networkReductionEurPerKwh = 0.02;
        prices.marginEurPerKwh = 0.01;
        prices.yearlyFeeEur = 36.5;
        SharingKey proRata;

        QList<qint64> rows;
        const SharingResult r =
            runSharing(inputs, proRata, prices,
                       [&](qint64 utc, std::size_t member, qint64 offtake, qint64 shared) {
                           rows << (utc - inputs.fromUtc) << qint64(member) << offtake << shared;
                       });
        QCOMPARE(r.availableWh, 1300);
        QCOMPARE(r.sharedWh, 1200);
        QCOMPARE(r.injectedWh, 100);
        QCOMPARE(r.offtakeWh, 1400);
        QVERIFY(near(*r.selfConsumptionRate(), 1200.0 / 1300));
        QVERIFY(near(*r.selfSufficiencyRate(), 1200.0 / 1400));
        QCOMPARE(r.members[0].sharedWh, 700);
        QCOMPARE(r.members[1].sharedWh, 500);
        QCOMPARE(r.members[1].creditedWh, 200);
        QCOMPARE(r.communityCreditedWh, 1000);
        // The fee of two quarter hours: 36.5 × 1,800 / 31,536,000 = 0.00208333 €.
        const double fee = 36.5 * 1800 / 31'536'000;
        // X: 0.7 kWh × (0.30 − 0.15 + 0.02) = 0.119.
        QVERIFY2(near(r.members[0].gainEur, 0.119 - fee),
                 qPrintable(QString::number(r.members[0].gainEur)));
        // Y: 0.5 × (0.30 − 0 + 0.02) = 0.16; its panels: X's 0.2 kWh at 0.15 − 0.01
        // = 0.028 instead of 0.2 × 0.04 = 0.008: +0.02.
        QVERIFY2(near(r.members[1].gainEur, 0.18 - fee),
                 qPrintable(QString::number(r.members[1].gainEur)));
        // The fund: X's 0.7 kWh × 0.01; Y pays nothing, so gives nothing.
        QVERIFY(near(r.commonFundEur, 0.007));
        QCOMPARE(r.monthlySharedWh[0], 1200);
        QCOMPARE(r.monthlyInjectedWh[0], 100);
        // Gini of 0.7 and 0.5 kWh: |0.7 − 0.5| × 2 / (2 × 2² × 0.6) = 1/12.
        QVERIFY(near(*r.fairness.giniSharedKwh, 1.0 / 12));
        QVERIFY(near(*r.fairness.solidarityShare, 500.0 / 1200));
        QCOMPARE(r.fairness.membersWithoutGain, 0);
        QVERIFY(near(*r.fairness.medianGainEur, (0.119 + 0.18) / 2 - fee));
        // The allocation file's rows: only where something is taken or given.
        QCOMPARE(rows, (QList<qint64>{0, 0, 600, 500, 0, 1, 600, 500, 900, 0, 200, 200}));
    }

    // The same two quarter hours with members' own local prices (scope 2: zero
    // allowed, "flécher" for free); the fee left out. By hand:
    // - X at 0.05: 0.7 × (0.30 − 0.05 + 0.02) = 0.189; the fund 0.7 × 0.01 = 0.007;
    //   Y's panels get X's 0.2 kWh × (0.05 − 0.01) = 0.008 = the injection price: Y 0.16.
    // - X at 0.005, below the margin: the fund takes all of it, 0.7 × 0.005 = 0.0035;
    //   X 0.7 × 0.315 = 0.2205; Y's panels get 0 instead of 0.008: Y 0.152.
    // - X free: X 0.7 × 0.32 = 0.224, no fund; Y 0.152.
    // - Y, a solidarity member, given a price of its own: it still pays nothing.
    void ownLocalPrices_data()
    {
        QTest::addColumn<double>("xPrice"); // < 0: the key's 0.15
        QTest::addColumn<double>("yPrice");
        QTest::addColumn<double>("xGain");
        QTest::addColumn<double>("yGain");
        QTest::addColumn<double>("fund");
        QTest::newRow("the key's price") << -1.0 << -1.0 << 0.119 << 0.18 << 0.007;
        QTest::newRow("X's own 0.05") << 0.05 << -1.0 << 0.189 << 0.16 << 0.007;
        QTest::newRow("X's own below the margin") << 0.005 << -1.0 << 0.2205 << 0.152 << 0.0035;
        QTest::newRow("X for free") << 0.0 << -1.0 << 0.224 << 0.152 << 0.0;
        QTest::newRow("solidarity wins over a price") << -1.0 << 0.10 << 0.119 << 0.18 << 0.007;
    }

    void ownLocalPrices()
    {
        QFETCH(double, xPrice);
        QFETCH(double, yPrice);
        QFETCH(double, xGain);
        QFETCH(double, yGain);
        QFETCH(double, fund);
        SharingInputs inputs;
        inputs.year = 2025;
        inputs.fromUtc = QDateTime(QDate(2025, 1, 15), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        inputs.communityInjectionWh = {1000, 0};
        SharingMember x;
        x.offtakeWh = {600, 200};
        x.injectionWh = {0, 0};
        if (xPrice >= 0)
            x.localEurPerKwh = xPrice;
        SharingMember y;
        y.solidarity = true;
        y.offtakeWh = {600, 0};
        y.injectionWh = {0, 300};
        if (yPrice >= 0)
            y.localEurPerKwh = yPrice;
        inputs.members = {x, y};
        SharingPrices prices;
        prices.supplierEurPerKwh = 0.30;
        prices.localEurPerKwh = 0.15;
        prices.injectionEurPerKwh = 0.04;
        prices.networkReductionEurPerKwh = 0.02;
        prices.marginEurPerKwh = 0.01;
        const SharingResult r = runSharing(inputs, SharingKey{}, prices);
        QVERIFY2(near(r.members[0].gainEur, xGain),
                 qPrintable(QString::number(r.members[0].gainEur)));
        QVERIFY2(near(r.members[1].gainEur, yGain),
                 qPrintable(QString::number(r.members[1].gainEur)));
        QVERIFY2(near(r.commonFundEur, fund), qPrintable(QString::number(r.commonFundEur)));
        QCOMPARE(localPriceOf(inputs.members[1], prices), 0.0);
    }

    void roles()
    {
        SharingMember member;
        member.offtakeWh = {0, 0};
        member.injectionWh = {0, 0};
        QCOMPARE(roleOf(member), MemberRole::Neither);
        member.injectionWh = {0, 5};
        QCOMPARE(roleOf(member), MemberRole::Producer);
        member.offtakeWh = {1, 0};
        QCOMPARE(roleOf(member), MemberRole::Both);
        member.injectionWh = {0, 0};
        QCOMPARE(roleOf(member), MemberRole::Consumer);
        QCOMPARE(key(MemberRole::Both), QStringLiteral("both"));
    }

    void gini()
    {
        QVERIFY(near(*giniOf({1, 1, 1, 1}), 0.0));
        QVERIFY(near(*giniOf({0, 0, 0, 4}), 0.75)); // one of four takes all: (n − 1) / n
        QVERIFY(near(*giniOf({1, 2, 3}), 2.0 / 9)); // Σ|xi − xj| = 8; 8 / (2 × 9 × 2)
        QVERIFY(!giniOf({}));
        QVERIFY(!giniOf({-1, 1}));
    }

    // A: 0.2 kWh every quarter hour from the grid. B: 0.1 kWh used, its panels 0.3:
    // 0.2 sent out. The roof (no owner): 0.5 sent out. One day of 2025.
    void inputsFromAWorkshop()
    {
        QTemporaryDir dir;
        auto workshop = test::createWorkshop(dir);
        Household a;
        a.name = QStringLiteral("Amira");
        a.pseudonymCode = QStringLiteral("A");
        const qint64 aId = workshop->households().insert(a);
        Household b;
        b.name = QStringLiteral("Bram");
        b.pseudonymCode = QStringLiteral("B");
        const qint64 bId = workshop->households().insert(b);
        test::storeSeries(*workshop, QStringLiteral("A meter"), SeriesKind::Consumption, aId,
                          test::flatYear(2025, 0.2f));
        test::storeSeries(*workshop, QStringLiteral("B meter"), SeriesKind::Consumption, bId,
                          test::flatYear(2025, 0.1f));
        test::storeSeries(*workshop, QStringLiteral("B panels"), SeriesKind::Production, bId,
                          test::flatYear(2025, 0.3f));
        test::storeSeries(*workshop, QStringLiteral("Roof"), SeriesKind::Production, 0,
                          test::flatYear(2025, 0.5f));
        const UtcPeriod day = periodContaining(PeriodKind::Day, QDate(2025, 6, 10));
        const auto inputs = sharingInputs(*workshop, day.fromUtc, day.toUtc);
        QVERIFY2(inputs.ok(), qPrintable(inputs.error()));
        QCOMPARE(inputs->year, 2025);
        QCOMPARE(inputs->fromUtc, day.fromUtc);
        QCOMPARE(inputs->intervals(), 96);
        QCOMPARE(inputs->members.size(), std::size_t(2));
        QCOMPARE(inputs->members[0].pseudonym, QStringLiteral("Household A"));
        QCOMPARE(inputs->members[0].offtakeWh[50], 200);
        QCOMPARE(inputs->members[0].injectionWh[50], 0);
        QCOMPARE(inputs->members[1].offtakeWh[50], 0);
        QCOMPARE(inputs->members[1].injectionWh[50], 200);
        QCOMPARE(inputs->communityInjectionWh[50], 500);
        QCOMPARE(inputs->productionWh, 96 * 800);

        // Pro rata: A takes its 200 Wh of the 700 sent out; the credit goes
        // 500 : 200 to the roof and B: 142.86 → 143 and 57.14 → 57.
        const SharingResult r = runSharing(*inputs, SharingKey{}, SharingPrices{});
        QCOMPARE(r.members[0].sharedWh, 96 * 200);
        QCOMPARE(r.members[1].creditedWh, 96 * 57);
        QCOMPARE(r.communityCreditedWh, 96 * 143);
        QCOMPARE(r.injectedWh, 96 * 500);
        QCOMPARE(r.monthlySharedWh[5], 96 * 200); // June

        // A period across New Year is refused with a sentence.
        const UtcPeriod december = periodContaining(PeriodKind::Day, QDate(2025, 12, 31));
        const auto twoYears = sharingInputs(*workshop, december.fromUtc, december.toUtc + 86400);
        QVERIFY(!twoYears.ok());
        QVERIFY(twoYears.error().contains(QStringLiteral("calendar year")));
    }

    // A member that is not a household and only produces (scope 1): an
    // association owning panels (0.3 kWh a quarter hour), no meter of its own
    // use and no inventory. A household takes 0.2 kWh. One day of 2025, pro
    // rata, the default prices (supplier 0.30, local 0.15, injection 0.04). By hand:
    // A gets its 200 Wh each quarter hour, all credited to the association;
    // A gains 96 × 0.2 × (0.30 − 0.15) = 2.88 €; the association is paid
    // 0.2 × 0.15 = 0.03 instead of 0.2 × 0.04 = 0.008: 96 × 0.022 = 2.112 €.
    void aParticipantThatOnlyProduces()
    {
        QTemporaryDir dir;
        auto workshop = test::createWorkshop(dir);
        Household a;
        a.name = QStringLiteral("Amira");
        a.pseudonymCode = QStringLiteral("A");
        const qint64 aId = workshop->households().insert(a);
        Household association;
        association.name = QStringLiteral("Les Amis du Parc");
        association.pseudonymCode = QStringLiteral("B");
        association.kind = HouseholdKind::OtherParticipant;
        const qint64 associationId = workshop->households().insert(association);
        test::storeSeries(*workshop, QStringLiteral("A meter"), SeriesKind::Consumption, aId,
                          test::flatYear(2025, 0.2f));
        test::storeSeries(*workshop, QStringLiteral("Panels"), SeriesKind::Production,
                          associationId, test::flatYear(2025, 0.3f));
        const UtcPeriod day = periodContaining(PeriodKind::Day, QDate(2025, 6, 10));
        const auto inputs = sharingInputs(*workshop, day.fromUtc, day.toUtc);
        QVERIFY2(inputs.ok(), qPrintable(inputs.error()));
        QCOMPARE(inputs->members.size(), std::size_t(2));
        const SharingMember &p = inputs->members[1];
        QCOMPARE(p.kind, HouseholdKind::OtherParticipant);
        QCOMPARE(p.pseudonym, QStringLiteral("Participant B"));
        QCOMPARE(roleOf(p), MemberRole::Producer);
        QCOMPARE(roleOf(inputs->members[0]), MemberRole::Consumer);
        QCOMPARE(p.injectionWh[40], 300);
        QCOMPARE(std::accumulate(p.offtakeWh.begin(), p.offtakeWh.end(), qint64(0)), 0);
        QCOMPARE(inputs->communityInjectionWh[40], 0);

        const SharingResult r = runSharing(*inputs, SharingKey{}, SharingPrices{});
        QCOMPARE(r.members[0].sharedWh, 96 * 200);
        QCOMPARE(r.members[1].creditedWh, 96 * 200);
        QCOMPARE(r.members[1].sharedWh, 0);
        QVERIFY2(near(r.members[0].gainEur, 2.88),
                 qPrintable(QString::number(r.members[0].gainEur)));
        QVERIFY2(near(r.members[1].gainEur, 2.112),
                 qPrintable(QString::number(r.members[1].gainEur)));
    }
};

QTEST_GUILESS_MAIN(TestWorkshopSharing)
#include "tst_workshopsharing.moc"
