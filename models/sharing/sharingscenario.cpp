// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharingscenario.h"

#include "core/enumtable.h"
#include "energy/energybalance.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace wattelier {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SharingScenario)
};

constexpr EnumEntry<SharingMethod> methods[] = {
    {SharingMethod::Fixed, "fixed", QT_TRANSLATE_NOOP("SharingMethod", "Fixed shares")},
    {SharingMethod::Hybrid, "hybrid",
     QT_TRANSLATE_NOOP("SharingMethod", "Fixed shares, then pro rata")},
    {SharingMethod::Cascade, "cascade",
     QT_TRANSLATE_NOOP("SharingMethod", "Priority first, then pro rata")},
    {SharingMethod::ProRata, "prorata",
     QT_TRANSLATE_NOOP("SharingMethod", "Pro rata of what each takes")}, // the fallback: last
};

constexpr EnumEntry<SharingPerimeter> perimeters[] = {
    {SharingPerimeter::SameBuilding, "A",
     QT_TRANSLATE_NOOP("SharingPerimeter", "A: the same building")},
    {SharingPerimeter::SameSubstation, "C",
     QT_TRANSLATE_NOOP("SharingPerimeter", "C: the same substation")},
    {SharingPerimeter::Beyond, "D", QT_TRANSLATE_NOOP("SharingPerimeter", "D: beyond")},
    {SharingPerimeter::SameCabin, "B",
     QT_TRANSLATE_NOOP("SharingPerimeter", "B: behind the same cabin")}, // the fallback: last
};

int indexOf(const SharingInputs &inputs, qint64 householdId)
{
    for (std::size_t i = 0; i < inputs.members.size(); ++i)
        if (inputs.members[i].householdId == householdId)
            return int(i);
    return -1;
}

} // namespace

QString key(SharingMethod method)
{
    return enumtable::keyOf(methods, method);
}

std::optional<SharingMethod> sharingMethodFromKey(const QString &key)
{
    return enumtable::fromKey(methods, key);
}

QString label(SharingMethod method)
{
    return enumtable::labelOf("SharingMethod", methods, method);
}

QString key(SharingPerimeter perimeter)
{
    return enumtable::keyOf(perimeters, perimeter);
}

std::optional<SharingPerimeter> sharingPerimeterFromKey(const QString &key)
{
    return enumtable::fromKey(perimeters, key);
}

QString label(SharingPerimeter perimeter)
{
    return enumtable::labelOf("SharingPerimeter", perimeters, perimeter);
}

QString validateSharingScenario(const SharingScenario &scenario)
{
    if (scenario.name.trimmed().isEmpty())
        return Text::tr("A key scenario needs a name.");
    if (scenario.rounds < 0 || scenario.rounds > 1000)
        return Text::tr("The rounds must be between 1 and 1,000, or until nothing changes.");
    // Shares are typed one at a time: they count in proportion to their total, so
    // 40/30/20/10 and 4/3/2/1 are the same key, and no step is refused halfway.
    double total = 0;
    for (const double share : scenario.sharePercent) {
        if (!(share >= 0) || share > 100)
            return Text::tr("Each share must be between 0 and 100 %.");
        total += share;
    }
    if (!scenario.sharePercent.isEmpty() && total <= 0)
        return Text::tr("At least one household needs a share above 0 %.");
    QList<double> prices = scenario.localPrices.values();
    prices << scenario.localEurPerKwh << scenario.networkReductionEurPerKwh
           << scenario.marginEurPerKwh;
    for (const double price : prices)
        if (!(price >= 0) || price > 10)
            return Text::tr("A price per kWh must be between 0 and 10 €.");
    if (!(scenario.yearlyFeeEur >= 0) || scenario.yearlyFeeEur > 100000)
        return Text::tr("The yearly fee must be between 0 and 100,000 €.");
    return {};
}

SharingKey keyOf(const SharingScenario &scenario, const SharingInputs &inputs)
{
    const std::size_t n = inputs.members.size();
    SharingKey key;
    key.method = scenario.method;
    key.rounds = scenario.rounds;
    // Shares in hundredths of a percent; equal shares when none is set.
    key.weights.assign(n, scenario.sharePercent.isEmpty() ? 1 : 0);
    for (auto it = scenario.sharePercent.cbegin(); it != scenario.sharePercent.cend(); ++it)
        if (const int i = indexOf(inputs, it.key()); i >= 0)
            key.weights[std::size_t(i)] = std::llround(it.value() * 100.0);
    // Shares typed only for households since removed: equal shares, not nothing shared.
    if (std::all_of(key.weights.begin(), key.weights.end(), [](qint64 w) { return w == 0; }))
        std::fill(key.weights.begin(), key.weights.end(), 1);
    if (scenario.method == SharingMethod::Cascade) {
        // Each level splits what reaches it by the key's split within levels: pro rata,
        // or the shares typed for its households (equal when none is) in its rounds.
        const auto levelOf = [&](const std::vector<int> &members) {
            SharingLevel level;
            level.members = members;
            level.method = scenario.levelSplit == SharingMethod::Fixed ? SharingMethod::Fixed
                                                                       : SharingMethod::ProRata;
            if (level.method == SharingMethod::Fixed) {
                level.rounds = scenario.rounds;
                for (const int i : members)
                    level.weights.push_back(key.weights[std::size_t(i)]);
                if (std::all_of(level.weights.begin(), level.weights.end(),
                                [](qint64 w) { return w == 0; }))
                    std::fill(level.weights.begin(), level.weights.end(), 1);
            }
            return level;
        };
        std::vector<bool> placed(n, false);
        for (const QList<qint64> &households : scenario.priority) {
            std::vector<int> members;
            for (const qint64 householdId : households) {
                const int i = indexOf(inputs, householdId);
                if (i < 0 || placed[std::size_t(i)])
                    continue; // a household since removed, or already in a higher level
                members.push_back(i);
                placed[std::size_t(i)] = true;
            }
            if (!members.empty())
                key.levels.push_back(levelOf(members));
        }
        // The members without a level come last, always pro rata ("priority first,
        // then pro rata"): shares there would send to the grid what one cannot use.
        SharingLevel rest;
        for (std::size_t i = 0; i < n; ++i)
            if (!placed[i])
                rest.members.push_back(int(i));
        key.levels.push_back(rest);
    }
    return key;
}

int priorityLevelOf(const SharingScenario &scenario, qint64 householdId)
{
    for (qsizetype level = 0; level < scenario.priority.size(); ++level)
        if (scenario.priority.at(level).contains(householdId))
            return int(level) + 1;
    return 0;
}

SharingPrices pricesOf(const SharingScenario &scenario, const Tariff &tariff)
{
    SharingPrices prices;
    prices.supplierEurPerKwh = tariff.offtakeEurPerKwh;
    prices.injectionEurPerKwh = tariff.injectionEurPerKwh;
    prices.localEurPerKwh = scenario.localEurPerKwh;
    prices.networkReductionEurPerKwh = scenario.networkReductionEurPerKwh;
    prices.yearlyFeeEur = scenario.yearlyFeeEur;
    prices.marginEurPerKwh = scenario.marginEurPerKwh;
    return prices;
}

QList<SharingResult> runScenarios(SharingInputs &inputs, const QList<SharingScenario> &scenarios,
                                  const Tariff &tariff)
{
    QList<SharingResult> results;
    for (const SharingScenario &scenario : scenarios) {
        markMembers(scenario, inputs);
        results.append(runSharing(inputs, keyOf(scenario, inputs), pricesOf(scenario, tariff)));
    }
    return results;
}

void markMembers(const SharingScenario &scenario, SharingInputs &inputs)
{
    for (SharingMember &member : inputs.members) {
        member.solidarity = scenario.solidarity.contains(member.householdId);
        const auto own = scenario.localPrices.constFind(member.householdId);
        member.localEurPerKwh =
            own != scenario.localPrices.cend() ? std::optional<double>(*own) : std::nullopt;
    }
}

} // namespace wattelier
