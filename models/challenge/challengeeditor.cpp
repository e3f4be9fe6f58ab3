// SPDX-License-Identifier: GPL-3.0-or-later
#include "challenge/challengeeditor.h"

#include "challenge/challengestore.h"
#include "core/recordcommands.h"
#include "core/units.h"
#include "core/workshop.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace wattelier {
namespace {

struct ChallengeAccess
{
    static qint64 insert(Workshop &w, const Challenge &c) { return w.challenges().insert(c); }
    static bool replace(Workshop &w, const Challenge &c) { return w.challenges().replace(c); }
    static bool remove(Workshop &w, qint64 id) { return w.challenges().removeChallenge(id); }
};

struct ParticipantAccess
{
    static qint64 put(Workshop &w, ChallengeParticipant &p)
    {
        return w.challenges().put(p) ? 1 : 0;
    }
    static bool erase(Workshop &w, const ChallengeParticipant &p)
    {
        return w.challenges().removeParticipant(p.challengeId, p.householdId);
    }
};

struct LayoutAccess
{
    static qint64 put(Workshop &w, MeterLayout &l) { return w.challenges().put(l) ? 1 : 0; }
    static bool erase(Workshop &, const MeterLayout &) { return true; } // a layout always exists
};

struct ReadingAccess
{
    static qint64 put(Workshop &w, StoredIndexReading &r)
    {
        if (r.id > 0 && w.challenges().indexReading(r.id))
            return w.challenges().replace(r) ? r.id : 0;
        // First redo takes a new id, later ones restore the same id.
        r.id = w.challenges().insert(r);
        return r.id;
    }
    static bool erase(Workshop &w, const StoredIndexReading &r)
    {
        return w.challenges().removeIndexReading(r.id);
    }
};

using AddChallenge = AddRecordCommand<ChallengeAccess, Challenge>;
using RemoveChallenge = RemoveRecordCommand<ChallengeAccess, Challenge>;
using SetParticipant = SetRecordCommand<ParticipantAccess, ChallengeParticipant>;
using SetLayout = SetRecordCommand<LayoutAccess, MeterLayout>;
using SetReading = SetRecordCommand<ReadingAccess, StoredIndexReading>;

} // namespace

ChallengeEditor::ChallengeEditor(Workshop &workshop)
    : mWorkshop(workshop)
{}

QString ChallengeEditor::futureReadingWarning(const QList<MeterIndexEntry> &entries,
                                              const QDate &today)
{
    QDate latest;
    for (const MeterIndexEntry &entry : entries)
        if (entry.index && entry.date > today && (!latest.isValid() || entry.date > latest))
            latest = entry.date;
    if (!latest.isValid())
        return {};
    return QCoreApplication::translate(
               "ChallengeEditor",
               "Saved, but dated %1, after today (%2): check the day. The figures leave a week "
               "out until it has ended.")
        .arg(units::date(latest), units::date(today));
}

QString ChallengeEditor::validateChallenge(const Challenge &c)
{
    if (c.name.trimmed().isEmpty())
        return QCoreApplication::translate("ChallengeEditor", "A challenge needs a name.");
    if (!c.start.isValid())
        return QCoreApplication::translate("ChallengeEditor", "A challenge needs a start date.");
    if (c.weeks < 1 || c.weeks > 52)
        return QCoreApplication::translate("ChallengeEditor",
                                           "A challenge lasts from 1 to 52 weeks.");
    if (c.goalPercent && (*c.goalPercent < 0.0 || *c.goalPercent > 100.0))
        return QCoreApplication::translate("ChallengeEditor",
                                           "The goal is a reduction between 0 and 100 %.");
    if (c.quota.kind != QuotaKind::None && c.quota.kwhPerWeek <= 0.0)
        return QCoreApplication::translate("ChallengeEditor",
                                           "A quota needs a number of kWh per week.");
    return {};
}

Outcome<qint64> ChallengeEditor::createChallenge(const Challenge &challenge,
                                                 const QList<qint64> &householdIds,
                                                 const BaselineChoice &baseline)
{
    const QString problem = validateChallenge(challenge);
    if (!problem.isEmpty())
        return Outcome<qint64>::refused(problem);
    qint64 id = 0;
    const bool written = mWorkshop.runStep(
        QCoreApplication::translate("ChallengeEditor", "New challenge “%1”").arg(challenge.name),
        [&] {
            Challenge added = challenge;
            added.id = 0;
            auto *command = new AddChallenge(mWorkshop, added, QString());
            // A command whose write failed is deleted by the stack: read it only when applied.
            if (!mWorkshop.push(command))
                return;
            id = command->recordId();
            for (const qint64 householdId : householdIds)
                mWorkshop.push(new SetParticipant(mWorkshop, std::nullopt,
                                                  ChallengeParticipant{id, householdId, baseline},
                                                  QString()));
        });
    if (!written)
        return Outcome<qint64>::refused(mWorkshop.lastWriteError());
    return id;
}

QString ChallengeEditor::editChallenge(const Challenge &challenge)
{
    const auto before = mWorkshop.challenges().challenge(challenge.id);
    if (!before)
        return QCoreApplication::translate("ChallengeEditor", "This challenge no longer exists.");
    const QString problem = validateChallenge(challenge);
    if (!problem.isEmpty())
        return problem;
    pushReplacement<ChallengeAccess>(
        mWorkshop, *before, challenge,
        QCoreApplication::translate("ChallengeEditor", "Change challenge"));
    return {};
}

bool ChallengeEditor::removeChallenge(qint64 challengeId)
{
    const auto challenge = mWorkshop.challenges().challenge(challengeId);
    if (!challenge)
        return false;
    return mWorkshop.runStep(
        QCoreApplication::translate("ChallengeEditor", "Delete challenge “%1”")
            .arg(challenge->name),
        [&] {
            for (const ChallengeParticipant &p : mWorkshop.challenges().participants(challengeId))
                mWorkshop.push(new SetParticipant(mWorkshop, p, std::nullopt, QString()));
            mWorkshop.push(new RemoveChallenge(mWorkshop, *challenge, QString()));
        });
}

QString ChallengeEditor::setParticipant(const ChallengeParticipant &participant)
{
    if (participant.baseline.kind == BaselineKind::AnnualBill &&
        (!participant.baseline.annualKwh || *participant.baseline.annualKwh <= 0.0))
        return QCoreApplication::translate("ChallengeEditor",
                                           "Give the yearly kWh of the household's bill.");
    if (participant.baseline.kind == BaselineKind::WeeksBefore &&
        (participant.baseline.weeksBefore < 1 || participant.baseline.weeksBefore > 12))
        return QCoreApplication::translate("ChallengeEditor",
                                           "The baseline takes 1 to 12 weeks before the start.");
    const auto before =
        mWorkshop.challenges().participant(participant.challengeId, participant.householdId);
    if (before != participant)
        mWorkshop.push(new SetParticipant(
            mWorkshop, before, participant,
            QCoreApplication::translate("ChallengeEditor", "Change participant")));
    return {};
}

bool ChallengeEditor::removeParticipant(qint64 challengeId, qint64 householdId)
{
    const auto before = mWorkshop.challenges().participant(challengeId, householdId);
    if (!before)
        return false;
    return mWorkshop.push(
        new SetParticipant(mWorkshop, before, std::nullopt,
                           QCoreApplication::translate("ChallengeEditor", "Remove participant")));
}

void ChallengeEditor::setMeterLayout(const MeterLayout &layout)
{
    const MeterLayout before = mWorkshop.challenges().meterLayout(layout.householdId);
    if (before != layout)
        mWorkshop.push(
            new SetLayout(mWorkshop, before, layout,
                          QCoreApplication::translate("ChallengeEditor", "Change meter")));
}

QString ChallengeEditor::checkAgainstNeighbours(const QList<StoredIndexReading> &readings,
                                                const StoredIndexReading &candidate) const
{
    std::optional<IndexReading> previous;
    std::optional<IndexReading> next;
    for (const StoredIndexReading &other : readings) {
        // Skip the reading itself (when it is being changed or moved) and other registers.
        const bool itself = candidate.id > 0 && other.id == candidate.id;
        if (itself || other.reading.reg != candidate.reading.reg)
            continue;
        if (other.reading.date == candidate.reading.date)
            return QCoreApplication::translate("ChallengeEditor",
                                               "There is already a reading of this register on %1.")
                .arg(units::date(other.reading.date));
        if (other.reading.date < candidate.reading.date)
            previous = other.reading;
        else if (!next)
            next = other.reading;
    }
    const QString problem = validateIndexReading(previous, candidate.reading);
    if (!problem.isEmpty())
        return problem;
    if (next)
        return validateIndexReading(candidate.reading, *next);
    return {};
}

void ChallengeEditor::push(const std::optional<StoredIndexReading> &before,
                           const std::optional<StoredIndexReading> &after)
{
    mWorkshop.push(new SetReading(mWorkshop, before, after,
                                  QCoreApplication::translate("ChallengeEditor", "Meter reading")));
}

QString ChallengeEditor::setMeterIndex(const MeterIndexEntry &entry)
{
    return setMeterIndexes({entry});
}

QString ChallengeEditor::setMeterIndexes(const QList<MeterIndexEntry> &entries,
                                         const QStringList &whereEach)
{
    // Check everything first against the readings as they will be: all or nothing.
    QHash<qint64, QList<StoredIndexReading>> planned;
    QList<std::pair<std::optional<StoredIndexReading>, std::optional<StoredIndexReading>>> changes;
    for (int i = 0; i < entries.size(); ++i) {
        const MeterIndexEntry &e = entries.at(i);
        if (!planned.contains(e.householdId))
            planned.insert(e.householdId, mWorkshop.challenges().indexReadings(e.householdId));
        QList<StoredIndexReading> &readings = planned[e.householdId];
        const auto existing =
            std::find_if(readings.begin(), readings.end(), [&](const StoredIndexReading &r) {
                return r.reading.date == e.date && r.reading.reg == e.reg;
            });
        std::optional<StoredIndexReading> before;
        if (existing != readings.end())
            before = *existing;
        std::optional<StoredIndexReading> after;
        if (e.index) {
            StoredIndexReading r = before.value_or(StoredIndexReading{});
            r.householdId = e.householdId;
            r.reading.date = e.date;
            r.reading.reg = e.reg;
            r.reading.index = *e.index;
            r.reading.meterReplaced = e.meterReplaced;
            r.reading.oldMeterFinalIndex = e.oldMeterFinalIndex;
            QString problem = checkAgainstNeighbours(readings, r);
            if (!problem.isEmpty()) {
                if (i < whereEach.size())
                    problem = QCoreApplication::translate("ChallengeEditor", "%1: %2")
                                  .arg(whereEach.at(i), problem);
                else if (entries.size() > 1)
                    problem = QCoreApplication::translate("ChallengeEditor", "Value %1 of %2: %3")
                                  .arg(i + 1)
                                  .arg(entries.size())
                                  .arg(problem);
                return problem;
            }
            after = r;
        }
        if (before == after)
            continue;
        if (before)
            readings.erase(existing);
        if (after)
            readings.append(*after);
        std::sort(readings.begin(), readings.end(),
                  [](const StoredIndexReading &a, const StoredIndexReading &b) {
                      return a.reading.date < b.reading.date;
                  });
        changes.append({before, after});
    }
    if (changes.isEmpty())
        return {};
    if (changes.size() == 1) {
        push(changes.constFirst().first, changes.constFirst().second);
        return {};
    }
    // All or nothing, in the file as in the undo history.
    mWorkshop.runStep(QCoreApplication::translate("ChallengeEditor", "Paste %n meter reading(s)",
                                                  nullptr, int(changes.size())),
                      [&] {
                          for (const auto &[before, after] : std::as_const(changes))
                              push(before, after);
                      });
    return {};
}

QString ChallengeEditor::moveIndexReading(qint64 readingId, const QDate &date)
{
    const auto before = mWorkshop.challenges().indexReading(readingId);
    if (!before)
        return QCoreApplication::translate("ChallengeEditor", "This reading no longer exists.");
    StoredIndexReading after = *before;
    after.reading.date = date;
    const QString problem =
        checkAgainstNeighbours(mWorkshop.challenges().indexReadings(before->householdId), after);
    if (!problem.isEmpty())
        return problem;
    if (after != *before)
        push(before, after);
    return {};
}

} // namespace wattelier
