// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/series.h"

#include "appliance.h"
#include "challenge/challenge.h"
#include "core/recordcommands.h"
#include "core/workshop.h"
#include "household.h"
#include "wattmeter/wattmeter.h"
#include "wattmeter/wattmeterreading.h"

#include <QList>
#include <QUndoCommand>
#include <QVariant>

namespace wattelier {

/*! How the command templates add and remove a household, and change one of its fields. */
using HouseholdAccess = StoreAccess<&Workshop::households>;
using HouseholdFieldAccess = FieldAccess<&Workshop::households, HouseholdField>;

/*! Adds a household; undo removes it again, redo restores it with the same id. */
class AddHouseholdCommand : public AddRecordCommand<HouseholdAccess, Household>
{
public:
    AddHouseholdCommand(Workshop &workshop, const Household &household,
                        QUndoCommand *parent = nullptr);
    qint64 householdId() const { return recordId(); }
};

/*!
 * Removes a household with its appliances, their readings, its wattmeter
 * loans, its challenge participations, meter and meter readings; undo puts
 * everything back with the same ids.
 */
class RemoveHouseholdCommand : public QUndoCommand
{
public:
    RemoveHouseholdCommand(Workshop &workshop, qint64 householdId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Workshop &mWorkshop;
    Household mHousehold;
    QList<Appliance> mAppliances;
    QList<WattmeterReading> mReadings;
    QList<WattmeterLoan> mLoans;
    QList<ChallengeParticipant> mParticipations;
    MeterLayout mMeterLayout;
    QList<StoredIndexReading> mIndexReadings;
    QList<std::pair<SeriesInfo, RegularSeries>> mSeries; //!< its time series, values included
};

/*!
 * Changes one field of a household (name, occupants, notes). Typing notes in
 * several goes makes one undo step, not one per pause.
 */
class EditHouseholdCommand : public ChangeValueCommand<HouseholdFieldAccess>
{
public:
    EditHouseholdCommand(Workshop &workshop, qint64 householdId, HouseholdField field,
                         const QVariant &value, QUndoCommand *parent = nullptr);
};

} // namespace wattelier
