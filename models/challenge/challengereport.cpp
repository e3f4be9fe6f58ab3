// SPDX-License-Identifier: GPL-3.0-or-later
#include "challenge/challengereport.h"

#include "challenge/challengestore.h"
#include "core/workshop.h"
#include "inventory/householdstore.h"

#include <QJsonArray>

namespace wattelier {
namespace {

QJsonValue optionalJson(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QList<IndexReading> readingsOf(const QList<StoredIndexReading> &stored)
{
    QList<IndexReading> readings;
    for (const StoredIndexReading &s : stored)
        readings.append(s.reading);
    return readings;
}

} // namespace

ChallengeReport challengeReport(const Workshop &workshop, qint64 challengeId, const QDate &today)
{
    ChallengeReport report;
    const auto challenge = workshop.challenges().challenge(challengeId);
    if (!challenge)
        return report;
    report.challenge = *challenge;
    const ChallengeStore &store = workshop.challenges();

    QList<QList<WeekFigure>> weeksForGroup;
    double groupBaseline = 0.0;
    bool anyBaseline = false;
    for (const Household &household : workshop.households().all()) {
        const auto participant = store.participant(challengeId, household.id);
        if (!participant)
            continue;
        HouseholdChallenge h;
        h.householdId = household.id;
        h.name = household.name;
        h.pseudonym = pseudonym(household);
        h.occupants = household.occupants;
        h.meter = store.meterLayout(household.id);
        h.baselineChoice = participant->baseline;
        const QList<IndexReading> readings = readingsOf(store.indexReadings(household.id));
        const QList<ConsumptionInterval> offtake = offtakeIntervals(readings);
        const QList<WeekFigure> weeks = weeklyFigures(offtake, challenge->start, challenge->weeks);
        const QList<WeekFigure> injection =
            h.meter.injection
                ? weeklyFigures(injectionIntervals(readings), challenge->start, challenge->weeks)
                : QList<WeekFigure>{};
        h.baselineKwhPerWeek =
            baselineKwhPerWeek(h.baselineChoice, offtake, challenge->start, weeks);
        h.quotaKwhPerWeek = quotaKwhPerWeek(challenge->quota, household.occupants);
        for (int w = 0; w < weeks.size(); ++w) {
            HouseholdWeek week;
            week.figure = weeks.at(w);
            if (week.figure.kwh) {
                const double kwh = *week.figure.kwh;
                week.changePercent = changePercent(kwh, h.baselineKwhPerWeek);
                week.quotaUsePercent = quotaUsePercent(kwh, h.quotaKwhPerWeek);
                week.kwhPerPerson = perPerson(kwh, household.occupants);
                week.unusual = isUnusualWeek(kwh, h.baselineKwhPerWeek);
            }
            if (w < injection.size())
                week.injectionKwh = injection.at(w).kwh;
            h.weeks.append(week);
        }
        if (h.baselineKwhPerWeek) {
            groupBaseline += *h.baselineKwhPerWeek;
            anyBaseline = true;
        }
        weeksForGroup.append(weeks);
        report.households.append(h);
    }
    if (anyBaseline)
        report.groupBaselineKwhPerWeek = groupBaseline;

    const QList<GroupWeek> group = groupWeeks(weeksForGroup);
    for (int w = 0; w < group.size(); ++w) {
        GroupChallengeWeek week;
        week.figure = group.at(w);
        week.finished = week.figure.end <= today; // read on its last Monday at the latest
        // Compare like with like: the baselines of the households counted that week.
        double baseline = 0.0;
        bool complete = true;
        for (const HouseholdChallenge &h : std::as_const(report.households)) {
            if (!h.weeks.value(w).figure.kwh)
                continue;
            if (!h.baselineKwhPerWeek)
                complete = false;
            baseline += h.baselineKwhPerWeek.value_or(0.0);
        }
        if (week.figure.households > 0 && complete) {
            week.baselineKwh = baseline;
            week.changePercent = changePercent(week.figure.kwh, baseline);
            if (challenge->goalPercent)
                week.goalKwh = baseline * (1.0 - *challenge->goalPercent / 100.0);
        }
        report.groupWeeks.append(week);
    }
    return report;
}

QJsonObject challengeJson(const ChallengeReport &report)
{
    const Challenge &c = report.challenge;
    QJsonArray households;
    for (const HouseholdChallenge &h : report.households) {
        QJsonArray weeks;
        for (const HouseholdWeek &w : h.weeks) {
            QJsonObject week{
                {QStringLiteral("start"), w.figure.start.toString(Qt::ISODate)},
                {QStringLiteral("end"), w.figure.end.toString(Qt::ISODate)},
                {QStringLiteral("kwh"), optionalJson(w.figure.kwh)},
                {QStringLiteral("estimated"), w.figure.estimated},
                {QStringLiteral("change_pct"), optionalJson(w.changePercent)},
                {QStringLiteral("quota_use_pct"), optionalJson(w.quotaUsePercent)},
                {QStringLiteral("kwh_per_person"), optionalJson(w.kwhPerPerson)},
                {QStringLiteral("unusual"), w.unusual},
            };
            if (h.meter.injection)
                week.insert(QStringLiteral("injection_kwh"), optionalJson(w.injectionKwh));
            weeks.append(week);
        }
        households.append(QJsonObject{
            {QStringLiteral("name"), h.name},
            {QStringLiteral("pseudonym"), h.pseudonym},
            {QStringLiteral("occupants"), h.occupants},
            {QStringLiteral("meter"),
             QJsonObject{{QStringLiteral("day_night"), h.meter.dayNight},
                         {QStringLiteral("injection"), h.meter.injection}}},
            {QStringLiteral("baseline"), key(h.baselineChoice.kind)},
            {QStringLiteral("baseline_kwh_per_week"), optionalJson(h.baselineKwhPerWeek)},
            {QStringLiteral("quota_kwh_per_week"), optionalJson(h.quotaKwhPerWeek)},
            {QStringLiteral("weeks"), weeks},
        });
    }
    QJsonArray groupWeeksJson;
    for (const GroupChallengeWeek &w : report.groupWeeks)
        groupWeeksJson.append(QJsonObject{
            {QStringLiteral("start"), w.figure.start.toString(Qt::ISODate)},
            {QStringLiteral("end"), w.figure.end.toString(Qt::ISODate)},
            {QStringLiteral("kwh"),
             w.figure.households > 0 ? QJsonValue(w.figure.kwh) : QJsonValue()},
            {QStringLiteral("households"), w.figure.households},
            {QStringLiteral("estimated"), w.figure.estimated},
            {QStringLiteral("baseline_kwh"), optionalJson(w.baselineKwh)},
            {QStringLiteral("change_pct"), optionalJson(w.changePercent)},
            {QStringLiteral("goal_kwh"), optionalJson(w.goalKwh)},
            {QStringLiteral("finished"), w.finished},
        });
    return QJsonObject{
        {QStringLiteral("challenge"), c.name},
        {QStringLiteral("start"), c.start.toString(Qt::ISODate)},
        {QStringLiteral("weeks"), c.weeks},
        {QStringLiteral("goal_pct"), optionalJson(c.goalPercent)},
        {QStringLiteral("quota"),
         QJsonObject{{QStringLiteral("kind"), key(c.quota.kind)},
                     {QStringLiteral("kwh_per_week"), c.quota.kwhPerWeek}}},
        {QStringLiteral("households"), households},
        {QStringLiteral("group"), QJsonObject{{QStringLiteral("baseline_kwh_per_week"),
                                               optionalJson(report.groupBaselineKwhPerWeek)},
                                              {QStringLiteral("weeks"), groupWeeksJson}}},
    };
}

} // namespace wattelier
