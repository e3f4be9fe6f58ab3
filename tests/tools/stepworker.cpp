// SPDX-License-Identifier: GPL-3.0-or-later
// A separate process for the kill tests (#5, #19): makes one user step on a
// workshop, the way the window does, and prints "done" when it is written.
// The kill tests kill it at random moments and check the file each time.
// Usage:
//   stepworker WORKSHOP import DATAFILE     import a data file (one step)
//   stepworker WORKSHOP undo DATAFILE       import it, then undo the import
//   stepworker WORKSHOP paste               paste each participant's next reading
//   stepworker WORKSHOP merge HOUSEHOLDFILE merge a household's file

#include "challenge/challengeeditor.h"
#include "challenge/challengestore.h"
#include "core/workshop.h"
#include "exchange/householdmerge.h"
#include "inventory/householdstore.h"
#include "timeseries/seriescommands.h"
#include "timeseries/seriesimport.h"

#include <QCoreApplication>

#include <cstdio>

using namespace wattelier;

namespace {

bool importFile(Workshop &workshop, const QString &path)
{
    const ParseResult parsed = readSeriesFile(path, ReadOptions{}, ParseContext{});
    return parsed.ok() && workshop.push(new ImportSeriesCommand(workshop, parsed, ImportTarget{}));
}

/*! Every household's next reading, a week after its last, as one paste. */
bool pasteNextReadings(Workshop &workshop)
{
    QList<MeterIndexEntry> entries;
    for (const Household &h : workshop.households().all()) {
        const QList<StoredIndexReading> readings = workshop.challenges().indexReadings(h.id);
        if (readings.isEmpty())
            continue;
        for (const StoredIndexReading &last : readings) {
            if (last.reading.date != readings.constLast().reading.date)
                continue;
            MeterIndexEntry e;
            e.householdId = h.id;
            e.date = last.reading.date.addDays(7);
            e.reg = last.reading.reg;
            e.index = last.reading.index + 40.0;
            entries.append(e);
        }
    }
    return !entries.isEmpty() && ChallengeEditor(workshop).setMeterIndexes(entries).isEmpty();
}

bool merge(Workshop &workshop, const QString &path)
{
    WorkshopError error;
    const auto file = Workshop::open(path, &error);
    if (!file)
        return false;
    const auto plan = exchange::planMerge(workshop, *file);
    return plan && exchange::applyMerge(workshop, *plan).isEmpty();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2)
        return 2;
    WorkshopError error;
    auto workshop = Workshop::open(args.at(0), &error);
    if (!workshop) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    const QString mode = args.at(1);
    const QString argument = args.value(2);
    bool ok = false;
    if (mode == QLatin1String("import"))
        ok = importFile(*workshop, argument);
    else if (mode == QLatin1String("undo"))
        ok = importFile(*workshop, argument) && workshop->undo();
    else if (mode == QLatin1String("paste"))
        ok = pasteNextReadings(*workshop);
    else if (mode == QLatin1String("merge"))
        ok = merge(*workshop, argument);
    else
        return 2;
    if (!ok) {
        std::fprintf(stderr, "%s: the step failed: %s\n", qPrintable(mode),
                     qPrintable(workshop->lastWriteError()));
        return 1;
    }
    std::printf("done\n");
    return 0;
}
