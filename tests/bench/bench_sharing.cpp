// SPDX-License-Identifier: GPL-3.0-or-later
// Sharing keys (#22): prints figures, asserts nothing. 250 members over a year
// of quarter hours (35,040 intervals), each key method: how long the engine
// takes to split every quarter hour, with the money and the fairness figures.
// Members' offtake follows a day with a morning and an evening peak (random
// size per member); every fifth member has panels of its own; a community
// roof of 300 kWp sends everything out.
// Usage: bench_sharing [members]   (default 250)

#include "benchtiming.h"
#include "sharing/workshopsharing.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <cmath>
#include <cstdio>
#include <numbers>
#include <random>

using namespace wattelier;
using bench::bestOf;

namespace {

SharingInputs syntheticYear(int members)
{
    SharingInputs inputs;
    inputs.year = 2025;
    inputs.fromUtc = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch() - 3600;
    inputs.intervalS = 900;
    const int n = 35040;
    std::mt19937 random(22);
    std::uniform_real_distribution<double> size(0.5, 2.0), noise(0.6, 1.4);
    const auto sun = [](int t, double peakWh) {
        const double hour = std::fmod(t / 4.0 + 1.0, 24.0);
        const double day = t / 96.0;
        const double season = 0.55 - 0.45 * std::cos(2 * std::numbers::pi * (day + 10) / 365.0);
        return hour > 6 && hour < 20
                   ? peakWh * season * std::sin(std::numbers::pi * (hour - 6) / 14)
                   : 0.0;
    };
    inputs.communityInjectionWh.resize(n);
    for (int t = 0; t < n; ++t) {
        inputs.communityInjectionWh[std::size_t(t)] = qint32(sun(t, 300.0 * 250.0)); // 300 kWp
        inputs.productionWh += inputs.communityInjectionWh[std::size_t(t)];
    }
    for (int i = 0; i < members; ++i) {
        SharingMember member;
        member.name = QStringLiteral("Member %1").arg(i + 1);
        member.offtakeWh.resize(n);
        member.injectionWh.assign(n, 0);
        const double scale = size(random);
        const bool panels = i % 5 == 0;
        for (int t = 0; t < n; ++t) {
            const double hour = std::fmod(t / 4.0 + 1.0, 24.0);
            const double use =
                60.0 * scale * noise(random) *
                (1.0 + (hour > 7 && hour < 9 ? 1.5 : 0.0) + (hour > 18 && hour < 22 ? 2.5 : 0.0));
            const double own = panels ? sun(t, 4.0 * 250.0) : 0.0; // 4 kWp
            member.offtakeWh[std::size_t(t)] = qint32(std::max(0.0, use - own));
            member.injectionWh[std::size_t(t)] = qint32(std::max(0.0, own - use));
            inputs.productionWh += qint64(own);
        }
        inputs.members.push_back(std::move(member));
    }
    return inputs;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const int members = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 250;
    const SharingInputs inputs = syntheticYear(members);
    std::vector<qint64> equal(std::size_t(members), 1);
    SharingKey fixed;
    fixed.method = SharingMethod::Fixed;
    fixed.weights = equal;
    SharingKey threeRounds = fixed;
    threeRounds.rounds = 3;
    SharingKey unlimited = fixed;
    unlimited.rounds = 0;
    SharingKey proRata;
    SharingKey hybrid = fixed;
    hybrid.method = SharingMethod::Hybrid;
    SharingKey cascade;
    cascade.method = SharingMethod::Cascade;
    SharingLevel rest;
    for (int i = 0; i < members; ++i) {
        if (i < 5)
            cascade.levels.push_back({{i}, SharingMethod::Fixed, {1}, 1});
        else
            rest.members.push_back(i);
    }
    cascade.levels.push_back(rest);

    std::printf("Sharing keys: %d members, a year of quarter hours (%lld intervals), best of 3\n\n",
                members, qint64(inputs.intervals()));
    std::printf("%-44s %10s %10s %10s\n", "key", "ms", "shared %", "Gini kWh");
    const struct
    {
        const char *name;
        const SharingKey *key;
    } keys[] = {{"fixed, equal shares, one round", &fixed},
                {"fixed, equal shares, three rounds", &threeRounds},
                {"fixed, equal shares, unlimited rounds", &unlimited},
                {"pro rata", &proRata},
                {"hybrid (equal, then pro rata)", &hybrid},
                {"cascade (5 members first, then pro rata)", &cascade}};
    for (const auto &k : keys) {
        SharingResult result;
        const double ms = bestOf(3, [&] { result = runSharing(inputs, *k.key, SharingPrices{}); });
        std::printf("%-44s %10.1f %10.1f %10.3f\n", k.name, ms,
                    100.0 * result.selfConsumptionRate().value_or(0),
                    result.fairness.giniSharedKwh.value_or(0));
    }
    return 0;
}
