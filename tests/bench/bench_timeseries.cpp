// SPDX-License-Identifier: GPL-3.0-or-later
// Time-series import and storage (#5): prints figures, asserts nothing.
//  - a year of one-minute data (525,600 rows): bare parse loop, full import
//    (read + parse + store), and `sqlite3 .import` of the same file into a
//    plain table when the sqlite3 program is installed;
//  - the 250 homes behind one LV cabin, a year of quarter hours each
//    (250 x 35,040 = 8.76 million values), from one wide CSV;
//  - bytes on disk per stored value, time to read one series-year back, and
//    the peak resident memory of the process.
// Usage: bench_timeseries [work folder]   (default: a temporary folder)

#include "benchtiming.h"
#include "core/workshop.h"
#include "timeseries/civiltime.h"
#include "timeseries/seriesimport.h"
#include "timeseries/seriesstore.h"
#include "timeseries/textfields.h"

#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace wattelier;

namespace {

constexpr qint64 yearStart = 1735689600; // 2025-01-01T00:00:00Z

void writeMinuteYear(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    QByteArray out = "time,power_w\n";
    char line[64];
    for (qint64 i = 0; i < 525600; ++i) {
        const qint64 t = yearStart + i * 60;
        const QDateTime dt = QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
        const int n = std::snprintf(line, sizeof line, "%sZ,%d\n",
                                    qPrintable(dt.toString(Qt::ISODate).chopped(1)),
                                    int(200 + (i * 7919) % 1800));
        out.append(line, n);
    }
    file.write(out);
}

void writeCabinYear(const QString &path, int homes)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    QByteArray header = "time";
    for (int h = 1; h <= homes; ++h)
        header += ",home_" + QByteArray::number(h) + "_kwh";
    file.write(header + '\n');
    QByteArray row;
    char cell[16];
    for (qint64 i = 0; i < 35040; ++i) {
        row = QDateTime::fromSecsSinceEpoch(yearStart + i * 900, Qt::UTC)
                  .toString(Qt::ISODate)
                  .toLatin1();
        for (int h = 0; h < homes; ++h) {
            const int n = std::snprintf(cell, sizeof cell, ",%.3f",
                                        0.02 + double((i * 31 + h * 17) % 400) / 1000.0);
            row.append(cell, n);
        }
        row += '\n';
        file.write(row);
    }
}

double parseOnly(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    const QByteArray bytes = file.readAll();
    TextLines lines(bytes);
    std::string_view line;
    std::vector<std::string_view> fields;
    const CivilFormat iso("ISO");
    double sum = 0;
    qint64 last = 0;
    lines.next(line);
    while (lines.next(line)) {
        splitFields(line, ',', fields);
        if (const auto c = iso.parse(fields[0]))
            last = c->civilSeconds;
        sum += parseCellNumber(fields[1]).value;
    }
    const double ms = timer.nsecsElapsed() / 1e6;
    std::printf("    (checksum %.0f %lld)\n", sum, (long long)last);
    return ms;
}

double sqliteImport(const QString &csv, const QString &dir)
{
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty())
        return -1;
    const QString db = dir + QStringLiteral("/plain.sqlite");
    QFile::remove(db);
    QProcess p;
    QElapsedTimer timer;
    timer.start();
    p.start(sqlite,
            {db, QStringLiteral(".mode csv"), QStringLiteral(".import %1 readings").arg(csv)});
    p.waitForFinished(-1);
    return timer.nsecsElapsed() / 1e6;
}

struct ImportFigures
{
    double ms = 0;
    qint64 values = 0;
    qint64 fileBytes = 0;
    qint64 firstId = 0;
};

ImportFigures importInto(const QString &workshopPath, const QString &csv)
{
    WorkshopError error;
    QFile::remove(workshopPath);
    auto workshop = Workshop::create(workshopPath, QStringLiteral("Bench"), &error);
    QElapsedTimer timer;
    timer.start();
    const ParseResult parsed = readSeriesFile(csv, ReadOptions{}, ParseContext{});
    const auto stored = storeSeries(*workshop, parsed, ImportTarget{});
    ImportFigures f;
    f.ms = timer.nsecsElapsed() / 1e6;
    if (!parsed.ok() || !stored) {
        std::printf("import failed: %s %s\n",
                    qPrintable(parsed.problem ? parsed.problem->toString() : QString()),
                    qPrintable(stored.error()));
        return f;
    }
    for (const SeriesInfo &s : *stored)
        f.values += s.valueCount;
    f.firstId = stored->first().id;
    workshop.reset();
    f.fileBytes = QFileInfo(workshopPath).size();
    return f;
}

double readBack(const QString &workshopPath, qint64 id, int runs)
{
    WorkshopError error;
    auto workshop = Workshop::open(workshopPath, &error);
    double best = 1e9;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        const RegularSeries s = workshop->series().load(id);
        best = std::min(best, timer.nsecsElapsed() / 1e6);
        if (s.kwh.empty())
            std::printf("read-back failed\n");
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir temporary;
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : temporary.path();

    const QString minuteCsv = dir + QStringLiteral("/minute-year.csv");
    writeMinuteYear(minuteCsv);
    std::printf("One year of one-minute data: 525,600 rows, %.1f MB\n",
                QFileInfo(minuteCsv).size() / 1e6);
    const double parse = parseOnly(minuteCsv);
    std::printf("  bare parse loop (read, split, instant, number): %8.1f ms\n", parse);
    const double sqlite = sqliteImport(minuteCsv, dir);
    if (sqlite >= 0)
        std::printf("  sqlite3 .import into a plain table:             %8.1f ms\n", sqlite);
    else
        std::printf("  sqlite3 .import: sqlite3 not installed (apt-get install sqlite3)\n");
    const ImportFigures minute = importInto(dir + QStringLiteral("/minute.wattelier"), minuteCsv);
    std::printf("  Wattelier import (read, parse, store):          %8.1f ms", minute.ms);
    if (sqlite > 0)
        std::printf("  (%.2f x sqlite3 .import)", minute.ms / sqlite);
    std::printf("\n  workshop file: %lld bytes for %lld values = %.2f bytes per value\n",
                (long long)minute.fileBytes, (long long)minute.values,
                double(minute.fileBytes) / double(minute.values));
    std::printf("  read one series-year back: %.2f ms (best of 5)\n",
                readBack(dir + QStringLiteral("/minute.wattelier"), minute.firstId, 5));

    const int homes = 250;
    const QString cabinCsv = dir + QStringLiteral("/cabin-year.csv");
    writeCabinYear(cabinCsv, homes);
    std::printf("\nLV cabin: %d homes x 35,040 quarter hours = %lld values, %.1f MB CSV\n", homes,
                (long long)homes * 35040, QFileInfo(cabinCsv).size() / 1e6);
    const ImportFigures cabin = importInto(dir + QStringLiteral("/cabin.wattelier"), cabinCsv);
    std::printf("  Wattelier import (read, parse, store):          %8.1f ms\n", cabin.ms);
    std::printf("  workshop file: %lld bytes for %lld values = %.2f bytes per value\n",
                (long long)cabin.fileBytes, (long long)cabin.values,
                double(cabin.fileBytes) / double(cabin.values));
    std::printf("  read one home's year back: %.2f ms (best of 5)\n",
                readBack(dir + QStringLiteral("/cabin.wattelier"), cabin.firstId, 5));
    std::printf("\nPeak resident memory: %.1f MB\n", bench::peakResidentKb() / 1024.0);
    return 0;
}
