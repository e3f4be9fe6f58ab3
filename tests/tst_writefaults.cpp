// SPDX-License-Identifier: GPL-3.0-or-later
// Every write can fail (#19). For every kind of edit, a write is made to fail
// at its first, middle and last row (FaultInjector), and then:
// - the file passes integrity_check and holds exactly what it held before;
// - the item models show that same state (they equal models made afresh);
// - the undo stack is where it was;
// - the user is told once.
// The same for undo and redo of each edit, where a failure also clears the
// undo history (it no longer matches the file) but never the file's state.

#include "challenge/challengeeditor.h"
#include "challenge/challengegridmodel.h"
#include "challenge/challengestore.h"
#include "energy/energyeditor.h"
#include "energy/scenariostore.h"
#include "energy/workshoptariff.h"
#include "exchange/householdfile.h"
#include "exchange/householdmerge.h"
#include "faultinjector.h"
#include "inventory/appliancestore.h"
#include "inventory/appliancetablemodel.h"
#include "inventory/catalogue.h"
#include "inventory/householdlistmodel.h"
#include "inventory/householdstore.h"
#include "inventory/inventoryeditor.h"
#include "presentation/slidestore.h"
#include "report/reportsettings.h"
#include "testsupport.h"
#include "timeseries/seriescommands.h"
#include "timeseries/seriesimport.h"
#include "timeseries/seriesstore.h"
#include "timeseries/seriestablemodel.h"
#include "wattmeter/comparisontablemodel.h"
#include "wattmeter/wattmeterreadingeditor.h"
#include "wattmeter/wattmeterreadingstore.h"
#include "wattmeter/wattmeterreadingtablemodel.h"
#include "wattmeter/wattmeterstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>
#include <map>

using namespace wattelier;

namespace {

struct Edit
{
    std::function<void(Workshop &)> run; //!< makes the edit through the editors, as the GUI does
    bool undoable = true;
};

qint64 firstHousehold(const Workshop &w)
{
    return w.households().all().constFirst().id;
}

qint64 applianceWithReadings(const Workshop &w)
{
    const auto readings = w.wattmeterReadings().byAppliance();
    for (const Appliance &a : w.appliances().all())
        if (readings.contains(a.id))
            return a.id;
    return 0;
}

QString fixture(const QString &relative)
{
    return QStringLiteral(WATTELIER_TEST_DATA "/") + relative;
}

/*! Every kind of edit the issue names, made on the demo workshop. */
std::map<QString, Edit> edits(const QString &householdFile)
{
    std::map<QString, Edit> all;
    all[QStringLiteral("household add")] = {[](Workshop &w) {
        InventoryEditor(w).addHousehold(QStringLiteral("Famille Nouvelle"), 3);
    }};
    all[QStringLiteral("household rename")] = {[](Workshop &w) {
        InventoryEditor(w).editHousehold(firstHousehold(w), HouseholdField::Name,
                                         QStringLiteral("Renamed"));
    }};
    all[QStringLiteral("household delete")] = {
        [](Workshop &w) { InventoryEditor(w).removeHousehold(firstHousehold(w)); }};
    all[QStringLiteral("appliance add")] = {[](Workshop &w) {
        InventoryEditor(w).addAppliance(test::sampleAppliance(firstHousehold(w)));
    }};
    all[QStringLiteral("appliance edit")] = {[](Workshop &w) {
        const Appliance a = w.appliances().forHousehold(firstHousehold(w)).constFirst();
        InventoryEditor(w).editAppliance(a.id, ApplianceField::PowerW, a.powerW + 7.0);
    }};
    all[QStringLiteral("appliances delete")] = {[](Workshop &w) {
        QList<qint64> ids;
        for (const Appliance &a : w.appliances().forHousehold(firstHousehold(w)))
            ids.append(a.id);
        InventoryEditor(w).removeAppliances(ids);
    }};
    all[QStringLiteral("appliances import")] = {[](Workshop &w) {
        const qint64 h = firstHousehold(w);
        InventoryEditor(w).addAppliances({test::sampleAppliance(h, QStringLiteral("A")),
                                          test::sampleAppliance(h, QStringLiteral("B")),
                                          test::sampleAppliance(h, QStringLiteral("C"))},
                                         QStringLiteral("Import"));
    }};
    all[QStringLiteral("appliance catalogue values")] = {[](Workshop &w) {
        const Appliance a = w.appliances().forHousehold(firstHousehold(w)).constFirst();
        InventoryEditor(w).applyCatalogueEntry(
            a.id, *Catalogue::builtIn().find(QStringLiteral("chest_freezer")), false);
    }};
    all[QStringLiteral("wattmeter reading add")] = {[](Workshop &w) {
        WattmeterReading r = test::reading(ReadingKind::PowerOn, 123.0);
        r.applianceId = applianceWithReadings(w);
        (void)WattmeterReadingEditor(w).addReading(r); // may fail: that is the test
    }};
    all[QStringLiteral("wattmeter readings delete")] = {[](Workshop &w) {
        QList<qint64> ids;
        for (const WattmeterReading &r :
             w.wattmeterReadings().forAppliance(applianceWithReadings(w)))
            ids.append(r.id);
        WattmeterReadingEditor(w).removeReadings(ids);
    }};
    all[QStringLiteral("wattmeter lend")] = {[](Workshop &w) {
        const Wattmeter m = w.wattmeters().wattmeters().constFirst();
        WattmeterReadingEditor(w).lendWattmeter(m.id, firstHousehold(w), QDate(2026, 11, 30));
    }};
    all[QStringLiteral("wattmeter delete")] = {[](Workshop &w) {
        WattmeterReadingEditor(w).removeWattmeter(w.wattmeters().wattmeters().constFirst().id);
    }};
    all[QStringLiteral("challenge create")] = {[](Workshop &w) {
        Challenge c;
        c.name = QStringLiteral("Winter");
        c.start = QDate(2026, 12, 7);
        c.weeks = 4;
        QList<qint64> ids;
        for (const Household &h : w.households().all())
            ids.append(h.id);
        (void)ChallengeEditor(w).createChallenge(c, ids.mid(0, 4), BaselineChoice{});
    }};
    all[QStringLiteral("challenge delete")] = {[](Workshop &w) {
        ChallengeEditor(w).removeChallenge(w.challenges().challenges().constFirst().id);
    }};
    all[QStringLiteral("challenge grid paste")] = {[](Workshop &w) {
        // Three households' next readings, a week after their last one.
        QList<MeterIndexEntry> entries;
        for (const Household &h : w.households().all()) {
            const QList<StoredIndexReading> readings = w.challenges().indexReadings(h.id);
            if (readings.isEmpty() || entries.size() == 3)
                continue;
            const StoredIndexReading last = readings.constLast();
            MeterIndexEntry e;
            e.householdId = h.id;
            e.date = last.reading.date.addDays(7);
            e.reg = last.reading.reg;
            e.index = last.reading.index + 50.0;
            entries.append(e);
        }
        QVERIFY2(ChallengeEditor(w).setMeterIndexes(entries).isEmpty(), "paste refused");
    }};
    all[QStringLiteral("series import")] = {[](Workshop &w) {
        const ParseResult parsed = readSeriesFile(
            fixture(QStringLiteral("timeseries/shelly/em_data.csv")), {}, ParseContext{});
        QVERIFY2(parsed.ok(), "the fixture must parse");
        w.push(new ImportSeriesCommand(w, parsed, ImportTarget{}));
    }};
    all[QStringLiteral("series rename")] = {[](Workshop &w) {
        w.push(new RenameSeriesCommand(w, w.series().all().constFirst().id,
                                       QStringLiteral("Renamed")));
    }};
    all[QStringLiteral("series delete")] = {
        [](Workshop &w) { w.push(new RemoveSeriesCommand(w, w.series().all().constFirst().id)); }};
    all[QStringLiteral("series owner")] = {[](Workshop &w) {
        w.push(new SetSeriesOwnerCommand(w, w.series().all().constFirst().id, firstHousehold(w)));
    }};
    all[QStringLiteral("scenario add")] = {[](Workshop &w) {
        Scenario s;
        s.name = QStringLiteral("Bigger roof");
        s.targetKwp = 40.0;
        (void)EnergyEditor(w).addScenario(s);
    }};
    all[QStringLiteral("scenario delete")] = {
        [](Workshop &w) { EnergyEditor(w).removeScenario(w.scenarios().all().constFirst().id); }};
    all[QStringLiteral("pv installation")] = {[](Workshop &w) {
        PvInstallation pv = pvInstallationOf(w);
        pv.kwp = pv.kwp.value_or(0.0) + 3.0;
        EnergyEditor(w).setPvInstallation(pv);
    }};
    all[QStringLiteral("slide move")] = {[](Workshop &w) { SlideEditor(w).moveSlide(0, 2); }};
    all[QStringLiteral("slide remove")] = {[](Workshop &w) { SlideEditor(w).removeSlideAt(1); }};
    all[QStringLiteral("tariff")] = {[](Workshop &w) { setWorkshopTariff(w, Tariff{0.31, 0.06}); }};
    all[QStringLiteral("report settings")] = {[](Workshop &w) {
                                                  ReportSettings s = reportSettings(w);
                                                  s.notes = QStringLiteral("Next time: fridges");
                                                  s.language = QStringLiteral("nl");
                                                  saveReportSettings(w, s);
                                              },
                                              false};
    all[QStringLiteral("merge")] = {[householdFile](Workshop &w) {
        WorkshopError error;
        const auto file = Workshop::open(householdFile, &error);
        QVERIFY2(file, qPrintable(error.message));
        const auto plan = exchange::planMerge(w, *file);
        QVERIFY2(plan, qPrintable(plan.error()));
        exchange::applyMerge(w, *plan);
    }};
    return all;
}

/*! Every table's rows, sorted, as text: two equal dumps are two equal files. */
QStringList dumpDatabase(const Workshop &w)
{
    QStringList tables;
    QSqlQuery q(w.database());
    q.exec(
        QStringLiteral("SELECT name FROM main.sqlite_master WHERE type = 'table' ORDER BY name"));
    while (q.next())
        tables.append(q.value(0).toString());
    QStringList dump;
    for (const QString &table : std::as_const(tables)) {
        QStringList rows;
        QSqlQuery rowsQuery(w.database());
        rowsQuery.exec(QStringLiteral("SELECT * FROM main.\"%1\"").arg(table));
        while (rowsQuery.next()) {
            QStringList fields;
            for (int c = 0; c < rowsQuery.record().count(); ++c) {
                const QVariant v = rowsQuery.value(c);
                fields.append(v.typeId() == QMetaType::QByteArray
                                  ? QString::fromLatin1(v.toByteArray().toHex())
                                  : v.toString());
            }
            rows.append(fields.join(QLatin1Char('|')));
        }
        rows.sort();
        dump.append(table + QStringLiteral(": ") + rows.join(QLatin1Char('\n')));
    }
    return dump;
}

bool integrityOk(const Workshop &w)
{
    QSqlQuery q(w.database());
    return q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() &&
           q.value(0).toString() == QLatin1String("ok");
}

QStringList dumpModel(const QAbstractItemModel &model)
{
    QStringList rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c)
            cells.append(model.data(model.index(r, c)).toString());
        rows.append(cells.join(QLatin1Char('|')));
    }
    return rows;
}

/*! The models the pages show, set on the data the edits touch. */
struct Models
{
    explicit Models(Workshop &w)
        : households(w)
        , appliances(w)
        , readings(w)
        , comparison(w)
        , challenge(w)
        , series(w)
    {
        appliances.setHouseholdId(firstHousehold(w));
        readings.setApplianceId(applianceWithReadings(w));
        if (!w.challenges().challenges().isEmpty())
            challenge.setChallengeId(w.challenges().challenges().constFirst().id);
    }
    QStringList dump() const
    {
        QStringList all;
        for (const QAbstractItemModel *m : std::initializer_list<const QAbstractItemModel *>{
                 &households, &appliances, &readings, &comparison, &challenge, &series})
            all += dumpModel(*m) << QStringLiteral("--");
        return all;
    }
    HouseholdListModel households;
    ApplianceTableModel appliances;
    WattmeterReadingTableModel readings;
    ComparisonTableModel comparison;
    ChallengeGridModel challenge;
    SeriesTableModel series;
};

/*! First, middle and last row of a step: where a failure can leave most behind. */
QList<int> failurePoints(int rows)
{
    QList<int> points{0};
    if (rows > 2)
        points.append(rows / 2);
    if (rows > 1)
        points.append(rows - 1);
    return points;
}

} // namespace

class TestWriteFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDir;
    QString mTemplate;
    QString mHouseholdFile;
    int mCopies = 0;

    std::unique_ptr<Workshop> openCopy()
    {
        const QString path = mDir.filePath(QStringLiteral("copy-%1.wattelier").arg(++mCopies));
        if (!QFile::copy(mTemplate, path))
            return nullptr;
        WorkshopError error;
        auto workshop = Workshop::open(path, &error);
        if (!workshop)
            qWarning("%s", qPrintable(error.message));
        return workshop;
    }

    enum class Phase
    {
        Edit,
        Undo,
        Redo
    };

    /*! Rows written by the edit, or by its undo, or by the redo after that, when nothing fails. */
    int rowsWritten(const Edit &edit, Phase phase)
    {
        auto w = openCopy();
        test::FaultInjector faults(*w);
        edit.run(*w);
        if (phase == Phase::Edit)
            return faults.rowsWritten();
        faults.disarm();
        w->undo();
        if (phase == Phase::Undo)
            return faults.rowsWritten();
        faults.disarm();
        w->redo();
        return faults.rowsWritten();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        auto demo = test::openDemoWorkshop(mDir);
        QVERIFY(demo);
        mTemplate = demo->filePath();
        // A household's file with changes: the merge adds an appliance and
        // changes the household's occupants and one appliance.
        mHouseholdFile = mDir.filePath(QStringLiteral("invited.wattelier"));
        const auto invitation =
            exchange::writeInvitation(*demo, firstHousehold(*demo), mHouseholdFile);
        QVERIFY2(invitation, qPrintable(invitation.error()));
        demo.reset();
        WorkshopError openError;
        auto file = Workshop::open(mHouseholdFile, &openError);
        QVERIFY2(file, qPrintable(openError.message));
        const qint64 h = firstHousehold(*file);
        InventoryEditor(*file).addAppliance(test::sampleAppliance(h, QStringLiteral("Freezer")));
        InventoryEditor(*file).editHousehold(h, HouseholdField::Occupants, 5);
        const Appliance a = file->appliances().forHousehold(h).constFirst();
        InventoryEditor(*file).editAppliance(a.id, ApplianceField::HoursPerDay, 3.5);
    }

    void faultsAreInjected()
    {
        // The fixture itself must be able to fail a write, and only when armed.
        auto w = openCopy();
        QVERIFY(w);
        test::FaultInjector faults(*w);
        QSignalSpy failed(w.get(), &Workshop::writeFailed);
        QVERIFY(InventoryEditor(*w).addHousehold(QStringLiteral("Counted"), 2) > 0);
        QVERIFY(faults.rowsWritten() >= 1);
        faults.failAfter(0);
        QCOMPARE(InventoryEditor(*w).addHousehold(QStringLiteral("Refused"), 2), 0);
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.constFirst().constFirst().toString().contains(QLatin1String("injected")));
    }

    void failedEditChangesNothing_data()
    {
        QTest::addColumn<QString>("edit");
        for (const auto &[name, edit] : edits(QString()))
            QTest::newRow(qPrintable(name)) << name;
    }

    void failedEditChangesNothing()
    {
        QFETCH(QString, edit);
        const Edit e = edits(mHouseholdFile).at(edit);
        const int rows = rowsWritten(e, Phase::Edit);
        QVERIFY2(rows > 0, "the edit must write something");
        for (const int allowed : failurePoints(rows)) {
            auto w = openCopy();
            QVERIFY(w);
            Models models(*w);
            const QStringList fileBefore = dumpDatabase(*w);
            const QStringList modelsBefore = models.dump();
            const int index = w->undoStack()->index();
            const int count = w->undoStack()->count();
            QSignalSpy failed(w.get(), &Workshop::writeFailed);
            test::FaultInjector faults(*w);
            faults.failAfter(allowed);
            e.run(*w);
            faults.disarm();
            const QString where =
                QStringLiteral("%1, failing after %2 of %3 rows").arg(edit).arg(allowed).arg(rows);
            QVERIFY2(integrityOk(*w), qPrintable(where));
            QVERIFY2(dumpDatabase(*w) == fileBefore, qPrintable(where + QStringLiteral(": file")));
            QVERIFY2(models.dump() == modelsBefore, qPrintable(where + QStringLiteral(": models")));
            QVERIFY2(Models(*w).dump() == modelsBefore,
                     qPrintable(where + QStringLiteral(": fresh models")));
            QCOMPARE(w->undoStack()->index(), index);
            QCOMPARE(w->undoStack()->count(), count);
            QCOMPARE(failed.count(), 1);
        }
    }

    void failedUndoAndRedoChangeNothing_data() { failedEditChangesNothing_data(); }

    void failedUndoAndRedoChangeNothing()
    {
        QFETCH(QString, edit);
        const Edit e = edits(mHouseholdFile).at(edit);
        if (!e.undoable)
            QSKIP("not an undoable edit");
        for (const bool redo : {false, true}) {
            const int rows = rowsWritten(e, redo ? Phase::Redo : Phase::Undo);
            QVERIFY2(rows > 0, "the undo and the redo must write something");
            for (const int allowed : failurePoints(rows)) {
                auto w = openCopy();
                QVERIFY(w);
                e.run(*w);
                if (redo)
                    QVERIFY(w->undo());
                Models models(*w);
                const QStringList fileBefore = dumpDatabase(*w);
                const QStringList modelsBefore = models.dump();
                QSignalSpy failed(w.get(), &Workshop::writeFailed);
                test::FaultInjector faults(*w);
                faults.failAfter(allowed);
                QVERIFY(!(redo ? w->redo() : w->undo()));
                faults.disarm();
                const QString where =
                    QStringLiteral("%1: %2 failing after %3 rows")
                        .arg(edit, redo ? QStringLiteral("redo") : QStringLiteral("undo"))
                        .arg(allowed);
                QVERIFY2(integrityOk(*w), qPrintable(where));
                QVERIFY2(dumpDatabase(*w) == fileBefore,
                         qPrintable(where + QStringLiteral(": file")));
                QVERIFY2(models.dump() == modelsBefore,
                         qPrintable(where + QStringLiteral(": models")));
                QCOMPARE(w->undoStack()->count(), 0); // the history went, the file did not
                QCOMPARE(failed.count(), 1);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestWriteFaults)
#include "tst_writefaults.moc"
