// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshopsharing.h"

#include "challenge/challengespread.h"
#include "core/enumtable.h"
#include "core/workshop.h"
#include "energy/workshopcurves.h"
#include "inventory/householdstore.h"
#include "timeseries/civiltime.h"

#include <QDate>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace wattelier {
namespace {

qint32 wattHours(double kwh)
{
    return std::isnan(kwh) ? 0 : qint32(std::lround(kwh * 1000.0));
}

double valueAt(const RegularSeries &series, qint64 index)
{
    if (index < 0 || index >= qint64(series.kwh.size()))
        return 0.0;
    const float v = series.kwh[std::size_t(index)];
    return std::isnan(v) ? 0.0 : double(v);
}

/*! The Brussels calendar month (0–11) of each interval. */
std::vector<quint8> monthsOf(qint64 fromUtc, int intervalS, qint64 count)
{
    static const ZoneConverter zone;
    std::vector<quint8> months(std::size_t(count), 0);
    for (qint64 t = 0; t < count; ++t) {
        const qint64 utc = fromUtc + t * intervalS;
        const qint64 civil = utc + zone.offsetAt(utc);
        const qint64 days = civil >= 0 ? civil / 86400 : -((-civil + 86399) / 86400);
        months[std::size_t(t)] = quint8(QDate::fromJulianDay(days + 2440588).month() - 1);
    }
    return months;
}

constexpr EnumEntry<MemberRole> roles[] = {
    {MemberRole::Consumer, "consumer", QT_TRANSLATE_NOOP("MemberRole", "Takes")},
    {MemberRole::Producer, "producer", QT_TRANSLATE_NOOP("MemberRole", "Produces")},
    {MemberRole::Both, "both", QT_TRANSLATE_NOOP("MemberRole", "Produces and takes")},
    {MemberRole::Neither, "neither",
     QT_TRANSLATE_NOOP("MemberRole", "No energy in the period")}, // the fallback: last
};

} // namespace

MemberRole roleOf(const SharingMember &member)
{
    const auto any = [](const std::vector<qint32> &wh) {
        return std::any_of(wh.begin(), wh.end(), [](qint32 v) { return v > 0; });
    };
    const bool takes = any(member.offtakeWh);
    const bool sends = any(member.injectionWh);
    return takes && sends ? MemberRole::Both
           : takes        ? MemberRole::Consumer
           : sends        ? MemberRole::Producer
                          : MemberRole::Neither;
}

QString key(MemberRole role)
{
    return enumtable::keyOf(roles, role);
}

QString label(MemberRole role)
{
    return enumtable::labelOf("MemberRole", roles, role);
}

Outcome<SharingInputs> sharingInputs(const Workshop &workshop, std::optional<qint64> fromUtc,
                                     std::optional<qint64> toUtc)
{
    const Outcome<YearPart> part = yearPartOf(workshop, fromUtc, toUtc);
    if (!part)
        return Outcome<SharingInputs>::refused(part.error());
    CurveOptions options;
    options.year = part->year;
    options.keepHouseholds = true;
    WorkshopCurves curves = workshopCurves(workshop, options);

    SharingInputs inputs;
    inputs.year = part->year;
    const RegularSeries &group = curves.curves.consumption;
    inputs.intervalS = group.intervalS > 0 ? group.intervalS : 900;
    // The period on the curves' grid: from the interval it starts in.
    const qint64 first = (part->fromUtc - group.startUtc) / inputs.intervalS;
    const qint64 last = (part->toUtc - group.startUtc + inputs.intervalS - 1) / inputs.intervalS;
    const qint64 count = std::max<qint64>(0, last - first);
    inputs.fromUtc = group.startUtc + first * inputs.intervalS;

    QHash<qint64, Household> byId;
    for (const Household &h : workshop.households().all())
        byId.insert(h.id, h);
    std::vector<double> ownProduction(std::size_t(count), 0.0);
    for (const HouseholdCurves &h : curves.households) {
        SharingMember member;
        const Household household = byId.value(h.householdId);
        member.householdId = h.householdId;
        member.kind = household.kind;
        member.name = household.name;
        member.pseudonym = pseudonym(household);
        member.offtakeWh.assign(std::size_t(count), 0);
        member.injectionWh.assign(std::size_t(count), 0);
        for (qint64 t = 0; t < count; ++t) {
            const double produced = valueAt(h.ownProduction, first + t);
            // What its meter would see: its own panels first, then the grid.
            const double net = valueAt(h.consumption, first + t) - produced;
            member.offtakeWh[std::size_t(t)] = wattHours(std::max(0.0, net));
            member.injectionWh[std::size_t(t)] = wattHours(std::max(0.0, -net));
            ownProduction[std::size_t(t)] += produced;
            inputs.productionWh += wattHours(produced);
        }
        inputs.members.push_back(std::move(member));
    }
    // Production no household owns is all sent out for sharing.
    inputs.communityInjectionWh.assign(std::size_t(count), 0);
    for (qint64 t = 0; t < count; ++t) {
        const double community = std::max(0.0, valueAt(curves.curves.production, first + t) -
                                                   ownProduction[std::size_t(t)]);
        inputs.communityInjectionWh[std::size_t(t)] = wattHours(community);
        inputs.productionWh += wattHours(community);
    }
    return inputs;
}

std::optional<double> SharingResult::selfConsumptionRate() const
{
    return availableWh > 0 ? std::optional<double>(double(sharedWh) / double(availableWh))
                           : std::nullopt;
}

std::optional<double> SharingResult::selfSufficiencyRate() const
{
    return offtakeWh > 0 ? std::optional<double>(double(sharedWh) / double(offtakeWh))
                         : std::nullopt;
}

std::optional<double> giniOf(std::vector<double> values)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const double n = double(values.size());
    const double total = std::accumulate(values.begin(), values.end(), 0.0);
    if (!(total > 0))
        return std::nullopt;
    // Σ|x_i − x_j| over all pairs = 2 Σ_i (2i − n + 1) x_(i) for sorted x (i from 0).
    double weighted = 0;
    for (std::size_t i = 0; i < values.size(); ++i)
        weighted += (2.0 * double(i) - n + 1.0) * values[i];
    return weighted / (n * total);
}

double localPriceOf(const SharingMember &member, const SharingPrices &prices)
{
    return member.solidarity ? 0.0 : member.localEurPerKwh.value_or(prices.localEurPerKwh);
}

SharingResult runSharing(const SharingInputs &inputs, const SharingKey &key,
                         const SharingPrices &prices, const AllocationSink &sink)
{
    SharingResult result;
    const std::size_t m = inputs.members.size();
    const qint64 n = inputs.intervals();
    result.members.assign(m, MemberSharing{});
    const std::vector<quint8> months = monthsOf(inputs.fromUtc, inputs.intervalS, n);
    std::vector<double> localPrice(m), producerRevenue(m + 1, 0.0);
    for (std::size_t i = 0; i < m; ++i)
        localPrice[i] = localPriceOf(inputs.members[i], prices);

    std::vector<qint64> offtake(m), injection(m + 1);
    for (qint64 t = 0; t < n; ++t) {
        const std::size_t at = std::size_t(t);
        qint64 available = inputs.communityInjectionWh[at];
        injection[m] = available;
        for (std::size_t i = 0; i < m; ++i) {
            offtake[i] = inputs.members[i].offtakeWh[at];
            injection[i] = inputs.members[i].injectionWh[at];
            available += injection[i];
        }
        const std::vector<qint64> given = allocate(key, available, offtake);
        const qint64 shared = std::accumulate(given.begin(), given.end(), qint64(0));
        double paid = 0; // what the members pay for this interval's shared kWh, less the fund's
        for (std::size_t i = 0; i < m; ++i) {
            MemberSharing &member = result.members[i];
            member.offtakeWh += offtake[i];
            member.sharedWh += given[i];
            member.injectionWh += injection[i];
            result.offtakeWh += offtake[i];
            const double kwh = given[i] / 1000.0;
            const double margin = std::min(prices.marginEurPerKwh, localPrice[i]);
            paid += kwh * (localPrice[i] - margin);
            result.commonFundEur += kwh * margin;
            if (sink && (offtake[i] > 0 || given[i] > 0))
                sink(inputs.fromUtc + t * inputs.intervalS, i, offtake[i], given[i]);
        }
        if (shared > 0) {
            // Producers are paid for what they gave, in proportion to their injection.
            const std::vector<qint64> credits = creditProducers(shared, injection);
            for (std::size_t j = 0; j <= m; ++j) {
                producerRevenue[j] += paid * double(credits[j]) / double(shared);
                if (j < m)
                    result.members[j].creditedWh += credits[j];
            }
            result.communityCreditedWh += credits[m];
        }
        result.availableWh += available;
        result.sharedWh += shared;
        result.injectedWh += available - shared;
        result.monthlySharedWh[months[at]] += shared;
        result.monthlyInjectedWh[months[at]] += available - shared;
    }

    // Each member's gain against not sharing: its shared kWh bought locally
    // instead of from its supplier, what its own panels' shared kWh earned
    // instead of the injection price, less its fee for the period.
    // The fee of the period: its share of the year's days (366 in a leap year).
    const int daysInYear = inputs.year > 0 ? QDate(inputs.year, 1, 1).daysInYear() : 365;
    const double years = double(n) * inputs.intervalS / (daysInYear * 86400.0);
    std::vector<double> gains, sharedKwh;
    qint64 solidarityWh = 0;
    for (std::size_t i = 0; i < m; ++i) {
        MemberSharing &member = result.members[i];
        const double kwh = member.sharedWh / 1000.0;
        member.gainEur =
            kwh * (prices.supplierEurPerKwh - localPrice[i] + prices.networkReductionEurPerKwh) +
            producerRevenue[i] - member.creditedWh / 1000.0 * prices.injectionEurPerKwh -
            prices.yearlyFeeEur * years;
        gains.push_back(member.gainEur);
        sharedKwh.push_back(kwh);
        if (inputs.members[i].solidarity)
            solidarityWh += member.sharedWh;
    }
    SharingFairness &fairness = result.fairness;
    fairness.giniSharedKwh = giniOf(sharedKwh);
    // The Gini index measures how a gain is split: with a member losing money it can pass
    // 1 and means nothing, so there is none (the minimum gain says why).
    if (std::none_of(gains.begin(), gains.end(), [](double g) { return g < 0; }))
        fairness.giniGainEur = giniOf(gains);
    const ChangeSpread spread = spreadOf(gains); // the quantiles of any list, not only changes
    fairness.minimumGainEur = spread.minimum;
    fairness.p10GainEur = spread.p10;
    fairness.maximumGainEur = spread.maximum;
    fairness.medianGainEur = spread.median;
    fairness.p90GainEur = spread.p90;
    fairness.membersWithoutGain =
        int(std::count_if(gains.begin(), gains.end(), [](double g) { return g <= 0; }));
    if (result.sharedWh > 0)
        fairness.solidarityShare = double(solidarityWh) / double(result.sharedWh);
    return result;
}

} // namespace wattelier
