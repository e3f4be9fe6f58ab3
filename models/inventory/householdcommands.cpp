// SPDX-License-Identifier: GPL-3.0-or-later
#include "householdcommands.h"

#include "timeseries/seriesstore.h"

#include "appliancestore.h"
#include "challenge/challengestore.h"
#include "core/workshop.h"
#include "core/writetransaction.h"
#include "householdstore.h"
#include "wattmeter/readingstore.h"
#include "wattmeter/wattmeterstore.h"

#include <QCoreApplication>

namespace wattelier {
namespace {

QString fieldLabel(HouseholdField field)
{
    switch (field) {
    case HouseholdField::Name:
        return QCoreApplication::translate("HouseholdCommands", "Rename household");
    case HouseholdField::Occupants:
        return QCoreApplication::translate("HouseholdCommands", "Change number of occupants");
    case HouseholdField::Notes:
        return QCoreApplication::translate("HouseholdCommands", "Change household notes");
    }
    return {};
}

} // namespace

AddHouseholdCommand::AddHouseholdCommand(Workshop &workshop, const Household &household,
                                         QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("HouseholdCommands", "Add household"), parent)
    , mWorkshop(workshop)
    , mHousehold(household)
{
    if (mHousehold.pseudonymCode.isEmpty())
        mHousehold.pseudonymCode = workshop.households().nextPseudonymCode();
}

void AddHouseholdCommand::redo()
{
    const qint64 id = mWorkshop.households().insert(mHousehold);
    if (id == 0) {
        setObsolete(true);
        return;
    }
    mHousehold.id = id;
}

void AddHouseholdCommand::undo()
{
    mWorkshop.households().remove(mHousehold.id);
}

RemoveHouseholdCommand::RemoveHouseholdCommand(Workshop &workshop, qint64 householdId,
                                               QUndoCommand *parent)
    : QUndoCommand(parent)
    , mWorkshop(workshop)
    , mHousehold(workshop.households().get(householdId).value_or(Household{}))
    , mAppliances(workshop.appliances().forHousehold(householdId))
{
    for (const QList<WattmeterReading> &readings : workshop.readings().byAppliance(householdId))
        mReadings += readings;
    for (const WattmeterLoan &loan : workshop.wattmeters().loans()) {
        if (loan.householdId == householdId)
            mLoans.append(loan);
    }
    for (const Challenge &challenge : workshop.challenges().challenges()) {
        if (const auto p = workshop.challenges().participant(challenge.id, householdId))
            mParticipations.append(*p);
    }
    mMeterLayout = workshop.challenges().meterLayout(householdId);
    mMeterReadings = workshop.challenges().meterReadings(householdId);
    for (const SeriesInfo &info : workshop.series().forHousehold(householdId))
        mSeries.append({info, workshop.series().load(info.id)});
    setText(QCoreApplication::translate("HouseholdCommands", "Delete household"));
}

void RemoveHouseholdCommand::redo()
{
    if (mHousehold.id == 0 || !mWorkshop.households().remove(mHousehold.id))
        setObsolete(true);
    else if (!mSeries.isEmpty())
        mWorkshop.series().notifyChanged(); // its series went with it (ON DELETE CASCADE)
}

void RemoveHouseholdCommand::undo()
{
    WriteTransaction transaction(mWorkshop);
    bool ok = mWorkshop.households().insert(mHousehold) != 0;
    for (const Appliance &appliance : std::as_const(mAppliances))
        ok = ok && mWorkshop.appliances().insert(appliance) != 0;
    for (const WattmeterReading &reading : std::as_const(mReadings))
        ok = ok && mWorkshop.readings().insert(reading) != 0;
    for (const WattmeterLoan &loan : std::as_const(mLoans))
        ok = ok && mWorkshop.wattmeters().insert(loan) != 0;
    for (const ChallengeParticipant &p : std::as_const(mParticipations))
        ok = ok && mWorkshop.challenges().put(p);
    ok = ok && mWorkshop.challenges().put(mMeterLayout);
    for (const StoredMeterReading &r : std::as_const(mMeterReadings))
        ok = ok && mWorkshop.challenges().insert(r) != 0;
    for (const auto &[info, values] : std::as_const(mSeries))
        ok = ok && mWorkshop.series().insert(info, values) != 0;
    if (ok)
        ok = transaction.commit();
    if (ok && !mSeries.isEmpty())
        mWorkshop.series().notifyChanged();
}

EditHouseholdCommand::EditHouseholdCommand(Workshop &workshop, qint64 householdId,
                                           HouseholdField field, const QVariant &value,
                                           QUndoCommand *parent)
    : QUndoCommand(fieldLabel(field), parent)
    , mWorkshop(workshop)
    , mHouseholdId(householdId)
    , mField(field)
    , mNewValue(value)
{
    if (const auto household = workshop.households().get(householdId))
        mOldValue = fieldValue(*household, field);
}

void EditHouseholdCommand::redo()
{
    if (!mWorkshop.households().update(mHouseholdId, mField, mNewValue))
        setObsolete(true);
}

void EditHouseholdCommand::undo()
{
    mWorkshop.households().update(mHouseholdId, mField, mOldValue);
}

int EditHouseholdCommand::id() const
{
    // Only notes merge; other fields keep one step per change.
    return mField == HouseholdField::Notes ? 0x4E4F5445 : -1;
}

bool EditHouseholdCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const EditHouseholdCommand *>(other);
    // A failed edit (obsolete) must not carry its value into this one.
    if (edit->isObsolete() || edit->mHouseholdId != mHouseholdId || edit->mField != mField)
        return false;
    mNewValue = edit->mNewValue;
    return true;
}

} // namespace wattelier
