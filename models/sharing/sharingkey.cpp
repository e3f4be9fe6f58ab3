// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharingkey.h"

#include <algorithm>
#include <numeric>

namespace wattelier {
namespace {

using Wide = __int128; // w × T can pass 2^63 for a year's Wh and large weights

qint64 sum(const std::vector<qint64> &values)
{
    return std::accumulate(values.begin(), values.end(), qint64(0));
}

/*! Fixed shares over \a members: rounds of offers until \a rounds (0: until nothing changes). */
void fixedRounds(qint64 available, const std::vector<qint64> &offtake,
                 const std::vector<qint64> &weights, int rounds, std::vector<qint64> &given)
{
    const std::size_t n = offtake.size();
    // Round one: each member its share of everything, at most what it takes.
    std::vector<qint64> parts = largestRemainder(available, weights);
    for (std::size_t i = 0; i < n; ++i)
        given[i] = std::min(offtake[i], parts[i]);
    // Further rounds re-offer what is left to the members still short, by their weights.
    for (int round = 1; rounds == 0 || round < rounds; ++round) {
        const qint64 left = available - sum(given);
        std::vector<qint64> eligible(n, 0);
        for (std::size_t i = 0; i < n; ++i)
            if (given[i] < offtake[i])
                eligible[i] = weights[i];
        if (left <= 0 || sum(eligible) == 0)
            return;
        parts = largestRemainder(left, eligible);
        bool changed = false;
        for (std::size_t i = 0; i < n; ++i) {
            const qint64 more = std::min(offtake[i] - given[i], parts[i]);
            changed = changed || more > 0;
            given[i] += more;
        }
        if (!changed)
            return;
    }
}

/*! Pro rata of \a offtake: all of it when \a available suffices. */
std::vector<qint64> proRata(qint64 available, const std::vector<qint64> &offtake)
{
    const qint64 wanted = sum(offtake);
    if (wanted <= available)
        return offtake;
    return largestRemainder(available,
                            offtake); // each part ≤ its offtake, since available < wanted
}

/*! \a method over a subset of members (their offtake, their weights), given \a available. */
std::vector<qint64> split(SharingMethod method, qint64 available,
                          const std::vector<qint64> &offtake, const std::vector<qint64> &weights,
                          int rounds)
{
    std::vector<qint64> given(offtake.size(), 0);
    if (available <= 0 || offtake.empty())
        return given;
    switch (method) {
    case SharingMethod::Fixed:
        fixedRounds(available, offtake, weights, rounds, given);
        return given;
    case SharingMethod::ProRata:
        return proRata(available, offtake);
    case SharingMethod::Hybrid: {
        fixedRounds(available, offtake, weights, 1, given);
        std::vector<qint64> remaining(offtake.size());
        for (std::size_t i = 0; i < offtake.size(); ++i)
            remaining[i] = offtake[i] - given[i];
        const std::vector<qint64> more = proRata(available - sum(given), remaining);
        for (std::size_t i = 0; i < offtake.size(); ++i)
            given[i] += more[i];
        return given;
    }
    case SharingMethod::Cascade:
        break; // levels are split one by one by allocate()
    }
    return given;
}

} // namespace

std::vector<qint64> largestRemainder(qint64 totalWh, const std::vector<qint64> &weights)
{
    const std::size_t n = weights.size();
    std::vector<qint64> parts(n, 0);
    const qint64 total = sum(weights);
    if (total <= 0 || totalWh <= 0)
        return parts;
    std::vector<qint64> remainders(n, 0);
    qint64 given = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const Wide product = Wide(weights[i]) * totalWh;
        parts[i] = qint64(product / total);
        remainders[i] = qint64(product % total);
        given += parts[i];
    }
    // The Wh left (fewer than n) go to the largest remainders, the earlier member first.
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
    for (std::size_t k = 0; given < totalWh && k < n; ++k, ++given)
        ++parts[order[k]];
    return parts;
}

std::vector<qint64> creditProducers(qint64 sharedWh, const std::vector<qint64> &injectionWh)
{
    return largestRemainder(sharedWh, injectionWh);
}

std::vector<qint64> allocate(const SharingKey &key, qint64 injectionWh,
                             const std::vector<qint64> &offtakeWh)
{
    if (key.method != SharingMethod::Cascade)
        return split(key.method, injectionWh, offtakeWh, key.weights, key.rounds);
    // Each level gets what the levels before it left, and splits it among its members.
    std::vector<qint64> given(offtakeWh.size(), 0);
    qint64 left = injectionWh;
    for (const SharingLevel &level : key.levels) {
        std::vector<qint64> offtake;
        for (int member : level.members)
            offtake.push_back(offtakeWh.at(std::size_t(member)) - given.at(std::size_t(member)));
        const std::vector<qint64> parts =
            split(level.method, left, offtake, level.weights, level.rounds);
        for (std::size_t k = 0; k < parts.size(); ++k) {
            given[std::size_t(level.members[k])] += parts[k];
            left -= parts[k];
        }
    }
    return given;
}

} // namespace wattelier
