// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outcome.h"
#include "inventory/household.h"
#include "sharing/sharingkey.h"

#include <QSet>
#include <QString>

#include <array>
#include <functional>
#include <optional>
#include <vector>

namespace wattelier {

class Workshop;

/*!
 * What the energy costs, in € per kWh unless said: the figures of a key
 * scenario's money (#22). The defaults are round examples, not a tariff:
 * the facilitator types the group's own.
 */
struct SharingPrices
{
    double supplierEurPerKwh = 0.30; //!< a kWh from the member's supplier, network included
    double localEurPerKwh = 0.15;    //!< a shared kWh, unless the member has its own; solidarity: 0
    double injectionEurPerKwh = 0.04;       //!< what a producer's supplier pays for a kWh sent out
    double networkReductionEurPerKwh = 0.0; //!< network tariff saved on a shared kWh (perimeter)
    double yearlyFeeEur = 0.0;    //!< per member, for taking part (pro rata of the period)
    double marginEurPerKwh = 0.0; //!< per shared kWh, to a common fund (out of the local price)
};

/*! One member's energy over the period and a quarter hour's split. */
struct SharingMember
{
    qint64 householdId = 0;
    HouseholdKind kind = HouseholdKind::Home;
    QString name;
    QString pseudonym;
    bool solidarity = false;              //!< a beneficiary the surplus is "fléché" to, for free
    std::optional<double> localEurPerKwh; //!< its own local price; none: SharingPrices's
    std::vector<qint32> offtakeWh;        //!< per interval, before sharing (after its own panels)
    std::vector<qint32> injectionWh;      //!< per interval, what its own panels send out
};

/*! What a member does in the community over the period, from its curves. */
enum class MemberRole
{
    Neither,  //!< takes nothing from the grid and sends nothing out
    Consumer, //!< takes from the grid
    Producer, //!< only sends out (a roof's owner without consumption)
    Both,     //!< its own panels send out at times, it takes at others
};

MemberRole roleOf(const SharingMember &member);
QString key(MemberRole role);   //!< "neither", "consumer", "producer", "both"
QString label(MemberRole role); //!< translated

/*! The members and producers of a workshop over a part of one year, interval by interval. */
struct SharingInputs
{
    int year = 0;
    qint64 fromUtc = 0;
    int intervalS = 900;
    std::vector<SharingMember> members;       //!< the workshop's households, in their order
    std::vector<qint32> communityInjectionWh; //!< production no household owns: all sent out
    qint64 productionWh = 0;                  //!< everything produced behind the meters
    qint64 intervals() const { return qint64(communityInjectionWh.size()); }
};

/*!
 * The inputs of a workshop's sharing: each household's offtake and
 * injection from the curves the production page draws (its measured or
 * estimated consumption against its own panels, interval by interval), and
 * the production no household owns (a community installation, or the
 * workshop's estimated one). Refused when the period is empty or spans two
 * calendar years.
 */
Outcome<SharingInputs> sharingInputs(const Workshop &workshop, std::optional<qint64> fromUtc,
                                     std::optional<qint64> toUtc);

struct MemberSharing
{
    qint64 offtakeWh = 0;   //!< before sharing
    qint64 sharedWh = 0;    //!< received from the community
    qint64 injectionWh = 0; //!< sent out by its own panels
    qint64 creditedWh = 0;  //!< of the shared energy, what its own panels gave
    double gainEur = 0;     //!< against not sharing, fee included
    qint64 remainingWh() const { return offtakeWh - sharedWh; }
};

/*! How the spread of benefits between members looks: never a ranking. */
struct SharingFairness
{
    std::optional<double> giniSharedKwh; //!< 0: all the same, 1: one member takes all
    std::optional<double> giniGainEur;   //!< none when a member loses money, or nobody gains
    std::optional<double> minimumGainEur;
    std::optional<double> p10GainEur;
    std::optional<double> medianGainEur;
    std::optional<double> p90GainEur;
    std::optional<double> maximumGainEur;
    int membersWithoutGain = 0;            //!< gain ≤ 0 once the fee is paid
    std::optional<double> solidarityShare; //!< of the shared kWh, to solidarity members
};

struct SharingResult
{
    qint64 availableWh = 0;             //!< Σ I: what the producers sent out
    qint64 sharedWh = 0;                //!< Σ a
    qint64 injectedWh = 0;              //!< Σ E: what went to the producers' supplier
    qint64 offtakeWh = 0;               //!< Σ O
    std::vector<MemberSharing> members; //!< as SharingInputs::members
    qint64 communityCreditedWh = 0;     //!< of the shared energy, what no household's panels gave
    double commonFundEur = 0;
    std::array<qint64, 12> monthlySharedWh{}; //!< Brussels calendar months of the year
    std::array<qint64, 12> monthlyInjectedWh{};
    SharingFairness fairness;

    std::optional<double> selfConsumptionRate() const; //!< shared ÷ available
    std::optional<double> selfSufficiencyRate() const; //!< shared ÷ offtake
};

/*! What \a member pays for a shared kWh: nothing for a solidarity member, else its own price or
 * the key's. */
double localPriceOf(const SharingMember &member, const SharingPrices &prices);

/*! One interval's split, for the allocation file: (interval start, member, offtake, shared). */
using AllocationSink =
    std::function<void(qint64 utc, std::size_t member, qint64 offtakeWh, qint64 sharedWh)>;

/*! \a key applied to \a inputs interval by interval, with the money of \a prices. */
SharingResult runSharing(const SharingInputs &inputs, const SharingKey &key,
                         const SharingPrices &prices, const AllocationSink &sink = {});

/*! The Gini index of \a values (mean absolute difference ÷ twice the mean); none unless the mean >
 * 0. */
std::optional<double> giniOf(std::vector<double> values);

} // namespace wattelier
