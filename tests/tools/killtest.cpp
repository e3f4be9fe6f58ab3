// SPDX-License-Identifier: GPL-3.0-or-later
// The kill test at scale (#19), outside CTest: stepworker makes one step
// (import, paste, merge, import then undo) on a copy of the demo workshop and
// is killed with SIGKILL at a random moment, RUNS times per step (seeded).
// After each kill the file must pass integrity_check and hold all of the step
// or none of it. Prints the counts; exits 1 on the first violation.
// Usage: killtest [--runs N] [--seed S] [--steps import,paste,merge,undo]

#include "core/workshop.h"
#include "demo/demoworkshop.h"
#include "exchange/householdfile.h"
#include "inventory/appliancestore.h"
#include "inventory/catalogue.h"
#include "inventory/householdstore.h"
#include "inventory/inventoryeditor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace wattelier;

namespace {

/*! What the file holds that a step changes, read without the program's own code. */
struct FileState
{
    QString integrity;
    int series = 0;
    int indexReadings = 0;
    int appliancesOfFirst = 0;
    int occupantsOfFirst = 0;

    QString toString() const
    {
        return QStringLiteral("%1 series, %2 meter readings, first household %3 appliances and "
                              "%4 occupants")
            .arg(series)
            .arg(indexReadings)
            .arg(appliancesOfFirst)
            .arg(occupantsOfFirst);
    }
};

FileState readState(const QString &path)
{
    FileState state;
    const QString connection = QStringLiteral("killtest-check");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open())
            return state;
        QSqlQuery q(db);
        const auto number = [&q](const QString &sql) {
            return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
        };
        if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
            state.integrity = q.value(0).toString();
        state.series = number(QStringLiteral("SELECT count(*) FROM series"));
        state.indexReadings = number(QStringLiteral("SELECT count(*) FROM meter_readings"));
        state.appliancesOfFirst =
            number(QStringLiteral("SELECT count(*) FROM appliances WHERE household_id = (SELECT "
                                  "min(id) FROM households)"));
        state.occupantsOfFirst =
            number(QStringLiteral("SELECT occupants FROM households ORDER BY id LIMIT 1"));
    }
    QSqlDatabase::removeDatabase(connection);
    return state;
}

constexpr int cabinHomes = 40; //!< series in one import of the cabin's file

/*! A year of quarter hours for 40 homes: long enough to be killed half way. */
bool writeCabinCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray header = "time";
    for (int h = 1; h <= cabinHomes; ++h)
        header += ",home_" + QByteArray::number(h) + "_kwh";
    file.write(header + '\n');
    for (qint64 i = 0; i < 35040; ++i) {
        QByteArray row = QDateTime::fromSecsSinceEpoch(1735689600 + i * 900, Qt::UTC)
                             .toString(Qt::ISODate)
                             .toLatin1();
        for (int h = 0; h < cabinHomes; ++h)
            row += ',' + QByteArray::number(0.05 + double((i + h) % 50) / 100.0, 'f', 2);
        file.write(row + '\n');
    }
    return true;
}

struct Step
{
    QString name;
    QStringList arguments;         //!< after the workshop's path
    bool freshCopyEachRun = false; //!< merging twice changes nothing: start again each time
};

class KillTest
{
public:
    KillTest(const QString &worker, const QString &folder, quint32 seed)
        : mWorker(worker)
        , mFolder(folder)
        , mRandom(seed)
    {}

    bool prepare()
    {
        mTemplate = mFolder + QStringLiteral("/template.wattelier");
        WorkshopError error;
        if (!writeDemoWorkshop(mTemplate, Catalogue::builtIn(), &error))
            return fail(error.message);
        mHouseholdFile = mFolder + QStringLiteral("/household.wattelier");
        {
            auto workshop = Workshop::open(mTemplate, &error);
            if (!workshop)
                return fail(QStringLiteral("invitation: ") + error.message);
            const auto invitation = exchange::writeInvitation(
                *workshop, workshop->households().all().first().id, mHouseholdFile);
            if (!invitation)
                return fail(QStringLiteral("invitation: ") + invitation.error());
        }
        {
            auto file = Workshop::open(mHouseholdFile, &error);
            if (!file)
                return fail(error.message);
            const qint64 h = file->households().all().first().id;
            Appliance freezer;
            freezer.householdId = h;
            freezer.name = QStringLiteral("Freezer from home");
            freezer.powerW = 90;
            freezer.hoursPerDay = 8;
            InventoryEditor(*file).addAppliance(freezer);
            InventoryEditor(*file).editHousehold(h, HouseholdField::Occupants, 7);
        }
        mCsv = mFolder + QStringLiteral("/cabin.csv");
        return writeCabinCsv(mCsv) || fail(QStringLiteral("cannot write the CSV"));
    }

    Step step(const QString &name) const
    {
        if (name == QLatin1String("import") || name == QLatin1String("undo"))
            return {name, {name, mCsv}, false};
        if (name == QLatin1String("merge"))
            return {name, {name, mHouseholdFile}, true};
        return {name, {name}, false};
    }

    /*! Runs \a step \a runs times, killed at random moments; false on the first violation. */
    bool run(const Step &step, int runs)
    {
        const QString path = mFolder + QStringLiteral("/%1.wattelier").arg(step.name);
        QFile::remove(path);
        QFile::copy(mTemplate, path);
        // One full run: how long the step takes here, and what "all of it" is.
        const FileState none = readState(path);
        QElapsedTimer timer;
        timer.start();
        if (!runWorker(path, step, -1))
            return fail(step.name + QStringLiteral(": a full run failed"));
        const qint64 fullMs = std::max<qint64>(timer.elapsed(), 20);
        const FileState all = readState(path);
        int killed = 0, completed = 0;
        FileState before = all;
        for (int r = 0; r < runs; ++r) {
            if (step.freshCopyEachRun) {
                QFile::remove(path);
                QFile::copy(mTemplate, path);
                before = none;
            }
            const int delay = int(mRandom.bounded(fullMs * 11 / 10 + 1));
            runWorker(path, step, delay) ? ++completed : ++killed;
            const FileState after = readState(path);
            QString why;
            if (after.integrity != QLatin1String("ok"))
                why = QStringLiteral("integrity_check: ") + after.integrity;
            else if (!allOrNothing(step.name, before, after, none, all))
                why = QStringLiteral("half a step: before %1; after %2")
                          .arg(before.toString(), after.toString());
            if (!why.isEmpty())
                return fail(QStringLiteral("%1, run %2 (killed after %3 ms): %4")
                                .arg(step.name)
                                .arg(r)
                                .arg(delay)
                                .arg(why));
            before = after;
        }
        std::printf("%-7s %4d runs: %4d killed, %4d completed; a full step takes %lld ms; "
                    "integrity and all-or-nothing held every time\n",
                    qPrintable(step.name), runs, killed, completed, fullMs);
        mKilled += killed;
        return true;
    }

    int killed() const { return mKilled; }

private:
    /*! True when the worker finished; false when it was killed after \a delayMs. */
    bool runWorker(const QString &path, const Step &step, int delayMs)
    {
        QProcess worker;
        worker.start(mWorker, QStringList{path} + step.arguments);
        worker.waitForStarted();
        if (delayMs >= 0 && !worker.waitForFinished(delayMs)) {
            worker.kill(); // SIGKILL: no clean-up of any kind
            worker.waitForFinished();
            return false;
        }
        worker.waitForFinished(-1);
        return worker.exitStatus() == QProcess::NormalExit && worker.exitCode() == 0;
    }

    /*! The step's change is wholly there or wholly absent. */
    static bool allOrNothing(const QString &step, const FileState &before, const FileState &after,
                             const FileState &none, const FileState &all)
    {
        if (step == QLatin1String("import"))
            return after.series == before.series ||
                   after.series == before.series + (all.series - none.series);
        if (step == QLatin1String("undo")) // import then undo: as it was, or with the whole import
            return after.series == before.series || after.series == before.series + cabinHomes;
        if (step == QLatin1String("paste"))
            return after.indexReadings == before.indexReadings ||
                   after.indexReadings ==
                       before.indexReadings + (all.indexReadings - none.indexReadings);
        // merge: the appliance and the occupants arrive together, or neither does.
        const bool untouched = after.appliancesOfFirst == none.appliancesOfFirst &&
                               after.occupantsOfFirst == none.occupantsOfFirst;
        const bool merged = after.appliancesOfFirst == all.appliancesOfFirst &&
                            after.occupantsOfFirst == all.occupantsOfFirst;
        return untouched || merged;
    }

    bool fail(const QString &message)
    {
        std::fprintf(stderr, "killtest: FAIL: %s\n", qPrintable(message));
        return false;
    }

    QString mWorker;
    QString mFolder;
    QRandomGenerator mRandom;
    QString mTemplate;
    QString mHouseholdFile;
    QString mCsv;
    int mKilled = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kill test at scale (#19)"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per step."), QStringLiteral("N"),
                      QStringLiteral("100")});
    parser.addOption(
        {QStringLiteral("seed"), QStringLiteral("Seed of the kill moments."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("steps"), QStringLiteral("Steps to kill."),
                      QStringLiteral("LIST"), QStringLiteral("import,paste,merge,undo")});
    parser.process(app);
    const quint32 seed = parser.isSet(QStringLiteral("seed"))
                             ? parser.value(QStringLiteral("seed")).toUInt()
                             : quint32(QDateTime::currentMSecsSinceEpoch());
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    std::printf("killtest: seed %u (replay with --seed %u), %d runs per step\n", seed, seed, runs);
    QTemporaryDir folder;
    KillTest test(QStringLiteral(WATTELIER_STEP_WORKER), folder.path(), seed);
    if (!test.prepare())
        return 1;
    for (const QString &name : parser.value(QStringLiteral("steps")).split(QLatin1Char(',')))
        if (!test.run(test.step(name), runs))
            return 1;
    std::printf("killtest: passed (%d kills in all)\n", test.killed());
    return 0;
}
