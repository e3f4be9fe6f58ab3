// SPDX-License-Identifier: GPL-3.0-or-later
// Households fill in their own lists (#9): the invitation (household file),
// merging it back, merging twice, conflicting edits, refusals and undo.

#include "challenge/challengeeditor.h"
#include "challenge/challengestore.h"
#include "core/workshop.h"
#include "exchange/householdfile.h"
#include "exchange/householdmerge.h"
#include "inventory/appliancestore.h"
#include "inventory/householdstore.h"
#include "inventory/inventoryeditor.h"
#include "testsupport.h"
#include "timeseries/seriesstore.h"
#include "wattmeter/wattmeterreadingeditor.h"
#include "wattmeter/wattmeterreadingstore.h"
#include "wattmeter/wattmeterstore.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace wattelier;
using namespace wattelier::exchange;

namespace {

/*! A household of the demo's latest challenge, so that its file has meter readings. */
Household challengeHousehold(const Workshop &workshop)
{
    const auto challenges = workshop.challenges().challenges();
    const auto participants = workshop.challenges().participants(challenges.first().id);
    return *workshop.households().get(participants.first().householdId);
}

std::optional<Appliance> applianceByUid(const Workshop &workshop, const QString &uid)
{
    for (const Appliance &a : workshop.appliances().all())
        if (a.uid == uid)
            return a;
    return std::nullopt;
}

const MergeChange *findChange(const MergePlan &plan, ChangeKind kind, RecordKind record,
                              const QString &field = {})
{
    for (const MergeChange &c : plan.changes)
        if (c.kind == kind && c.record == record && c.field == field)
            return &c;
    return nullptr;
}

} // namespace

class TestExchange : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDir;
    std::unique_ptr<Workshop> mWorkshop;
    Household mHousehold;
    QString mInvitePath;

    std::unique_ptr<Workshop> openFile(const QString &path)
    {
        WorkshopError error;
        auto file = Workshop::open(path, &error);
        if (!file)
            qWarning("%s", qPrintable(error.message));
        return file;
    }

    MergePlan plan(const QString &path)
    {
        auto file = openFile(path);
        const auto result = planMerge(*mWorkshop, *file);
        if (!result)
            qWarning("%s", qPrintable(result.error()));
        return result ? *result : MergePlan{};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        QVERIFY(test::openDemoWorkshop(mDir)); // written once, copied for each test
    }

    void init()
    {
        const QString path = mDir.filePath(QStringLiteral("workshop.wattelier"));
        QFile::remove(path);
        QVERIFY(QFile::copy(mDir.filePath(QStringLiteral("demo.wattelier")), path));
        mWorkshop = openFile(path);
        QVERIFY(mWorkshop);
        mHousehold = challengeHousehold(*mWorkshop);
        mInvitePath = mDir.filePath(QStringLiteral("invite-%1.wattelier")
                                        .arg(QString::number(QDateTime::currentMSecsSinceEpoch())));
        const auto invitation = writeInvitation(*mWorkshop, mHousehold.id, mInvitePath);
        QVERIFY2(invitation, qPrintable(invitation.error()));
    }

    void cleanup()
    {
        mWorkshop.reset();
        QFile::remove(mInvitePath);
    }

    void invitationHoldsOnlyItsHousehold()
    {
        auto file = openFile(mInvitePath);
        QVERIFY(file);
        const HouseholdFileInfo info = householdFileInfo(*file);
        QVERIFY(info.isHouseholdFile);
        QCOMPARE(info.workshopUid, mWorkshop->info(QStringLiteral("workshop_uid")));
        QCOMPARE(info.householdUid, mHousehold.uid);
        QCOMPARE(file->name(), mWorkshop->name());
        const auto households = file->households().all();
        QCOMPARE(households.size(), 1);
        QCOMPARE(households.first().pseudonymCode, mHousehold.pseudonymCode);
        QVERIFY(households.first().name.isEmpty());
        QCOMPARE(file->appliances().all().size(),
                 mWorkshop->appliances().forHousehold(mHousehold.id).size());
        QCOMPARE(file->challenges().challenges().size(), 1);
        QCOMPARE(file->challenges().indexReadings(households.first().id).size(),
                 mWorkshop->challenges().indexReadings(mHousehold.id).size());
        QVERIFY(file->wattmeters().wattmeters().isEmpty());
        QVERIFY(file->series().all().isEmpty());
        file.reset();

        // Not one byte of another household: their names, notes and record ids.
        QFile raw(mInvitePath);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY(!bytes.contains(mHousehold.name.toUtf8()));
        int checked = 0;
        for (const Household &other : mWorkshop->households().all()) {
            if (other.id == mHousehold.id)
                continue;
            QVERIFY2(!bytes.contains(other.name.toUtf8()), qPrintable(other.name));
            QVERIFY(!bytes.contains(other.uid.toLatin1()));
            for (const Appliance &a : mWorkshop->appliances().forHousehold(other.id)) {
                QVERIFY(!bytes.contains(a.uid.toLatin1()));
                ++checked;
            }
        }
        QVERIFY(checked > 50);
    }

    void notesStayInTheWorkshop()
    {
        // The facilitator's notes on an appliance and a reading never travel,
        // and merging does not take their absence for a change.
        const Appliance first = mWorkshop->appliances().forHousehold(mHousehold.id).first();
        const QString note = QStringLiteral("Private remark: ask the Janssens about it");
        QVERIFY(InventoryEditor(*mWorkshop)
                    .editAppliance(first.id, ApplianceField::Notes, note)
                    .isEmpty());
        WattmeterReading r = test::reading(ReadingKind::Standby, 4.5);
        r.applianceId = first.id;
        r.measuredOn = QDate(2026, 11, 2);
        r.notes = QStringLiteral("Reading remark for the facilitator only");
        QVERIFY(WattmeterReadingEditor(*mWorkshop).addReading(r).ok());
        const QString path = mDir.filePath(QStringLiteral("with-notes.wattelier"));
        QFile::remove(path);
        const auto invitation = writeInvitation(*mWorkshop, mHousehold.id, path);
        QVERIFY2(invitation, qPrintable(invitation.error()));
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY(!bytes.contains(note.toUtf8()));
        QVERIFY(!bytes.contains(r.notes.toUtf8()));
        QVERIFY(bytes.contains(QByteArrayLiteral("2026-11-02"))); // the reading itself travels
        const MergePlan result = plan(path);
        QVERIFY(result.changes.isEmpty());
        QFile::remove(path);
    }

    void untouchedFileChangesNothing()
    {
        const MergePlan result = plan(mInvitePath);
        QVERIFY(result.changes.isEmpty());
        QVERIFY(result.unchanged > 5);
    }

    // Another participant (#22) keeps what it is in its file and is named as one
    // when its file is written and merged back.
    void aParticipantsFile()
    {
        QVERIFY(
            InventoryEditor(*mWorkshop)
                .editHousehold(mHousehold.id, HouseholdField::Kind, QStringLiteral("participant"))
                .isEmpty());
        const QString path = mDir.filePath(QStringLiteral("invite-participant.wattelier"));
        QFile::remove(path);
        const auto invitation = writeInvitation(*mWorkshop, mHousehold.id, path);
        QVERIFY2(invitation, qPrintable(invitation.error()));
        const QString expected = QStringLiteral("Participant ") + mHousehold.pseudonymCode;
        QCOMPARE(pseudonymOf(invitation->pseudonymCode, invitation->kind), expected);
        {
            auto file = openFile(path);
            QCOMPARE(pseudonym(file->households().all().first()), expected);
        }
        const MergePlan result = plan(path);
        QCOMPARE(pseudonymOf(result.pseudonymCode, result.kind), expected);
        QFile::remove(path);
    }

    void roundTripAddsAndChanges()
    {
        const int before = mWorkshop->appliances().forHousehold(mHousehold.id).size();
        QString fridgeUid;
        {
            auto file = openFile(mInvitePath);
            const qint64 id = invitedHouseholdId(*file);
            InventoryEditor editor(*file);
            Appliance kettle = test::sampleAppliance(id, QStringLiteral("Bouilloire"));
            kettle.powerW = 2200;
            kettle.hoursPerDay = 0.2;
            const qint64 kettleId = editor.addAppliance(kettle);
            QVERIFY(kettleId > 0);
            const Appliance first = file->appliances().forHousehold(id).first();
            fridgeUid = first.uid;
            QVERIFY(editor.editAppliance(first.id, ApplianceField::PowerW, 123.0).isEmpty());
            WattmeterReading r = test::reading(ReadingKind::PowerOn, 2150);
            r.applianceId = kettleId;
            r.measuredOn = QDate(2026, 11, 20);
            QVERIFY(WattmeterReadingEditor(*file).addReading(r).ok());
        }
        const MergePlan result = plan(mInvitePath);
        QCOMPARE(result.count(ChangeKind::Conflict), 0);
        QCOMPARE(result.count(ChangeKind::Added), 2); // the kettle and its reading
        QCOMPARE(result.count(ChangeKind::Changed), 1);
        const MergeChange *power = findChange(result, ChangeKind::Changed, RecordKind::Appliance,
                                              QStringLiteral("power_w"));
        QVERIFY(power);
        QCOMPARE(power->uid, fridgeUid);
        QCOMPARE(power->household.toDouble(), 123.0);

        const QJsonObject json = toJson(result);
        for (const char *field : {"household", "added", "changed", "unchanged", "conflicts"})
            QVERIFY2(json.contains(QLatin1String(field)), field);
        QCOMPARE(json.value(QStringLiteral("added")).toArray().size(), 2);

        QVERIFY(applyMerge(*mWorkshop, result).isEmpty());
        QCOMPARE(mWorkshop->appliances().forHousehold(mHousehold.id).size(), before + 1);
        QCOMPARE(applianceByUid(*mWorkshop, fridgeUid)->powerW, 123.0);
        bool kettleFound = false;
        for (const Appliance &a : mWorkshop->appliances().forHousehold(mHousehold.id)) {
            if (a.name == QLatin1String("Bouilloire")) {
                kettleFound = true;
                QCOMPARE(mWorkshop->wattmeterReadings().forAppliance(a.id).size(), 1);
                QCOMPARE(mWorkshop->wattmeterReadings().forAppliance(a.id).first().value, 2150.0);
            }
        }
        QVERIFY(kettleFound);

        // Merging the same file again changes nothing.
        const MergePlan again = plan(mInvitePath);
        QVERIFY(again.changes.isEmpty());

        // One undo takes the whole merge back, and the file merges as the first time.
        mWorkshop->undoStack()->undo();
        QCOMPARE(mWorkshop->appliances().forHousehold(mHousehold.id).size(), before);
        QVERIFY(applianceByUid(*mWorkshop, fridgeUid)->powerW != 123.0);
        QCOMPARE(plan(mInvitePath).changes.size(), result.changes.size());
        mWorkshop->undoStack()->redo();
        QCOMPARE(applianceByUid(*mWorkshop, fridgeUid)->powerW, 123.0);
        QVERIFY(plan(mInvitePath).changes.isEmpty());
    }

    void meterReadingsMerge()
    {
        QDate date;
        {
            auto file = openFile(mInvitePath);
            const qint64 id = invitedHouseholdId(*file);
            const auto readings = file->challenges().indexReadings(id);
            QVERIFY(!readings.isEmpty());
            const StoredIndexReading last = readings.last();
            date = last.reading.date.addDays(7);
            MeterIndexEntry entry;
            entry.householdId = id;
            entry.date = date;
            entry.reg = last.reading.reg;
            entry.index = last.reading.index + 42;
            QVERIFY(ChallengeEditor(*file).setMeterIndex(entry).isEmpty());
        }
        const MergePlan result = plan(mInvitePath);
        const MergeChange *added = findChange(result, ChangeKind::Added, RecordKind::IndexReading);
        QVERIFY(added);
        QVERIFY(added->uid.startsWith(date.toString(Qt::ISODate)));
        const int before = mWorkshop->challenges().indexReadings(mHousehold.id).size();
        QVERIFY(applyMerge(*mWorkshop, result).isEmpty());
        QCOMPARE(mWorkshop->challenges().indexReadings(mHousehold.id).size(), before + 1);
        QVERIFY(plan(mInvitePath).changes.isEmpty());
    }

    void bothSidesChangedIsAConflict()
    {
        QString uid;
        {
            auto file = openFile(mInvitePath);
            const Appliance first =
                file->appliances().forHousehold(invitedHouseholdId(*file)).first();
            uid = first.uid;
            QVERIFY(InventoryEditor(*file)
                        .editAppliance(first.id, ApplianceField::PowerW, 120.0)
                        .isEmpty());
        }
        // The facilitator changed the same value, and another one, after sending the file.
        const Appliance here = *applianceByUid(*mWorkshop, uid);
        InventoryEditor editor(*mWorkshop);
        QVERIFY(editor.editAppliance(here.id, ApplianceField::PowerW, 150.0).isEmpty());
        QVERIFY(editor.editAppliance(here.id, ApplianceField::HoursPerDay, 3.0).isEmpty());

        MergePlan result = plan(mInvitePath);
        QCOMPARE(result.changes.size(), 1);
        const MergeChange &conflict = result.changes.first();
        QCOMPARE(conflict.kind, ChangeKind::Conflict);
        QCOMPARE(conflict.field, QStringLiteral("power_w"));
        QCOMPARE(conflict.workshop.toDouble(), 150.0);
        QCOMPARE(conflict.household.toDouble(), 120.0);
        QCOMPARE(conflict.base.toDouble(), here.powerW);
        QVERIFY(!conflict.takeHousehold);

        // Not chosen: the facilitator's value stays, and the hours edited only here too.
        QVERIFY(applyMerge(*mWorkshop, result).isEmpty());
        QCOMPARE(applianceByUid(*mWorkshop, uid)->powerW, 150.0);
        QCOMPARE(applianceByUid(*mWorkshop, uid)->hoursPerDay, 3.0);
        QVERIFY(plan(mInvitePath).changes.isEmpty());

        // Chosen: the household's value is taken.
        mWorkshop->undoStack()->undo();
        result = plan(mInvitePath);
        result.changes.first().takeHousehold = true;
        QVERIFY(applyMerge(*mWorkshop, result).isEmpty());
        QCOMPARE(applianceByUid(*mWorkshop, uid)->powerW, 120.0);
        QCOMPARE(applianceByUid(*mWorkshop, uid)->hoursPerDay, 3.0);
    }

    void removalsFollowTheBase()
    {
        QString removedAtHome;
        {
            auto file = openFile(mInvitePath);
            const auto appliances = file->appliances().forHousehold(invitedHouseholdId(*file));
            QVERIFY(appliances.size() >= 2);
            removedAtHome = appliances.at(1).uid;
            QVERIFY(InventoryEditor(*file).removeAppliances({appliances.at(1).id}));
        }
        MergePlan result = plan(mInvitePath);
        const MergeChange *removed = findChange(result, ChangeKind::Removed, RecordKind::Appliance);
        QVERIFY(removed);
        QCOMPARE(removed->uid, removedAtHome);
        QVERIFY(applyMerge(*mWorkshop, result).isEmpty());
        QVERIFY(!applianceByUid(*mWorkshop, removedAtHome));
        QVERIFY(plan(mInvitePath).changes.isEmpty());
    }

    void foreignFilesAreRefused()
    {
        QString error;
        // The workshop itself is not a household file.
        error = planMerge(*mWorkshop, *mWorkshop).error();
        QVERIFY2(error.contains(QStringLiteral("not a household file")), qPrintable(error));

        // A household file of another workshop (another copy of the demo).
        QTemporaryDir otherDir;
        auto other = test::openDemoWorkshop(otherDir);
        QVERIFY(other);
        const QString foreign = otherDir.filePath(QStringLiteral("foreign.wattelier"));
        QVERIFY(writeInvitation(*other, challengeHousehold(*other).id, foreign));
        const QByteArray digest = test::fileDigest(mWorkshop->filePath());
        {
            auto file = openFile(foreign);
            error = planMerge(*mWorkshop, *file).error();
        }
        QVERIFY2(error.contains(QStringLiteral("another workshop")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("foreign.wattelier")), qPrintable(error));
        QCOMPARE(test::fileDigest(mWorkshop->filePath()), digest); // nothing written

        // A household that left the workshop.
        QVERIFY(InventoryEditor(*mWorkshop).removeHousehold(mHousehold.id));
        {
            auto file = openFile(mInvitePath);
            error = planMerge(*mWorkshop, *file).error();
        }
        QVERIFY2(error.contains(QStringLiteral("not in this workshop")), qPrintable(error));
    }

    void invitationRefusesToOverwrite()
    {
        const auto again = writeInvitation(*mWorkshop, mHousehold.id, mInvitePath);
        QVERIFY(!again);
        QVERIFY2(again.error().contains(QStringLiteral("already exists")),
                 qPrintable(again.error()));
        QVERIFY(!writeInvitation(*mWorkshop, 999999,
                                 mDir.filePath(QStringLiteral("nobody.wattelier"))));
        QVERIFY(!QFile::exists(mDir.filePath(QStringLiteral("nobody.wattelier"))));
    }
};

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_exchange.moc"
