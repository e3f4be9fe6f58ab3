// SPDX-License-Identifier: GPL-3.0-or-later
#include "membersharing.h"

#include "core/workshop.h"
#include "energy/localperiods.h"
#include "energy/workshoptariff.h"
#include "sharing/sharingscenariostore.h"

#include <QCoreApplication>
#include <QDate>

namespace wattelier {

SharingByMember sharingByMember(const Workshop &workshop, int year, const Tariff &tariff)
{
    SharingByMember result;
    result.year = year;
    const QList<SharingScenario> keys = workshop.sharingScenarios().all();
    if (keys.isEmpty())
        return result;
    const UtcPeriod period = periodContaining(PeriodKind::Year, QDate(year, 1, 1));
    auto inputs = sharingInputs(workshop, period.fromUtc, period.toUtc);
    if (!inputs) {
        result.problem = inputs.error();
        return result;
    }
    if (inputs->productionWh == 0) {
        result.problem =
            QCoreApplication::translate("MemberSharing", "Nothing was produced in %1 yet.")
                .arg(year);
        return result;
    }
    for (const SharingScenario &scenario : keys) {
        markMembers(scenario, *inputs);
        const SharingPrices prices = pricesOf(scenario, tariff);
        const SharingResult run = runSharing(*inputs, keyOf(scenario, *inputs), prices);
        for (std::size_t i = 0; i < inputs->members.size(); ++i) {
            const SharingMember &member = inputs->members[i];
            result.byHousehold[member.householdId].append(
                {scenario.name, run.members[i], member.solidarity, localPriceOf(member, prices)});
        }
    }
    return result;
}

} // namespace wattelier
