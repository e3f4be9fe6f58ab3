// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "challenge/meterconsumption.h"

#include <optional>

#include <QDate>
#include <QList>

namespace wattelier {

/*! One week of a household (or of the group) in a challenge. */
struct WeekFigure
{
    QDate start;
    QDate end;                 //!< start + 7 days
    std::optional<double> kwh; //!< empty when nothing covers the week
    /*!
     * True when the week is not bounded by its own readings: a missing
     * reading's gap was spread over the weeks it spans, at its average rate.
     */
    bool estimated = false;
};

/*!
 * The consumption of \a weeks weeks from \a firstWeekStart, from reading
 * intervals. A week bounded by two readings (each within \a toleranceDays of
 * the planned day) takes that interval normalised to 7 days; a week inside a
 * longer gap (a missing reading) gets its share of the gap at the gap's
 * average rate and is marked estimated; a week nothing covers stays empty.
 */
QList<WeekFigure> weeklyFigures(const QList<ConsumptionInterval> &intervals,
                                const QDate &firstWeekStart, int weeks, int toleranceDays = 2);

/*! How a household's reference week is set. */
enum class BaselineKind
{
    WeeksBefore, //!< mean of the weeks read before the start
    AnnualBill,  //!< the yearly kWh of the household's bill ÷ 52
    FirstWeek,   //!< the challenge's first week
};

QString key(BaselineKind kind);
std::optional<BaselineKind> baselineKindFromKey(const QString &key);

struct BaselineChoice
{
    BaselineKind kind = BaselineKind::WeeksBefore;
    int weeksBefore = 2;
    std::optional<double> annualKwh;
};

/*!
 * kWh per week the household compares itself with. Weeks before: the
 * consumption over the \a choice.weeksBefore weeks before \a start, per week,
 * and only when readings cover all of it; annual bill: annual ÷ 52; first
 * week: the challenge's first week (\a challengeWeeks.first()).
 */
std::optional<double> baselineKwhPerWeek(const BaselineChoice &choice,
                                         const QList<ConsumptionInterval> &intervals,
                                         const QDate &start,
                                         const QList<WeekFigure> &challengeWeeks);

/*! (kWh − baseline) ÷ baseline in %, empty without a positive baseline. */
std::optional<double> changePercent(double kwh, std::optional<double> baseline);

/*! kWh per person, empty when there is nobody. */
std::optional<double> perPerson(double kwh, int occupants);

/*! The quota a group may set itself: none, kWh per week per household, or per person. */
enum class QuotaKind
{
    None,
    PerHousehold,
    PerPerson,
};

QString key(QuotaKind kind);
std::optional<QuotaKind> quotaKindFromKey(const QString &key);

struct Quota
{
    QuotaKind kind = QuotaKind::None;
    double kwhPerWeek = 0.0; //!< per household or per person, as the kind says
};

/*! The household's weekly allowance under \a quota, empty when there is no quota. */
std::optional<double> quotaKwhPerWeek(const Quota &quota, int occupants);
/*! Share of the allowance used, in %. */
std::optional<double> quotaUsePercent(double kwh, std::optional<double> allowance);

/*!
 * A week far outside the household's usual range (more than twice or less
 * than half the reference): flagged for checking, never refused.
 */
bool isUnusualWeek(double kwh, std::optional<double> reference);

/*! The group's week: the sum over households that have a figure for it. */
struct GroupWeek
{
    QDate start;
    QDate end;
    double kwh = 0.0;
    int households = 0;     //!< households counted in kwh
    bool estimated = false; //!< some household's figure was estimated
};

/*!
 * Group weeks from each household's weeks (same start dates). The group is
 * summed curve by curve, never averaged from household percentages.
 */
QList<GroupWeek> groupWeeks(const QList<QList<WeekFigure>> &households);

} // namespace wattelier
