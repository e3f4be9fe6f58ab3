// SPDX-License-Identifier: GPL-3.0-or-later
#include "householdmerge.h"

#include "challenge/indexreading.h"
#include "core/enumtable.h"
#include "core/units.h"
#include "core/workshop.h"
#include "exchange/householdfile.h"
#include "inventory/householdstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

#include <algorithm>

namespace wattelier::exchange {
namespace {

std::optional<QJsonObject> find(const QHash<QString, QJsonObject> &records, const QString &key)
{
    const auto it = records.constFind(key);
    return it == records.cend() ? std::nullopt : std::optional<QJsonObject>(*it);
}

QJsonValue valueOf(const std::optional<QJsonObject> &record)
{
    return record ? QJsonValue(*record) : QJsonValue();
}

RecordKind kindOfKey(const QString &recordKey)
{
    if (recordKey.startsWith(QLatin1String("household:")))
        return RecordKind::Household;
    if (recordKey.startsWith(QLatin1String("appliance:")))
        return RecordKind::Appliance;
    if (recordKey.startsWith(QLatin1String("reading:")))
        return RecordKind::WattmeterReading;
    return RecordKind::IndexReading;
}

/*! What a person recognises the record by, from whichever side has it. */
QString labelOf(const QString &recordKey, const MergePlan &plan, const HouseholdRecords &current)
{
    const QString uid = recordKey.section(QLatin1Char(':'), 1);
    const auto applianceName = [&](const QString &applianceUid) {
        const QString name = plan.incoming.applianceNames.value(applianceUid);
        return name.isEmpty() ? current.applianceNames.value(applianceUid) : name;
    };
    switch (kindOfKey(recordKey)) {
    case RecordKind::Household:
        return pseudonymOf(plan.pseudonymCode, plan.kind);
    case RecordKind::Appliance:
        return applianceName(uid);
    case RecordKind::WattmeterReading: {
        const auto reading = plan.incoming.content.contains(recordKey)
                                 ? plan.incoming.content.value(recordKey)
                                 : current.content.value(recordKey);
        return QStringLiteral("%1, %2").arg(
            applianceName(reading.value(QStringLiteral("appliance_uid")).toString()),
            units::date(QDate::fromString(reading.value(QStringLiteral("measured_on")).toString(),
                                          Qt::ISODate)));
    }
    case RecordKind::IndexReading: {
        const QDate date =
            QDate::fromString(recordKey.section(QLatin1Char(':'), 2, 2), Qt::ISODate);
        const auto reg = meterRegisterFromKey(recordKey.section(QLatin1Char(':'), 3, 3));
        return QStringLiteral("%1, %2").arg(units::date(date), reg ? label(*reg) : QString());
    }
    }
    return {};
}

/*! The part of a record's key that names it in JSON: its uid, or "date:register". */
QString uidOfKey(const QString &recordKey)
{
    return kindOfKey(recordKey) == RecordKind::IndexReading
               ? recordKey.section(QLatin1Char(':'), 2)
               : recordKey.section(QLatin1Char(':'), 1);
}

/*! Field by field, for appliances and the household; returns whether anything differs. */
bool compareFields(const QJsonObject &home, const QJsonObject &here,
                   const std::optional<QJsonObject> &base, const MergeChange &prototype,
                   QList<MergeChange> &changes)
{
    bool differs = false;
    for (auto it = home.constBegin(); it != home.constEnd(); ++it) {
        const QJsonValue h = it.value();
        const QJsonValue w = here.value(it.key());
        if (h == w)
            continue;
        const QJsonValue b = base ? base->value(it.key()) : QJsonValue(QJsonValue::Undefined);
        if (base && h == b)
            continue; // changed in the workshop only: the facilitator's value stays
        MergeChange change = prototype;
        change.field = it.key();
        change.household = h;
        change.workshop = w;
        change.base = b;
        change.kind = base && w == b ? ChangeKind::Changed : ChangeKind::Conflict;
        change.takeHousehold = change.kind == ChangeKind::Changed;
        changes.append(change);
        differs = true;
    }
    return differs;
}

} // namespace

QString key(RecordKind kind)
{
    static constexpr EnumEntry<RecordKind> recordKinds[] = {
        {RecordKind::Household, "household"},
        {RecordKind::Appliance, "appliance"},
        {RecordKind::WattmeterReading, "wattmeter_reading"},
        {RecordKind::IndexReading, "meter_reading"},
    };
    return enumtable::keyOf(recordKinds, kind);
}

int MergePlan::count(ChangeKind kind) const
{
    return int(std::count_if(changes.cbegin(), changes.cend(),
                             [kind](const MergeChange &c) { return c.kind == kind; }));
}

Outcome<MergePlan> planMerge(const Workshop &workshop, const Workshop &householdFile)
{
    const QString name = QDir::toNativeSeparators(householdFile.filePath());
    const auto fail = [](const QString &message) { return Outcome<MergePlan>::refused(message); };
    const HouseholdFileInfo info = householdFileInfo(householdFile);
    if (!info.isHouseholdFile)
        return fail(QCoreApplication::translate(
                        "HouseholdMerge", "“%1” is not a household file: it is a whole workshop.")
                        .arg(name));
    if (info.workshopUid != workshop.info(QStringLiteral("workshop_uid")))
        return fail(
            QCoreApplication::translate(
                "HouseholdMerge", "“%1” was made for another workshop (“%2”), not for this one.")
                .arg(name, info.workshopName));
    std::optional<Household> target;
    for (const Household &household : workshop.households().all())
        if (household.uid == info.householdUid)
            target = household;
    if (!target)
        return fail(QCoreApplication::translate(
                        "HouseholdMerge",
                        "“%1” is for a household that is not in this workshop (any more).")
                        .arg(name));
    const auto fileHousehold = householdFile.households().get(invitedHouseholdId(householdFile));
    if (!fileHousehold)
        return fail(
            QCoreApplication::translate("HouseholdMerge", "“%1” is damaged: it holds no household.")
                .arg(name));

    MergePlan plan;
    plan.householdFile = householdFile.filePath();
    plan.householdUid = target->uid;
    plan.householdId = target->id;
    plan.pseudonymCode = target->pseudonymCode;
    plan.kind = target->kind;
    plan.incoming = recordsOf(householdFile, *fileHousehold);
    const HouseholdRecords current = recordsOf(workshop, *target);
    const QHash<QString, QJsonObject> base = loadBase(workshop, target->uid);

    QStringList keys = plan.incoming.content.keys();
    for (const QString &recordKey : base.keys())
        if (!plan.incoming.content.contains(recordKey))
            keys.append(recordKey);
    for (const QString &recordKey : keys) {
        const auto h = find(plan.incoming.content, recordKey);
        const auto w = find(current.content, recordKey);
        const auto b = find(base, recordKey);
        MergeChange change;
        change.record = kindOfKey(recordKey);
        change.recordKey = recordKey;
        change.uid = uidOfKey(recordKey);
        change.label = labelOf(recordKey, plan, current);
        const bool byField =
            change.record == RecordKind::Appliance || change.record == RecordKind::Household;
        if (h && w && *h != *w && byField) {
            if (!compareFields(*h, *w, b, change, plan.changes))
                ++plan.unchanged;
            continue;
        }
        if (h == w) {
            plan.unchanged += h ? 1 : 0; // both absent: removed on both sides
            continue;
        }
        change.household = valueOf(h);
        change.workshop = valueOf(w);
        change.base = b ? QJsonValue(*b) : QJsonValue(QJsonValue::Undefined);
        if (b && h == b) {
            ++plan.unchanged; // changed or removed in the workshop only
            continue;
        }
        if (!b && !h) {
            ++plan.unchanged; // the workshop's own, never sent
            continue;
        }
        if (!b && !w)
            change.kind = ChangeKind::Added;
        else if (b && w == b)
            change.kind = h ? ChangeKind::Changed : ChangeKind::Removed;
        else
            change.kind = ChangeKind::Conflict;
        change.takeHousehold = change.kind != ChangeKind::Conflict;
        plan.changes.append(change);
    }
    std::stable_sort(plan.changes.begin(), plan.changes.end(),
                     [](const MergeChange &a, const MergeChange &b) {
                         if (a.record != b.record)
                             return a.record < b.record;
                         return a.label.localeAwareCompare(b.label) < 0;
                     });
    return plan;
}

QJsonObject toJson(const MergePlan &plan)
{
    QJsonArray added, changed, removed, conflicts;
    for (const MergeChange &c : plan.changes) {
        QJsonObject item{{QStringLiteral("record"), key(c.record)},
                         {QStringLiteral("uid"), c.uid},
                         {QStringLiteral("label"), c.label}};
        if (!c.field.isEmpty())
            item.insert(QStringLiteral("field"), c.field);
        switch (c.kind) {
        case ChangeKind::Added:
            item.insert(QStringLiteral("value"), c.household);
            added.append(item);
            break;
        case ChangeKind::Changed:
            item.insert(QStringLiteral("from"), c.workshop);
            item.insert(QStringLiteral("to"), c.household);
            changed.append(item);
            break;
        case ChangeKind::Removed:
            item.insert(QStringLiteral("value"), c.workshop);
            removed.append(item);
            break;
        case ChangeKind::Conflict:
            item.insert(QStringLiteral("workshop"), c.workshop);
            item.insert(QStringLiteral("household"), c.household);
            item.insert(QStringLiteral("base"), c.base.isUndefined() ? QJsonValue() : c.base);
            item.insert(QStringLiteral("chosen"),
                        c.takeHousehold ? QStringLiteral("household") : QStringLiteral("workshop"));
            conflicts.append(item);
            break;
        }
    }
    return {
        {QStringLiteral("household"), pseudonymOf(plan.pseudonymCode, plan.kind)},
        {QStringLiteral("household_code"), plan.pseudonymCode},
        {QStringLiteral("file"), plan.householdFile},
        {QStringLiteral("added"), added},
        {QStringLiteral("changed"), changed},
        {QStringLiteral("removed"), removed},
        {QStringLiteral("unchanged"), plan.unchanged},
        {QStringLiteral("conflicts"), conflicts},
    };
}

} // namespace wattelier::exchange
