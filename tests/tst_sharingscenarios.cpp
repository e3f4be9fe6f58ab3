// SPDX-License-Identifier: GPL-3.0-or-later
// Key scenarios stored in the workshop (#22): saved, changed and deleted as
// undoable steps, refused when they do not add up, and turned into the
// engine's key over the workshop's households by id.

#include "core/workshop.h"
#include "energy/energybalance.h"
#include "inventory/householdstore.h"
#include "sharing/sharingeditor.h"
#include "sharing/sharingscenariostore.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace wattelier;

Q_DECLARE_METATYPE(wattelier::SharingScenario)

class TestSharingScenarios : public QObject
{
    Q_OBJECT

private slots:
    void savedChangedDeletedAndUndone()
    {
        QTemporaryDir dir;
        auto workshop = test::createWorkshop(dir);
        SharingScenario solidarity;
        solidarity.name = QStringLiteral("Solidarity first");
        solidarity.method = SharingMethod::Cascade;
        solidarity.priority = {{7}, {3, 5}};
        solidarity.levelSplit = SharingMethod::Fixed;
        solidarity.solidarity = {7};
        solidarity.localEurPerKwh = 0.12;
        solidarity.yearlyFeeEur = 25;
        solidarity.localPrices = {{3, 0.0}, {9, 0.08}};
        solidarity.perimeter = SharingPerimeter::SameBuilding;
        const auto id = SharingEditor(*workshop).addScenario(solidarity);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        SharingScenario stored = *workshop->sharingScenarios().get(*id);
        solidarity.id = *id;
        QCOMPARE(stored, solidarity); // every field read back as written

        SharingScenario fixed = stored;
        fixed.method = SharingMethod::Fixed;
        fixed.rounds = 0;
        fixed.sharePercent = {{3, 62.5}, {7, 37.5}};
        QVERIFY(SharingEditor(*workshop).replaceScenario(fixed).isEmpty());
        QCOMPARE(*workshop->sharingScenarios().get(*id), fixed);
        workshop->undoStack()->undo();
        QCOMPARE(*workshop->sharingScenarios().get(*id), solidarity);
        workshop->undoStack()->redo();
        QCOMPARE(workshop->sharingScenarios().find(QStringLiteral("solidarity FIRST"))->rounds, 0);

        QVERIFY(SharingEditor(*workshop).removeScenario(*id));
        QVERIFY(workshop->sharingScenarios().all().isEmpty());
        workshop->undoStack()->undo();
        QCOMPARE(workshop->sharingScenarios().all().size(), 1);
    }

    void refusedWhenItDoesNotAddUp_data()
    {
        QTest::addColumn<SharingScenario>("scenario");
        QTest::addColumn<QString>("says");
        SharingScenario base;
        base.name = QStringLiteral("Key");
        SharingScenario unnamed = base;
        unnamed.name = QStringLiteral("  ");
        QTest::newRow("no name") << unnamed << QStringLiteral("name");
        SharingScenario shares = base;
        shares.sharePercent = {{1, 0}, {2, 0}};
        QTest::newRow("no share above 0") << shares << QStringLiteral("above 0");
        SharingScenario price = base;
        price.localEurPerKwh = -0.1;
        QTest::newRow("negative price") << price << QStringLiteral("price");
        SharingScenario memberPrice = base;
        memberPrice.localPrices = {{1, 0.1}, {2, 11.0}};
        QTest::newRow("a member's price above 10 €") << memberPrice << QStringLiteral("price");
    }

    void refusedWhenItDoesNotAddUp()
    {
        QFETCH(SharingScenario, scenario);
        QFETCH(QString, says);
        QTemporaryDir dir;
        auto workshop = test::createWorkshop(dir);
        const auto id = SharingEditor(*workshop).addScenario(scenario);
        QVERIFY(!id.ok());
        QVERIFY2(id.error().contains(says), qPrintable(id.error()));
        QVERIFY(workshop->sharingScenarios().all().isEmpty());
        QCOMPARE(workshop->undoStack()->count(), 0);
    }

    // Households by id: shares in hundredths of a percent, the priority's order,
    // a removed household left out, solidarity marked, the workshop's prices.
    void theEnginesKey()
    {
        SharingInputs inputs;
        for (const qint64 id : {10, 20, 30}) {
            SharingMember member;
            member.householdId = id;
            inputs.members.push_back(member);
        }
        SharingScenario s;
        s.method = SharingMethod::Fixed;
        s.sharePercent = {{30, 62.5}, {10, 37.5}, {99, 0}}; // 99: a household since removed
        SharingKey key = keyOf(s, inputs);
        QCOMPARE(key.weights, (std::vector<qint64>{3750, 0, 6250}));
        s.sharePercent.clear();
        QCOMPARE(keyOf(s, inputs).weights, (std::vector<qint64>{1, 1, 1}));

        s.method = SharingMethod::Cascade;
        s.priority = {{30}, {99}, {10}};
        key = keyOf(s, inputs);
        QCOMPARE(key.levels.size(), std::size_t(3));
        QCOMPARE(key.levels[0].members, std::vector<int>{2});
        QCOMPARE(key.levels[1].members, std::vector<int>{0});
        QCOMPARE(key.levels[2].members, std::vector<int>{1});
        QCOMPARE(key.levels[2].method, SharingMethod::ProRata);
        QCOMPARE(priorityLevelOf(s, 10), 3); // the removed household's level still counts
        QCOMPARE(priorityLevelOf(s, 20), 0);

        // Two households on one level, split by their shares (62.5 : 37.5, two
        // rounds); a household named again lower down stays where it was first.
        s.priority = {{30, 10}, {30, 20}};
        s.levelSplit = SharingMethod::Fixed;
        s.rounds = 2;
        s.sharePercent = {{30, 62.5}, {10, 37.5}};
        key = keyOf(s, inputs);
        QCOMPARE(key.levels.size(), std::size_t(3));
        QCOMPARE(key.levels[0].members, (std::vector<int>{2, 0}));
        QCOMPARE(key.levels[0].method, SharingMethod::Fixed);
        QCOMPARE(key.levels[0].weights, (std::vector<qint64>{6250, 3750}));
        QCOMPARE(key.levels[0].rounds, 2);
        QCOMPARE(key.levels[1].members, std::vector<int>{1});
        QCOMPARE(key.levels[1].weights, std::vector<qint64>{1}); // no share typed: equal
        QVERIFY(key.levels[2].members.empty());
        // The members without a level come last, pro rata whatever the levels' split:
        // shares there would send to the grid what one of them cannot use.
        s.priority = {{30}};
        key = keyOf(s, inputs);
        QCOMPARE(key.levels.size(), std::size_t(2));
        QCOMPARE(key.levels[0].method, SharingMethod::Fixed);
        QCOMPARE(key.levels[1].members, (std::vector<int>{0, 1}));
        QCOMPARE(key.levels[1].method, SharingMethod::ProRata);
        s.levelSplit = SharingMethod::ProRata;
        s.rounds = 1;
        s.sharePercent.clear();

        s.solidarity = {20};
        markMembers(s, inputs);
        QVERIFY(!inputs.members[0].solidarity && inputs.members[1].solidarity);
        Tariff tariff;
        tariff.offtakeEurPerKwh = 0.33;
        tariff.injectionEurPerKwh = 0.05;
        s.localEurPerKwh = 0.1;
        const SharingPrices prices = pricesOf(s, tariff);
        QCOMPARE(prices.supplierEurPerKwh, 0.33);
        QCOMPARE(prices.injectionEurPerKwh, 0.05);
        QCOMPARE(prices.localEurPerKwh, 0.1);
        // A member's own price, by household id; the others pay the key's.
        s.localPrices = {{20, 0.0}, {10, 0.07}};
        s.solidarity = {};
        markMembers(s, inputs);
        QCOMPARE(localPriceOf(inputs.members[0], prices), 0.07);
        QCOMPARE(localPriceOf(inputs.members[1], prices), 0.0);
        s.localPrices = {{20, 0.0}};
        markMembers(s, inputs); // the next key gives none to the first: not kept
        QCOMPARE(localPriceOf(inputs.members[0], prices), 0.1);
    }
};

QTEST_GUILESS_MAIN(TestSharingScenarios)
#include "tst_sharingscenarios.moc"
