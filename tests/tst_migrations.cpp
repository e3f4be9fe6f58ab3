// SPDX-License-Identifier: GPL-3.0-or-later
// Schema migrations (#2): a file of every earlier schema version opens, is
// migrated step by step and keeps its data; a failed step leaves the file at
// its previous version.

#include "challenge/challengestore.h"
#include "core/schema.h"
#include "core/workshop.h"
#include "energy/scenariostore.h"
#include "inventory/appliancestore.h"
#include "inventory/estimate.h"
#include "inventory/householdstore.h"
#include "presentation/slidestore.h"
#include "sharing/sharingscenariostore.h"
#include "testsupport.h"
#include "timeseries/seriesstore.h"
#include "wattmeter/wattmeterreadingstore.h"
#include "wattmeter/wattmeterstore.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace wattelier;

namespace {

QString fixture(int version)
{
    return QStringLiteral(WATTELIER_TEST_DATA "/schema-v%1.wattelier").arg(version);
}

QString copyFixture(const QTemporaryDir &dir, int version)
{
    const QString copy = dir.filePath(QStringLiteral("old-v%1.wattelier").arg(version));
    if (!QFile::copy(fixture(version), copy))
        return {};
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

/*! "name type notnull default pk" of each column, for comparing layouts. */
QStringList columnsOf(QSqlDatabase &db, const QString &table)
{
    QStringList columns;
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (q.next())
        columns.append(QStringList{q.value(1).toString(), q.value(2).toString(),
                                   q.value(3).toString(), q.value(4).toString(),
                                   q.value(5).toString()}
                           .join(QLatin1Char(' ')));
    return columns;
}

int pragmaOf(const QString &path, const QString &pragma)
{
    int value = -1;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA ") + pragma) && q.next())
                value = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return value;
}

/*! Version 1's file after migration (versionOneOpensAndKeepsItsData). */
void keepsVersion1(Workshop &workshop, QSqlDatabase &)
{
    QCOMPARE(workshop.name(), QStringLiteral("Rue des Tilleuls (version 1 file)"));

    const auto households = workshop.households().all();
    QCOMPARE(households.size(), 2);
    QCOMPARE(households.at(0).name, QStringLiteral("Famille Peeters"));
    QCOMPARE(households.at(0).occupants, 5);
    QCOMPARE(households.at(1).pseudonymCode, QStringLiteral("B"));

    const auto appliances = workshop.appliances().all();
    QCOMPARE(appliances.size(), 4);
    const Appliance &washer = appliances.at(1);
    QCOMPARE(washer.name, QStringLiteral("Lave-linge"));
    QCOMPARE(washer.usageMode, UsageMode::Cycles);
    QCOMPARE(washer.flexibility, Flexibility::AcrossDays);
    QCOMPARE(washer.standbyW, std::optional<double>(0.5));
    QCOMPARE(washer.notes, QStringLiteral("bought 2019"));
    QVERIFY(washer.catalogueKey.isEmpty()); // the column added by version 2
    QVERIFY(!appliances.at(0).standbyW.has_value());
    // 8 LED bulbs, 8 W, 2.74 h a day: 64.0064 kWh
    QVERIFY(qAbs(estimatedKwhPerYear(appliances.at(3)) - 64.0064) < 1e-9);

    // The new column is usable at once.
    QVERIFY(workshop.appliances().update(washer.id, ApplianceField::CatalogueKey,
                                         QStringLiteral("washing_machine")));
    QCOMPARE(workshop.appliances().get(washer.id)->catalogueKey, QStringLiteral("washing_machine"));
}

/*! Version 2's file after migration (versionTwoOpensAndKeepsItsData). */
void keepsVersion2(Workshop &workshop, QSqlDatabase &)
{
    QCOMPARE(workshop.name(), QStringLiteral("Rue des Tilleuls (version 2 file)"));
    const auto appliances = workshop.appliances().all();
    QCOMPARE(appliances.size(), 4);
    QCOMPARE(appliances.at(0).catalogueKey, QStringLiteral("fridge_freezer"));
    QCOMPARE(appliances.at(1).catalogueKey, QStringLiteral("washing_machine"));
    // Version 3's tables are there and usable: a reading of the old fridge.
    QVERIFY(workshop.wattmeterReadings().forAppliance(appliances.at(0).id).isEmpty());
    WattmeterReading reading;
    reading.applianceId = appliances.at(0).id;
    reading.measuredOn = QDate(2026, 11, 2);
    reading.kind = ReadingKind::EnergyOverDuration;
    reading.value = 1.2;
    reading.durationHours = 48;
    QVERIFY(workshop.wattmeterReadings().insert(reading) > 0);
    QVERIFY(workshop.wattmeters().wattmeters().isEmpty());
}

/*! Version 3's file after migration (versionThreeKeepsReadingsAndLoans). */
void keepsVersion3(Workshop &workshop, QSqlDatabase &db)
{
    const auto fridge = workshop.wattmeterReadings().forAppliance(1);
    QCOMPARE(fridge.size(), 1);
    QCOMPARE(fridge.first().kind, ReadingKind::EnergyOverDuration);
    QCOMPARE(fridge.first().durationHours, 48.0);
    QCOMPARE(fridge.first().measuredBy, QStringLiteral("Jef"));
    QCOMPARE(workshop.wattmeters().wattmeters().first().label, QStringLiteral("Wattmètre bleu"));
    QCOMPARE(workshop.wattmeters().openLoan(1)->householdId, 2);
    // Version 4's tables are there.
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM meter_readings")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

/*! Version 4's file after migration (versionFourKeepsChallengesAndGainsSeries). */
void keepsVersion4(Workshop &workshop, QSqlDatabase &db)
{
    QCOMPARE(workshop.name(), QStringLiteral("Rue des Tilleuls (version 4 file)"));
    QCOMPARE(workshop.challenges().challenges().size(), 1);
    QCOMPARE(workshop.challenges().indexReadings(1).size(), 2);
    // Version 5's tables are there and empty.
    QVERIFY(workshop.series().all().isEmpty());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM series_blocks")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

/*! Version 5's file after migration (versionFiveKeepsSeriesAndGainsScenarios). */
void keepsVersion5(Workshop &workshop, QSqlDatabase &)
{
    const QList<SeriesInfo> series = workshop.series().all();
    QCOMPARE(series.size(), 1);
    const RegularSeries values = workshop.series().load(series.first().id);
    QCOMPARE(values.kwh, (std::vector<float>{0.5f, 1.5f, 2.5f, 1.5f}));
    // Version 6's table is there, empty, and takes a scenario.
    QVERIFY(workshop.scenarios().all().isEmpty());
    Scenario scenario;
    scenario.name = QStringLiteral("Warehouse roof");
    scenario.targetKwp = 24.0;
    QVERIFY(workshop.scenarios().insert(scenario) > 0);
    QCOMPARE(workshop.scenarios().all().first().targetKwp, std::optional<double>(24.0));
}

/*! Version 6's file after migration (versionSixKeepsScenariosAndGainsSlides). */
void keepsVersion6(Workshop &workshop, QSqlDatabase &)
{
    QCOMPARE(workshop.name(), QStringLiteral("Rue des Tilleuls (version 6 file)"));
    QCOMPARE(workshop.series().all().size(), 1);
    const QList<Scenario> scenarios = workshop.scenarios().all();
    QCOMPARE(scenarios.size(), 1);
    QCOMPARE(scenarios.first().name, QStringLiteral("Toit de l'entrepôt"));
    QCOMPARE(scenarios.first().targetKwp, std::optional<double>(24.0));
    QVERIFY(scenarios.first().shiftWithinDay);
    QVERIFY(!scenarios.first().shiftAcrossDays);
    // Version 7's table is there, empty, and takes a slide of that scenario.
    QVERIFY(workshop.slides().all().isEmpty());
    Slide slide;
    slide.kind = SlideKind::Scenario;
    slide.scenarioId = scenarios.first().id;
    slide.notes = QStringLiteral("Ask Jef about the roof");
    const qint64 id = workshop.slides().insert(slide);
    QVERIFY(id > 0);
    slide.id = id;
    QCOMPARE(workshop.slides().get(id), std::optional<Slide>(slide));
}

/*! Version 7's file after migration: every exchanged record got an id of its own. */
void keepsVersion7(Workshop &workshop, QSqlDatabase &db)
{
    QCOMPARE(workshop.name(), QStringLiteral("Rue des Tilleuls (version 7 file)"));
    QCOMPARE(workshop.slides().all().size(), 2);
    // Version 8 gave every exchanged record an id of its own: 32 hex
    // digits, all different, and the workshop one too.
    const QRegularExpression hex32(QStringLiteral("^[0-9a-f]{32}$"));
    QStringList uids;
    for (const Household &h : workshop.households().all())
        uids.append(h.uid);
    for (const Appliance &a : workshop.appliances().all())
        uids.append(a.uid);
    for (const auto &readings : workshop.wattmeterReadings().byAppliance())
        for (const WattmeterReading &r : readings)
            uids.append(r.uid);
    QCOMPARE(uids.size(), 2 + 4 + 2);
    for (const QString &uid : uids)
        QVERIFY2(hex32.match(uid).hasMatch(), qPrintable(uid));
    QCOMPARE(QSet<QString>(uids.begin(), uids.end()).size(), uids.size());
    const QString workshopUid = workshop.info(QStringLiteral("workshop_uid"));
    QVERIFY2(hex32.match(workshopUid).hasMatch(), qPrintable(workshopUid));
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM exchange_base")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

/*! Version 8's file after migration (versionEightGainsEstimatedIntervals). */
void keepsVersion8(Workshop &workshop, QSqlDatabase &db)
{
    // Version 9 (#18): series record their estimated intervals; an older
    // series has none, and keeps every value it had.
    const QList<SeriesInfo> series = workshop.series().all();
    QCOMPARE(series.size(), 1);
    QCOMPARE(series.first().stats.estimatedValues, qint64(0));
    const RegularSeries values = workshop.series().load(series.first().id);
    QVERIFY(values.estimated.empty());
    QCOMPARE(statsOf(values).values, series.first().stats.values);
    QVERIFY(columnsOf(db, QStringLiteral("series_estimated")).size() == 3);
    // A new series with an estimated stretch keeps it.
    RegularSeries spread;
    spread.intervalS = 3600;
    spread.startUtc = 1750003200;
    spread.kwh = {1, 2, 2, 1};
    addRange(spread.estimated, spread.startUtc + 3600, spread.startUtc + 3 * 3600);
    const qint64 id =
        test::storeSeries(workshop, QStringLiteral("Spread"), SeriesKind::Production, 0, spread);
    QVERIFY(id > 0);
    const RegularSeries back = workshop.series().load(id);
    QCOMPARE(back.estimated.size(), std::size_t(1));
    QCOMPARE(back.estimated.front(),
             (UtcRange{spread.startUtc + 3600, spread.startUtc + 3 * 3600}));
    QCOMPARE(workshop.series().get(id)->stats.estimatedKwh, 4.0);
    QCOMPARE(workshop.series().get(id)->stats.estimatedValues, qint64(2));
}

/*! Version 9's file after migration: its households gain an empty EAN code. */
void keepsVersion9(Workshop &workshop, QSqlDatabase &db)
{
    const QList<Household> households = workshop.households().all();
    QCOMPARE(households.size(), 2);
    QCOMPARE(households.at(0).name, QStringLiteral("Famille Peeters"));
    QCOMPARE(households.at(0).occupants, 5);
    QCOMPARE(households.at(0).notes, QStringLiteral("Three teenagers"));
    QVERIFY(households.at(0).ean.isEmpty());
    QVERIFY(
        columnsOf(db, QStringLiteral("households")).contains(QStringLiteral("ean TEXT 1 '' 0")));
    // The new column is usable at once.
    QVERIFY(workshop.households().update(households.at(1).id, HouseholdField::Ean,
                                         QStringLiteral("541448800000012345")));
    QCOMPARE(workshop.households().get(households.at(1).id)->ean,
             QStringLiteral("541448800000012345"));
}

/*!
 * Version 10's file after migration: its scenarios keep moving appliances into
 * the sunniest hours, as they did before the objective could be chosen.
 */
void keepsVersion10(Workshop &workshop, QSqlDatabase &db)
{
    QCOMPARE(workshop.households().all().at(0).ean, QStringLiteral("541448800000012345"));
    const QList<Scenario> scenarios = workshop.scenarios().all();
    QCOMPARE(scenarios.size(), 2);
    QCOMPARE(scenarios.at(1).name, QStringLiteral("Lessive le midi"));
    QVERIFY(scenarios.at(1).shiftWithinDay && scenarios.at(1).shiftAcrossDays);
    for (const Scenario &s : scenarios)
        QCOMPARE(s.shiftObjective, ShiftObjective::IntoProduction);
    QVERIFY(columnsOf(db, QStringLiteral("scenarios"))
                .contains(QStringLiteral("shift_objective TEXT 1 'production' 0")));
    Scenario offPeak = scenarios.at(1);
    offPeak.shiftObjective = ShiftObjective::AwayFromPeak;
    QVERIFY(workshop.scenarios().replace(offPeak));
    QCOMPARE(workshop.scenarios().get(offPeak.id)->shiftObjective, ShiftObjective::AwayFromPeak);
}

/*! Version 11's file after migration: no key scenario yet, and one can be stored. */
void keepsVersion11(Workshop &workshop, QSqlDatabase &db)
{
    QCOMPARE(workshop.scenarios().all().at(1).shiftObjective, ShiftObjective::AwayFromPeak);
    QVERIFY(workshop.sharingScenarios().all().isEmpty());
    QVERIFY(columnsOf(db, QStringLiteral("sharing_keys"))
                .contains(QStringLiteral("method TEXT 1 'prorata' 0")));
    SharingScenario equal;
    equal.name = QStringLiteral("Parts égales");
    equal.method = SharingMethod::Fixed;
    QVERIFY(workshop.sharingScenarios().insert(equal) > 0);
    QCOMPARE(workshop.sharingScenarios().all().first().method, SharingMethod::Fixed);
}

/*!
 * Version 12's file after migration: its households are households, its key
 * keeps its money and gives no member a price of its own; a member can then be
 * another participant, and a key a member's own price.
 */
void keepsVersion12(Workshop &workshop, QSqlDatabase &db)
{
    const QList<Household> households = workshop.households().all();
    QCOMPARE(households.size(), 2);
    for (const Household &h : households)
        QCOMPARE(h.kind, HouseholdKind::Home);
    QVERIFY(columnsOf(db, QStringLiteral("households"))
                .contains(QStringLiteral("kind TEXT 1 'household' 0")));
    const QList<SharingScenario> keys = workshop.sharingScenarios().all();
    QCOMPARE(keys.size(), 1);
    SharingScenario first = keys.first();
    QCOMPARE(first.name, QStringLiteral("Sophie d'abord"));
    QCOMPARE(first.method, SharingMethod::Cascade);
    QCOMPARE(first.priority, QList<QList<qint64>>{{2}}); // a level of one, as version 12 had
    QCOMPARE(first.levelSplit, SharingMethod::ProRata);
    QCOMPARE(first.solidarity, QList<qint64>{2});
    QCOMPARE(first.localEurPerKwh, 0.12);
    QCOMPARE(first.yearlyFeeEur, 12.0);
    QCOMPARE(first.perimeter, SharingPerimeter::SameBuilding);
    QVERIFY(first.localPrices.isEmpty());
    first.localPrices.insert(1, 0.05);
    QVERIFY(workshop.sharingScenarios().replace(first));
    QCOMPARE(workshop.sharingScenarios().get(first.id)->localPrices.value(1), 0.05);
    QVERIFY(workshop.households().update(2, HouseholdField::Kind, QStringLiteral("participant")));
    QCOMPARE(workshop.households().get(2)->kind, HouseholdKind::OtherParticipant);
}

using VersionCheck = void (*)(Workshop &workshop, QSqlDatabase &db);

/*! What each earlier version's fixture must still hold once migrated, by version. */
VersionCheck checkFor(int version)
{
    switch (version) {
    case 1:
        return keepsVersion1;
    case 2:
        return keepsVersion2;
    case 3:
        return keepsVersion3;
    case 4:
        return keepsVersion4;
    case 5:
        return keepsVersion5;
    case 6:
        return keepsVersion6;
    case 7:
        return keepsVersion7;
    case 8:
        return keepsVersion8;
    case 9:
        return keepsVersion9;
    case 10:
        return keepsVersion10;
    case 11:
        return keepsVersion11;
    case 12:
        return keepsVersion12;
    default:
        return nullptr;
    }
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    // One test over every earlier version (#21): its fixture exists, opens,
    // is migrated to the current version with an intact file, keeps what it
    // held (checkFor), and the ids migration wrote stay the same at the next
    // opening. A new version without a fixture or a check fails here.
    void everyEarlierVersionOpensAndKeepsItsData_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 1; version < schema::currentVersion; ++version)
            QTest::addRow("version %d", version) << version;
    }

    void everyEarlierVersionOpensAndKeepsItsData()
    {
        QFETCH(int, version);
        QVERIFY2(QFile::exists(fixture(version)), qPrintable(fixture(version)));
        const VersionCheck check = checkFor(version);
        QVERIFY2(check, "no check of what this version's file must keep");
        QTemporaryDir dir;
        const QString path = copyFixture(dir, version);
        QVERIFY(!path.isEmpty());
        QString workshopUid;
        QStringList householdUids;
        {
            WorkshopError error;
            auto workshop = Workshop::open(path, &error);
            QVERIFY2(workshop, qPrintable(error.message));
            QSqlDatabase db = workshop->database();
            QCOMPARE(schema::userVersion(db), schema::currentVersion);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            check(*workshop, db);
            if (QTest::currentTestFailed())
                return;
            workshopUid = workshop->info(QStringLiteral("workshop_uid"));
            for (const Household &h : workshop->households().all())
                householdUids.append(h.uid);
        }
        // The ids are written once, not made again at each opening.
        WorkshopError error;
        auto reopened = Workshop::open(path, &error);
        QVERIFY2(reopened, qPrintable(error.message));
        QCOMPARE(reopened->info(QStringLiteral("workshop_uid")), workshopUid);
        QStringList again;
        for (const Household &h : reopened->households().all())
            again.append(h.uid);
        QCOMPARE(again, householdUids);
    }

    void fixtureMatchesWhatVersionOneWrote()
    {
        // The fixture must be what the code's step 1 creates, or the test proves nothing.
        QTemporaryDir dir;
        {
            QSqlDatabase fresh =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fresh"));
            fresh.setDatabaseName(dir.filePath(QStringLiteral("v1.wattelier")));
            QVERIFY(fresh.open());
            QVERIFY(schema::migrateTo(fresh, 1).isEmpty());
            QSqlDatabase old =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            old.setDatabaseName(fixture(1));
            old.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QVERIFY(old.open());
            for (const QString &table :
                 {QStringLiteral("workshop_info"), QStringLiteral("households"),
                  QStringLiteral("appliances")})
                QCOMPARE(columnsOf(old, table), columnsOf(fresh, table));
            QCOMPARE(schema::applicationIdOf(old), schema::applicationId);
            QCOMPARE(schema::userVersion(old), 1);
            fresh.close();
            old.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("fresh"));
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
    }

    void failedStepLeavesThePreviousVersion()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, 1);
        {
            // Make step 2 fail halfway: its index name is already taken.
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("sabotage"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(
                q.exec(QStringLiteral("CREATE INDEX appliances_by_household ON households(name)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("sabotage"));

        WorkshopError error;
        QVERIFY(!Workshop::open(path, &error));
        QCOMPARE(error.kind, WorkshopError::Kind::CannotWrite);
        QVERIFY2(error.message.contains(QStringLiteral("old-v1.wattelier")),
                 qPrintable(error.message));
        QCOMPARE(pragmaOf(path, QStringLiteral("user_version")), 1);
        // The ALTER TABLE of the failed step was rolled back with it.
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(!columnsOf(db, QStringLiteral("appliances"))
                         .join(QLatin1Char(','))
                         .contains(QStringLiteral("catalogue_key")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
