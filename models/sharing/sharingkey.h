// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

namespace wattelier {

/*!
 * How a community splits, every quarter hour, the energy its producers
 * inject among its members' offtake (#22): the keys of the Brussels rules
 * (BRUGEL; Sibelga applies them), which Wallonia, Flanders and France name
 * differently.
 */
enum class SharingMethod
{
    Fixed,   //!< fixed shares, in one or more rounds
    ProRata, //!< in proportion to each member's offtake that quarter hour
    Hybrid,  //!< fixed shares first, then what is left pro rata of what is still taken
    Cascade, //!< priority levels, each split with its own method
};

/*! One priority level of a cascade: its members and how it splits what reaches it. */
struct SharingLevel
{
    std::vector<int> members;                      //!< indexes into the members, in their order
    SharingMethod method = SharingMethod::ProRata; //!< Fixed or ProRata
    std::vector<qint64> weights;                   //!< Fixed: one per member of the level
    int rounds = 1;                                //!< Fixed: rounds; 0 = until nothing changes
};

/*!
 * A key. Shares are integer weights (40, 30, 20, 10; or 1, 1, 1 for equal
 * shares): a split of I Wh gives member i exactly w_i × I / Σw before
 * rounding, with no floating-point tie.
 */
struct SharingKey
{
    SharingMethod method = SharingMethod::ProRata;
    std::vector<qint64> weights;      //!< Fixed and Hybrid: one per member
    int rounds = 1;                   //!< Fixed: rounds; 0 = unlimited (until nothing changes)
    std::vector<SharingLevel> levels; //!< Cascade, highest priority first
};

/*!
 * One quarter hour: what each member receives (a_i, Wh) from \a injectionWh
 * (I, what the producers inject for sharing) given each member's offtake
 * before sharing (O_i, Wh). Always 0 ≤ a_i ≤ O_i and Σ a_i ≤ I; what is not
 * shared (I − Σ a_i) goes to the producers' supplier. Real-valued splits
 * become whole Wh by largest remainder (ties: the earlier member), so the
 * sums hold exactly.
 */
std::vector<qint64> allocate(const SharingKey &key, qint64 injectionWh,
                             const std::vector<qint64> &offtakeWh);

/*!
 * What each producer is credited of the \a sharedWh shared that quarter hour:
 * in proportion to its injection, as whole Wh summing to \a sharedWh.
 */
std::vector<qint64> creditProducers(qint64 sharedWh, const std::vector<qint64> &injectionWh);

/*!
 * \a totalWh split over \a weights (any non-negative integers, not all 0)
 * as whole Wh by largest remainder: the parts sum to \a totalWh exactly.
 */
std::vector<qint64> largestRemainder(qint64 totalWh, const std::vector<qint64> &weights);

} // namespace wattelier
