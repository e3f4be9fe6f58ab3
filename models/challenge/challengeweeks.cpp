// SPDX-License-Identifier: GPL-3.0-or-later
#include "challenge/challengeweeks.h"

#include <algorithm>
#include <cstdlib>

namespace wattelier {
namespace {

int overlapDays(const QDate &aFrom, const QDate &aTo, const QDate &bFrom, const QDate &bTo)
{
    const QDate from = std::max(aFrom, bFrom);
    const QDate to = std::min(aTo, bTo);
    return from < to ? int(from.daysTo(to)) : 0;
}

bool near(const QDate &a, const QDate &b, int toleranceDays)
{
    return std::abs(a.daysTo(b)) <= toleranceDays;
}

} // namespace

QList<WeekFigure> weeklyFigures(const QList<ConsumptionInterval> &intervals,
                                const QDate &firstWeekStart, int weeks, int toleranceDays)
{
    QList<WeekFigure> result;
    for (int w = 0; w < weeks; ++w) {
        WeekFigure week;
        week.start = firstWeekStart.addDays(7 * w);
        week.end = week.start.addDays(7);
        // A reading on a slightly different day than planned still bounds its week.
        const auto own =
            std::find_if(intervals.begin(), intervals.end(), [&](const ConsumptionInterval &i) {
                return near(i.from, week.start, toleranceDays) &&
                       near(i.to, week.end, toleranceDays) && i.days() > 0;
            });
        if (own != intervals.end()) {
            week.kwh = own->perWeek();
        } else {
            int covered = 0;
            double kwh = 0.0;
            for (const ConsumptionInterval &i : intervals) {
                const int days = overlapDays(i.from, i.to, week.start, week.end);
                if (days > 0 && i.days() > 0) {
                    covered += days;
                    kwh += i.kwh * days / i.days();
                }
            }
            if (covered >= 7) {
                week.kwh = kwh;
                week.estimated = true;
            }
        }
        result.append(week);
    }
    return result;
}

QString key(BaselineKind kind)
{
    switch (kind) {
    case BaselineKind::WeeksBefore:
        return QStringLiteral("weeks_before");
    case BaselineKind::AnnualBill:
        return QStringLiteral("annual_bill");
    case BaselineKind::FirstWeek:
        return QStringLiteral("first_week");
    }
    return {};
}

std::optional<BaselineKind> baselineKindFromKey(const QString &k)
{
    for (const BaselineKind kind :
         {BaselineKind::WeeksBefore, BaselineKind::AnnualBill, BaselineKind::FirstWeek}) {
        if (key(kind) == k)
            return kind;
    }
    return std::nullopt;
}

std::optional<double> baselineKwhPerWeek(const BaselineChoice &choice,
                                         const QList<ConsumptionInterval> &intervals,
                                         const QDate &start,
                                         const QList<WeekFigure> &challengeWeeks)
{
    switch (choice.kind) {
    case BaselineKind::AnnualBill:
        return choice.annualKwh && *choice.annualKwh > 0
                   ? std::optional<double>(*choice.annualKwh / 52.0)
                   : std::nullopt;
    case BaselineKind::FirstWeek:
        return challengeWeeks.isEmpty() ? std::nullopt : challengeWeeks.first().kwh;
    case BaselineKind::WeeksBefore: {
        if (choice.weeksBefore <= 0)
            return std::nullopt;
        const QDate from = start.addDays(-7 * choice.weeksBefore);
        int covered = 0;
        double kwh = 0.0;
        for (const ConsumptionInterval &i : intervals) {
            const int days = overlapDays(i.from, i.to, from, start);
            if (days > 0 && i.days() > 0) {
                covered += days;
                kwh += i.kwh * days / i.days();
            }
        }
        if (covered < 7 * choice.weeksBefore)
            return std::nullopt;
        return kwh / choice.weeksBefore;
    }
    }
    return std::nullopt;
}

std::optional<double> changePercent(double kwh, std::optional<double> baseline)
{
    if (!baseline || *baseline <= 0.0)
        return std::nullopt;
    return (kwh - *baseline) / *baseline * 100.0;
}

std::optional<double> perPerson(double kwh, int occupants)
{
    return occupants > 0 ? std::optional<double>(kwh / occupants) : std::nullopt;
}

QString key(QuotaKind kind)
{
    switch (kind) {
    case QuotaKind::None:
        return QStringLiteral("none");
    case QuotaKind::PerHousehold:
        return QStringLiteral("per_household");
    case QuotaKind::PerPerson:
        return QStringLiteral("per_person");
    }
    return {};
}

std::optional<QuotaKind> quotaKindFromKey(const QString &k)
{
    for (const QuotaKind kind : {QuotaKind::None, QuotaKind::PerHousehold, QuotaKind::PerPerson}) {
        if (key(kind) == k)
            return kind;
    }
    return std::nullopt;
}

std::optional<double> quotaKwhPerWeek(const Quota &quota, int occupants)
{
    switch (quota.kind) {
    case QuotaKind::None:
        return std::nullopt;
    case QuotaKind::PerHousehold:
        return quota.kwhPerWeek;
    case QuotaKind::PerPerson:
        return quota.kwhPerWeek * std::max(occupants, 1);
    }
    return std::nullopt;
}

std::optional<double> quotaUsePercent(double kwh, std::optional<double> allowance)
{
    if (!allowance || *allowance <= 0.0)
        return std::nullopt;
    return kwh / *allowance * 100.0;
}

bool isUnusualWeek(double kwh, std::optional<double> reference)
{
    if (!reference || *reference <= 0.0)
        return false;
    return kwh > 2.0 * *reference || kwh < 0.5 * *reference;
}

QList<GroupWeek> groupWeeks(const QList<QList<WeekFigure>> &households)
{
    QList<GroupWeek> result;
    for (const QList<WeekFigure> &weeks : households) {
        for (int w = 0; w < weeks.size(); ++w) {
            if (result.size() <= w)
                result.append(GroupWeek{weeks.at(w).start, weeks.at(w).end});
            const WeekFigure &week = weeks.at(w);
            if (!week.kwh)
                continue;
            GroupWeek &group = result[w];
            group.kwh += *week.kwh;
            ++group.households;
            group.estimated = group.estimated || week.estimated;
        }
    }
    return result;
}

} // namespace wattelier
