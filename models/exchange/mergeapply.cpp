// SPDX-License-Identifier: GPL-3.0-or-later
// Applying a merge plan: one undoable step, written in one transaction.

#include "householdmerge.h"

#include "challenge/challengeeditor.h"
#include "core/recordcommands.h"
#include "core/workshop.h"
#include "inventory/appliancecommands.h"
#include "inventory/appliancestore.h"
#include "inventory/household.h"
#include "inventory/inventoryeditor.h"
#include "wattmeter/wattmeterreadingeditor.h"
#include "wattmeter/wattmeterreadingstore.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace wattelier::exchange {
namespace {

/*! How the merge sets the household's exchange base; undo puts the previous one back. */
struct BaseAccess
{
    using Key = QString; //!< the household's uid
    using Value = QHash<QString, QJsonObject>;
    static bool set(Workshop &workshop, const QString &householdUid, const Value &base)
    {
        return storeBase(workshop, householdUid, base);
    }
};

class Merger
{
public:
    Merger(Workshop &workshop, const MergePlan &plan)
        : mWorkshop(workshop)
        , mPlan(plan)
        , mInventory(workshop)
        , mReadings(workshop)
        , mChallenge(workshop)
    {}

    /*! Pushes the plan's edits, in an order where appliances exist before their readings. */
    QString run()
    {
        QList<MeterIndexEntry> meterEntries;
        QStringList meterLabels;
        for (RecordKind kind : {RecordKind::Household, RecordKind::Appliance,
                                RecordKind::WattmeterReading, RecordKind::IndexReading}) {
            for (const MergeChange &change : mPlan.changes) {
                if (change.record != kind || !change.takeHousehold)
                    continue;
                QString problem;
                switch (kind) {
                case RecordKind::Household:
                    problem = mInventory.editHousehold(mPlan.householdId, HouseholdField::Occupants,
                                                       change.household.toVariant());
                    break;
                case RecordKind::Appliance:
                    problem = applyAppliance(change);
                    break;
                case RecordKind::WattmeterReading:
                    problem = applyReading(change);
                    break;
                case RecordKind::IndexReading:
                    meterEntries.append(meterEntry(change));
                    meterLabels.append(change.label);
                    break;
                }
                if (!problem.isEmpty())
                    return QStringLiteral("%1: %2").arg(change.label, problem);
            }
        }
        if (!meterEntries.isEmpty())
            return mChallenge.setMeterIndexes(meterEntries, meterLabels);
        return {};
    }

private:
    qint64 applianceId(const QString &uid) const
    {
        for (const Appliance &appliance : mWorkshop.appliances().forHousehold(mPlan.householdId))
            if (appliance.uid == uid)
                return appliance.id;
        return 0;
    }

    qint64 readingId(const QString &uid) const
    {
        const auto readings = mWorkshop.wattmeterReadings().byAppliance(mPlan.householdId);
        for (const auto &list : readings)
            for (const WattmeterReading &reading : list)
                if (reading.uid == uid)
                    return reading.id;
        return 0;
    }

    QString applyAppliance(const MergeChange &change)
    {
        if (!change.field.isEmpty()) {
            for (ApplianceField field : exchangedFields())
                if (fieldKey(field) == change.field)
                    return mInventory.editAppliance(applianceId(change.uid), field,
                                                    change.household.toVariant());
            return QCoreApplication::translate("HouseholdMerge", "unknown field “%1”.")
                .arg(change.field);
        }
        if (change.household.isNull()) { // removed in the household's file
            mInventory.removeAppliances({applianceId(change.uid)});
            return {};
        }
        Appliance appliance;
        if (!applianceFromContent(change.household.toObject(), &appliance))
            return QCoreApplication::translate("HouseholdMerge",
                                               "the household's file holds an invalid appliance.");
        appliance.uid = change.uid;
        appliance.householdId = mPlan.householdId;
        appliance.position = mWorkshop.appliances().nextPosition(mPlan.householdId);
        for (ApplianceField field : allApplianceFields()) {
            const QString problem = validateField(field, fieldValue(appliance, field));
            if (!problem.isEmpty())
                return problem;
        }
        mWorkshop.push(new AddApplianceCommand(mWorkshop, appliance));
        return {};
    }

    QString applyReading(const MergeChange &change)
    {
        if (change.household.isNull()) {
            mReadings.removeReadings({readingId(change.uid)});
            return {};
        }
        const QJsonObject content = change.household.toObject();
        WattmeterReading reading;
        if (!readingFromContent(content, &reading))
            return QCoreApplication::translate(
                "HouseholdMerge", "the household's file holds an invalid wattmeter reading.");
        reading.uid = change.uid;
        reading.applianceId =
            applianceId(content.value(QStringLiteral("appliance_uid")).toString());
        if (reading.applianceId == 0) // its appliance was removed in the workshop and stays so
            return {};
        if (const qint64 existing = readingId(change.uid)) {
            const auto before = mWorkshop.wattmeterReadings().get(existing);
            reading.id = existing;
            reading.wattmeterId = before ? before->wattmeterId : 0;
            reading.notes = before ? before->notes : QString(); // notes do not travel
            return mReadings.editReading(reading);
        }
        return mReadings.addReading(reading).error();
    }

    MeterIndexEntry meterEntry(const MergeChange &change) const
    {
        MeterIndexEntry entry;
        entry.householdId = mPlan.householdId;
        entry.date = QDate::fromString(change.uid.section(QLatin1Char(':'), 0, 0), Qt::ISODate);
        entry.reg =
            meterRegisterFromKey(change.uid.section(QLatin1Char(':'), 1)).value_or(entry.reg);
        if (change.household.isObject()) {
            const QJsonObject content = change.household.toObject();
            entry.index = content.value(QStringLiteral("index")).toDouble();
            entry.meterReplaced = content.value(QStringLiteral("meter_replaced")).toBool();
            const QJsonValue old = content.value(QStringLiteral("old_meter_final"));
            if (old.isDouble())
                entry.oldMeterFinalIndex = old.toDouble();
        }
        return entry;
    }

    Workshop &mWorkshop;
    const MergePlan &mPlan;
    InventoryEditor mInventory;
    WattmeterReadingEditor mReadings;
    ChallengeEditor mChallenge;
};

} // namespace

QString applyMerge(Workshop &workshop, const MergePlan &plan)
{
    // One step: every change of the merge, or none (the editors' steps join it).
    QString problem;
    const bool written =
        workshop.runStep(QCoreApplication::translate("HouseholdMerge", "Merge the file of %1")
                             .arg(pseudonymOf(plan.pseudonymCode, plan.kind)),
                         [&] {
                             problem = Merger(workshop, plan).run();
                             if (!problem.isEmpty()) {
                                 workshop.abandonStep();
                                 return;
                             }
                             // The household's side becomes the base: a later file from the
                             // same household then shows only what changed since this merge.
                             workshop.push(new ChangeValueCommand<BaseAccess>(
                                 workshop, plan.householdUid, loadBase(workshop, plan.householdUid),
                                 plan.incoming.content, QString()));
                         });
    if (!problem.isEmpty())
        return problem;
    return written ? QString() : workshop.lastWriteError();
}

} // namespace wattelier::exchange
