// SPDX-License-Identifier: GPL-3.0-or-later
#include "challenge/challengestore.h"

#include "core/sqlvalue.h"
#include "core/workshop.h"

#include <QSqlQuery>

namespace wattelier {
namespace {

const QStringList challengeColumns = {QStringLiteral("name"),       QStringLiteral("start_date"),
                                      QStringLiteral("weeks"),      QStringLiteral("goal_pct"),
                                      QStringLiteral("quota_kind"), QStringLiteral("quota_kwh"),
                                      QStringLiteral("notes")};

Challenge challengeFrom(const QSqlQuery &q)
{
    Challenge c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.start = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    c.weeks = q.value(3).toInt();
    c.goalPercent = optionalDouble(q.value(4));
    c.quota.kind = quotaKindFromKey(q.value(5).toString()).value_or(QuotaKind::None);
    c.quota.kwhPerWeek = q.value(6).toDouble();
    c.notes = q.value(7).toString();
    return c;
}

const QString participantColumns =
    QStringLiteral("SELECT challenge_id, household_id, baseline_kind, baseline_weeks, annual_kwh "
                   "FROM challenge_households");

ChallengeParticipant participantFrom(const QSqlQuery &q)
{
    ChallengeParticipant p;
    p.challengeId = q.value(0).toLongLong();
    p.householdId = q.value(1).toLongLong();
    p.baseline.kind =
        baselineKindFromKey(q.value(2).toString()).value_or(BaselineKind::WeeksBefore);
    p.baseline.weeksBefore = q.value(3).toInt();
    p.baseline.annualKwh = optionalDouble(q.value(4));
    return p;
}

const QStringList readingColumns = {
    QStringLiteral("household_id"),   QStringLiteral("read_on"),
    QStringLiteral("register"),       QStringLiteral("index_kwh"),
    QStringLiteral("meter_replaced"), QStringLiteral("old_meter_final"),
    QStringLiteral("new_meter_start")};

StoredIndexReading readingFrom(const QSqlQuery &q)
{
    StoredIndexReading s;
    s.id = q.value(0).toLongLong();
    s.householdId = q.value(1).toLongLong();
    s.reading.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    s.reading.reg = meterRegisterFromKey(q.value(3).toString()).value_or(MeterRegister::Single);
    s.reading.index = q.value(4).toDouble();
    s.reading.meterReplaced = q.value(5).toBool();
    s.reading.oldMeterFinalIndex = optionalDouble(q.value(6));
    s.reading.newMeterStartIndex = q.value(7).toDouble();
    return s;
}

QVariantList valuesOf(const StoredIndexReading &s)
{
    return {s.householdId,
            s.reading.date.toString(Qt::ISODate),
            key(s.reading.reg),
            s.reading.index,
            s.reading.meterReplaced ? 1 : 0,
            sqlDouble(s.reading.oldMeterFinalIndex),
            s.reading.newMeterStartIndex};
}

QVariantList valuesOf(const Challenge &c)
{
    return {sqlText(c.name),   c.start.toString(Qt::ISODate),
            c.weeks,           sqlDouble(c.goalPercent),
            key(c.quota.kind), c.quota.kwhPerWeek,
            sqlText(c.notes)};
}

} // namespace

ChallengeStore::ChallengeStore(Workshop &workshop)
    : mWorkshop(workshop)
    , mChallenges(workshop, QStringLiteral("challenges"), challengeColumns, challengeFrom, valuesOf)
    , mReadings(workshop, QStringLiteral("meter_readings"), readingColumns, readingFrom, valuesOf)
{}

bool ChallengeStore::run(QSqlQuery &query)
{
    return changedIf(mWorkshop.write(query));
}

QList<Challenge> ChallengeStore::challenges() const
{
    return mChallenges.rows(QStringLiteral(" ORDER BY start_date DESC, id DESC"));
}

QList<ChallengeParticipant> ChallengeStore::participants(qint64 challengeId) const
{
    return selectRows<ChallengeParticipant>(
        mWorkshop.database(),
        participantColumns + QStringLiteral(" WHERE challenge_id = ? ORDER BY household_id"),
        challengeId, participantFrom);
}

std::optional<ChallengeParticipant> ChallengeStore::participant(qint64 challengeId,
                                                                qint64 householdId) const
{
    for (const ChallengeParticipant &p : participants(challengeId)) {
        if (p.householdId == householdId)
            return p;
    }
    return std::nullopt;
}

bool ChallengeStore::put(const ChallengeParticipant &p)
{
    QSqlQuery q(mWorkshop.database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO challenge_households (challenge_id, "
                             "household_id, baseline_kind, baseline_weeks, annual_kwh) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(p.challengeId);
    q.addBindValue(p.householdId);
    q.addBindValue(key(p.baseline.kind));
    q.addBindValue(p.baseline.weeksBefore);
    q.addBindValue(sqlDouble(p.baseline.annualKwh));
    return run(q);
}

bool ChallengeStore::removeParticipant(qint64 challengeId, qint64 householdId)
{
    QSqlQuery q(mWorkshop.database());
    q.prepare(QStringLiteral(
        "DELETE FROM challenge_households WHERE challenge_id = ? AND household_id = ?"));
    q.addBindValue(challengeId);
    q.addBindValue(householdId);
    return run(q);
}

MeterLayout ChallengeStore::meterLayout(qint64 householdId) const
{
    QSqlQuery q(mWorkshop.database());
    q.prepare(
        QStringLiteral("SELECT day_night, injection FROM household_meters WHERE household_id = ?"));
    q.addBindValue(householdId);
    MeterLayout layout;
    layout.householdId = householdId;
    if (q.exec() && q.next()) {
        layout.dayNight = q.value(0).toBool();
        layout.injection = q.value(1).toBool();
    }
    return layout;
}

bool ChallengeStore::put(const MeterLayout &layout)
{
    QSqlQuery q(mWorkshop.database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO household_meters (household_id, day_night, "
                             "injection) VALUES (?, ?, ?)"));
    q.addBindValue(layout.householdId);
    q.addBindValue(layout.dayNight ? 1 : 0);
    q.addBindValue(layout.injection ? 1 : 0);
    return run(q);
}

QList<StoredIndexReading> ChallengeStore::indexReadings(qint64 householdId) const
{
    return mReadings.rows(QStringLiteral(" WHERE household_id = ? ORDER BY read_on, register"),
                          householdId);
}

QList<QDate> plannedReadingDates(const Challenge &challenge, int weeksBefore)
{
    QList<QDate> dates;
    for (int week = -weeksBefore; week <= challenge.weeks; ++week)
        dates.append(challenge.start.addDays(7 * week));
    return dates;
}

int baselineWeeksBefore(const ChallengeParticipant &participant)
{
    return participant.baseline.kind == BaselineKind::WeeksBefore ? participant.baseline.weeksBefore
                                                                  : 0;
}

QList<MeterRegister> registersOf(const MeterLayout &layout)
{
    QList<MeterRegister> registers;
    if (layout.dayNight)
        registers << MeterRegister::Day << MeterRegister::Night;
    else
        registers << MeterRegister::Single;
    if (layout.injection)
        registers << MeterRegister::Injection;
    return registers;
}

} // namespace wattelier
