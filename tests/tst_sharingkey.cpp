// SPDX-License-Identifier: GPL-3.0-or-later
// Distribution keys (#22), quarter hour by quarter hour, against the figures of
// tests/tools/sharing_reference.py: a separate implementation in Python with
// exact fractions, written first; its hand checks are comments beside its data.
// Four members (A, B, C, and D with its own panels) and two producers (the
// community roof and D) over eight quarter hours: no production, no
// consumption, a member exactly saturated, rounding remainders with ties,
// surplus, deficit, a few Wh, an ordinary afternoon.

#include "sharing/sharingkey.h"

#include <QRandomGenerator>
#include <QTest>

#include <numeric>

using namespace wattelier;

namespace {

using Rows = QList<QList<qint64>>;

// Per quarter hour: the producers' injections (roof, D) and the members' offtake (A–D).
const Rows injections = {{0, 0},     {200, 50}, {400, 0}, {703, 300},
                         {900, 200}, {40, 0},   {7, 0},   {300, 100}};
const Rows offtakes = {{60, 15, 40, 70},   {0, 0, 0, 0},     {100, 40, 300, 40},
                       {400, 300, 500, 0}, {50, 20, 100, 0}, {600, 90, 800, 250},
                       {500, 5, 1, 200},   {150, 60, 250, 0}};

SharingKey fixed(std::vector<qint64> weights, int rounds)
{
    SharingKey key;
    key.method = SharingMethod::Fixed;
    key.weights = std::move(weights);
    key.rounds = rounds;
    return key;
}

std::vector<qint64> vectorOf(const QList<qint64> &values)
{
    return {values.begin(), values.end()};
}

qint64 sum(const std::vector<qint64> &values)
{
    return std::accumulate(values.begin(), values.end(), qint64(0));
}

} // namespace

Q_DECLARE_METATYPE(wattelier::SharingKey)

class TestSharingKey : public QObject
{
    Q_OBJECT

private slots:
    void referenceExample_data()
    {
        QTest::addColumn<SharingKey>("key");
        QTest::addColumn<Rows>("shared");  // a_A … a_D per quarter hour
        QTest::addColumn<Rows>("credits"); // roof, D per quarter hour
        QTest::newRow("equal") << fixed({1, 1, 1, 1}, 1)
                               << Rows{{0, 0, 0, 0},       {0, 0, 0, 0},     {100, 40, 100, 40},
                                       {251, 251, 251, 0}, {50, 20, 100, 0}, {10, 10, 10, 10},
                                       {2, 2, 1, 1},       {100, 60, 100, 0}}
                               << Rows{{0, 0},    {0, 0},  {280, 0}, {528, 225},
                                       {139, 31}, {40, 0}, {6, 0},   {195, 65}};
        QTest::newRow("equal, 2 rounds")
            << fixed({1, 1, 1, 1}, 2)
            << Rows{{0, 0, 0, 0},     {0, 0, 0, 0},     {100, 40, 220, 40}, {335, 300, 334, 0},
                    {50, 20, 100, 0}, {10, 10, 10, 10}, {3, 2, 1, 1},       {150, 60, 170, 0}}
            << Rows{{0, 0}, {0, 0}, {400, 0}, {679, 290}, {139, 31}, {40, 0}, {7, 0}, {285, 95}};
        QTest::newRow("equal, unlimited rounds")
            << fixed({1, 1, 1, 1}, 0)
            << Rows{{0, 0, 0, 0},     {0, 0, 0, 0},     {100, 40, 220, 40}, {352, 300, 351, 0},
                    {50, 20, 100, 0}, {10, 10, 10, 10}, {3, 2, 1, 1},       {150, 60, 190, 0}}
            << Rows{{0, 0}, {0, 0}, {400, 0}, {703, 300}, {139, 31}, {40, 0}, {7, 0}, {300, 100}};
        QTest::newRow("specific 40/30/20/10")
            << fixed({40, 30, 20, 10}, 1)
            << Rows{{0, 0, 0, 0},     {0, 0, 0, 0},   {100, 40, 80, 40}, {400, 300, 201, 0},
                    {50, 20, 100, 0}, {16, 12, 8, 4}, {3, 2, 1, 1},      {150, 60, 80, 0}}
            << Rows{{0, 0}, {0, 0}, {260, 0}, {632, 269}, {139, 31}, {40, 0}, {7, 0}, {218, 72}};
        SharingKey proRata;
        proRata.method = SharingMethod::ProRata;
        QTest::newRow("pro rata") << proRata
                                  << Rows{{0, 0, 0, 0},       {0, 0, 0, 0},     {84, 33, 250, 33},
                                          {334, 251, 418, 0}, {50, 20, 100, 0}, {14, 2, 18, 6},
                                          {5, 0, 0, 2},       {131, 52, 217, 0}}
                                  << Rows{{0, 0},    {0, 0},  {400, 0}, {703, 300},
                                          {139, 31}, {40, 0}, {7, 0},   {300, 100}};
        SharingKey hybrid = fixed({1, 1, 1, 1}, 1);
        hybrid.method = SharingMethod::Hybrid;
        QTest::newRow("hybrid") << hybrid
                                << Rows{{0, 0, 0, 0},       {0, 0, 0, 0},     {100, 40, 220, 40},
                                        {334, 279, 390, 0}, {50, 20, 100, 0}, {10, 10, 10, 10},
                                        {3, 2, 1, 1},       {135, 60, 205, 0}}
                                << Rows{{0, 0},    {0, 0},  {400, 0}, {703, 300},
                                        {139, 31}, {40, 0}, {7, 0},   {300, 100}};
        // B first (a solidarity member: all it takes), then A, C and D pro rata.
        SharingKey cascade;
        cascade.method = SharingMethod::Cascade;
        cascade.levels = {{{1}, SharingMethod::Fixed, {1}, 1},
                          {{0, 2, 3}, SharingMethod::ProRata, {}, 1}};
        QTest::newRow("cascade, B first")
            << cascade
            << Rows{{0, 0, 0, 0},     {0, 0, 0, 0},  {82, 40, 245, 33}, {312, 300, 391, 0},
                    {50, 20, 100, 0}, {0, 40, 0, 0}, {1, 5, 0, 1},      {128, 60, 212, 0}}
            << Rows{{0, 0}, {0, 0}, {400, 0}, {703, 300}, {139, 31}, {40, 0}, {7, 0}, {300, 100}};
        // A level of two (#22: priority levels of several members): B and D first,
        // equal shares in two rounds, then A and C pro rata.
        SharingKey levelOfTwo;
        levelOfTwo.method = SharingMethod::Cascade;
        levelOfTwo.levels = {{{1, 3}, SharingMethod::Fixed, {1, 1}, 2},
                             {{0, 2}, SharingMethod::ProRata, {}, 1}};
        QTest::newRow("cascade, B and D first")
            << levelOfTwo
            << Rows{{0, 0, 0, 0},     {0, 0, 0, 0},   {80, 40, 240, 40}, {312, 300, 391, 0},
                    {50, 20, 100, 0}, {0, 20, 0, 20}, {0, 4, 0, 3},      {128, 60, 212, 0}}
            << Rows{{0, 0}, {0, 0}, {400, 0}, {703, 300}, {139, 31}, {40, 0}, {7, 0}, {300, 100}};
    }

    void referenceExample()
    {
        QFETCH(SharingKey, key);
        QFETCH(Rows, shared);
        QFETCH(Rows, credits);
        for (qsizetype t = 0; t < offtakes.size(); ++t) {
            const qint64 available = injections.at(t).at(0) + injections.at(t).at(1);
            const std::vector<qint64> given = allocate(key, available, vectorOf(offtakes.at(t)));
            QCOMPARE(given, vectorOf(shared.at(t)));
            QCOMPARE(creditProducers(sum(given), vectorOf(injections.at(t))),
                     vectorOf(credits.at(t)));
        }
    }

    void largestRemainderTies()
    {
        // 7 Wh in quarters: 1.75 each, the three extra Wh to the first three.
        QCOMPARE(largestRemainder(7, {1, 1, 1, 1}), (std::vector<qint64>{2, 2, 2, 1}));
        // 250 in thirds: 83⅓ each, the one extra Wh to the first.
        QCOMPARE(largestRemainder(250, {1, 1, 1}), (std::vector<qint64>{84, 83, 83}));
        // 10 by 0, 3, 1: 7.5 and 2.5, the tie to the earlier member.
        QCOMPARE(largestRemainder(10, {0, 3, 1}), (std::vector<qint64>{0, 8, 2}));
        QCOMPARE(largestRemainder(10, {0, 0}), (std::vector<qint64>{0, 0}));
        QCOMPARE(largestRemainder(0, {2, 1}), (std::vector<qint64>{0, 0}));
        // A year of a large group's Wh with large weights: no overflow.
        QCOMPARE(largestRemainder(4'000'000'000'000, {3'000'000'000, 1'000'000'000}),
                 (std::vector<qint64>{3'000'000'000'000, 1'000'000'000'000}));
    }

    // The invariants on random quarter hours, every method: 0 ≤ a ≤ O, Σa ≤ I;
    // unlimited rounds and pro rata leave nothing when the offtake can take it.
    void invariants()
    {
        QRandomGenerator random(2222);
        SharingKey proRata;
        SharingKey hybrid = fixed({}, 1);
        hybrid.method = SharingMethod::Hybrid;
        SharingKey cascade;
        cascade.method = SharingMethod::Cascade;
        for (int trial = 0; trial < 2000; ++trial) {
            const int n = 1 + int(random.bounded(12));
            std::vector<qint64> offtake(std::size_t(n), 0);
            std::vector<qint64> weights(std::size_t(n), 0);
            for (int i = 0; i < n; ++i) {
                offtake[std::size_t(i)] = random.bounded(4) == 0 ? 0 : random.bounded(2000);
                weights[std::size_t(i)] = 1 + random.bounded(100);
            }
            const qint64 available = random.bounded(5000);
            hybrid.weights = weights;
            cascade.levels = {{{0}, SharingMethod::Fixed, {1}, 1}};
            std::vector<int> rest(std::size_t(n - 1));
            std::iota(rest.begin(), rest.end(), 1);
            cascade.levels.push_back({rest, SharingMethod::ProRata, {}, 1});
            for (const SharingKey &key : {fixed(weights, 1), fixed(weights, 3), fixed(weights, 0),
                                          proRata, hybrid, cascade}) {
                const std::vector<qint64> given = allocate(key, available, offtake);
                QCOMPARE(given.size(), offtake.size());
                for (int i = 0; i < n; ++i)
                    QVERIFY(given[std::size_t(i)] >= 0 &&
                            given[std::size_t(i)] <= offtake[std::size_t(i)]);
                QVERIFY(sum(given) <= available);
                const bool fills = key.method == SharingMethod::ProRata ||
                                   key.method == SharingMethod::Hybrid ||
                                   key.method == SharingMethod::Cascade ||
                                   (key.method == SharingMethod::Fixed && key.rounds == 0);
                if (fills)
                    QCOMPARE(sum(given), std::min(available, sum(offtake)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSharingKey)
#include "tst_sharingkey.moc"
