// SPDX-License-Identifier: GPL-3.0-or-later
#include "householdcommands.h"

#include "timeseries/seriesstore.h"

#include "appliancestore.h"
#include "challenge/challengestore.h"
#include "core/workshop.h"
#include "core/writetransaction.h"
#include "householdstore.h"
#include "wattmeter/wattmeterreadingstore.h"
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
    case HouseholdField::Ean:
        return QCoreApplication::translate("HouseholdCommands", "Change household EAN code");
    case HouseholdField::Kind:
        return QCoreApplication::translate("HouseholdCommands", "Change what a member is");
    }
    return {};
}

} // namespace

namespace {

/*! The code is fixed now, so that redo restores the same pseudonym. */
Household withPseudonym(const Workshop &workshop, Household household)
{
    if (household.pseudonymCode.isEmpty())
        household.pseudonymCode = workshop.households().nextPseudonymCode();
    return household;
}

QVariant storedValue(const Workshop &workshop, qint64 householdId, HouseholdField field)
{
    const auto household = workshop.households().get(householdId);
    return household ? fieldValue(*household, field) : QVariant();
}

// Only notes merge; other fields keep one step per change.
constexpr int notesMergeId = 0x4E4F5445;

} // namespace

AddHouseholdCommand::AddHouseholdCommand(Workshop &workshop, const Household &household,
                                         QUndoCommand *parent)
    : AddRecordCommand(workshop, withPseudonym(workshop, household),
                       QCoreApplication::translate("HouseholdCommands", "Add household"), parent)
{}

RemoveHouseholdCommand::RemoveHouseholdCommand(Workshop &workshop, qint64 householdId,
                                               QUndoCommand *parent)
    : QUndoCommand(parent)
    , mWorkshop(workshop)
    , mHousehold(workshop.households().get(householdId).value_or(Household{}))
    , mAppliances(workshop.appliances().forHousehold(householdId))
{
    for (const QList<WattmeterReading> &readings :
         workshop.wattmeterReadings().byAppliance(householdId))
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
    mIndexReadings = workshop.challenges().indexReadings(householdId);
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
        ok = ok && mWorkshop.wattmeterReadings().insert(reading) != 0;
    for (const WattmeterLoan &loan : std::as_const(mLoans))
        ok = ok && mWorkshop.wattmeters().insert(loan) != 0;
    for (const ChallengeParticipant &p : std::as_const(mParticipations))
        ok = ok && mWorkshop.challenges().put(p);
    ok = ok && mWorkshop.challenges().put(mMeterLayout);
    for (const StoredIndexReading &r : std::as_const(mIndexReadings))
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
    : ChangeValueCommand(workshop, {householdId, field}, storedValue(workshop, householdId, field),
                         value, fieldLabel(field),
                         field == HouseholdField::Notes ? notesMergeId : -1, parent)
{}

} // namespace wattelier
