// SPDX-License-Identifier: GPL-3.0-or-later
#include "householdfile.h"

#include "challenge/challengestore.h"
#include "core/workshop.h"
#include "core/writetransaction.h"
#include "exchange/exchangecontent.h"
#include "inventory/appliancestore.h"
#include "inventory/householdstore.h"
#include "wattmeter/wattmeterreadingstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace wattelier::exchange {
namespace {

/*! Copies the household's records into the new, empty \a file; false on a write error. */
bool copyHousehold(const Workshop &workshop, const Household &household, Workshop &file,
                   InvitationSummary &summary)
{
    Household copy = household;
    copy.id = 0;
    copy.name.clear(); // the pseudonym is enough; the file travels by e-mail
    copy.notes.clear();
    copy.position = 0;
    const qint64 householdId = file.households().insert(copy);
    if (householdId == 0)
        return false;

    const auto readings = workshop.wattmeterReadings().byAppliance(household.id);
    for (const Appliance &appliance : workshop.appliances().forHousehold(household.id)) {
        Appliance a = appliance;
        a.id = 0;
        a.householdId = householdId;
        a.notes.clear(); // the facilitator's notes stay in the workshop
        const qint64 applianceId = file.appliances().insert(a);
        if (applianceId == 0)
            return false;
        ++summary.appliances;
        for (WattmeterReading reading : readings.value(appliance.id)) {
            reading.id = 0;
            reading.applianceId = applianceId;
            reading.wattmeterId = 0; // the group's wattmeters stay with the workshop
            reading.notes.clear();
            if (file.wattmeterReadings().insert(reading) == 0)
                return false;
            ++summary.readings;
        }
    }

    ChallengeStore &challenges = workshop.challenges();
    MeterLayout layout = challenges.meterLayout(household.id);
    layout.householdId = householdId;
    if (!file.challenges().put(layout))
        return false;
    for (const Challenge &challenge : challenges.challenges()) {
        auto participant = challenges.participant(challenge.id, household.id);
        if (!participant)
            continue;
        Challenge c = challenge;
        c.id = 0;
        c.notes.clear(); // the facilitator's notes may name other households
        const qint64 challengeId = file.challenges().insert(c);
        participant->challengeId = challengeId;
        participant->householdId = householdId;
        if (challengeId == 0 || !file.challenges().put(*participant))
            return false;
        ++summary.challenges;
    }
    for (StoredIndexReading stored : challenges.indexReadings(household.id)) {
        stored.id = 0;
        stored.householdId = householdId;
        if (file.challenges().insert(stored) == 0)
            return false;
        ++summary.indexReadings;
    }
    return true;
}

} // namespace

HouseholdFileInfo householdFileInfo(const Workshop &file)
{
    HouseholdFileInfo info;
    info.isHouseholdFile = file.info(QLatin1String(fileRoleKey)) == QLatin1String(householdRole);
    info.workshopUid = file.info(QLatin1String(invitedByWorkshopKey));
    info.workshopName = file.name();
    info.householdUid = file.info(QLatin1String(householdUidKey));
    info.invitedAtUtc = file.info(QLatin1String(invitedAtKey));
    return info;
}

qint64 invitedHouseholdId(const Workshop &file)
{
    const QString uid = file.info(QLatin1String(householdUidKey));
    for (const Household &household : file.households().all())
        if (household.uid == uid)
            return household.id;
    return 0;
}

Outcome<InvitationSummary> writeInvitation(Workshop &workshop, qint64 householdId,
                                           const QString &path)
{
    const auto household = workshop.households().get(householdId);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString nativeName = QDir::toNativeSeparators(absolute);
    const auto fail = [](const QString &message) {
        return Outcome<InvitationSummary>::refused(message);
    };
    if (!household)
        return fail(
            QCoreApplication::translate("HouseholdFile", "This household is not in the workshop."));
    if (QFileInfo::exists(absolute))
        return fail(QCoreApplication::translate(
                        "HouseholdFile", "“%1” already exists; Wattelier does not overwrite files.")
                        .arg(nativeName));

    // Written under another name and renamed when complete, so that a
    // half-written invitation never carries the final name.
    const QString partial = absolute + QStringLiteral(".part");
    QFile::remove(partial);
    InvitationSummary summary;
    summary.file = absolute;
    summary.householdUid = household->uid;
    summary.pseudonymCode = household->pseudonymCode;
    summary.kind = household->kind;
    {
        WorkshopError createError;
        auto file = Workshop::create(partial, workshop.name(), &createError);
        if (!file)
            return fail(createError.message);
        WriteTransaction transaction(*file);
        bool ok = transaction.isOpen();
        ok = ok && file->setInfo(QLatin1String(fileRoleKey), QLatin1String(householdRole));
        ok = ok && file->setInfo(QLatin1String(invitedByWorkshopKey),
                                 workshop.info(QStringLiteral("workshop_uid")));
        ok = ok && file->setInfo(QLatin1String(householdUidKey), household->uid);
        ok = ok && file->setInfo(QLatin1String(invitedAtKey),
                                 QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        ok = ok && copyHousehold(workshop, *household, *file, summary);
        ok = ok && transaction.commit();
        if (!ok) {
            transaction.rollback();
            file.reset();
            QFile::remove(partial);
            return fail(QCoreApplication::translate("HouseholdFile", "“%1” could not be written.")
                            .arg(nativeName));
        }
    }
    if (!QFile::rename(partial, absolute)) {
        QFile::remove(partial);
        return fail(QCoreApplication::translate("HouseholdFile", "“%1” could not be written.")
                        .arg(nativeName));
    }

    // What was sent is the base against which both sides' later changes are told apart.
    WriteTransaction transaction(workshop);
    const bool stored =
        transaction.isOpen() &&
        storeBase(workshop, household->uid, recordsOf(workshop, *household).content) &&
        transaction.commit();
    if (!stored) {
        transaction.rollback();
        QFile::remove(absolute);
        return fail(
            QCoreApplication::translate(
                "HouseholdFile", "The workshop could not record the invitation; “%1” was not kept.")
                .arg(nativeName));
    }
    return summary;
}

} // namespace wattelier::exchange
