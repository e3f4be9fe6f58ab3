// SPDX-License-Identifier: GPL-3.0-or-later
// A separate process for tst_importkill: imports DATAFILE into WORKSHOP and
// prints "imported N" when done. The test kills it at random moments.
// Usage: importworker WORKSHOP DATAFILE

#include "timeseries/seriesimport.h"
#include "workshop.h"

#include <cstdio>

#include <QCoreApplication>

using namespace wattelier;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    WorkshopError error;
    auto workshop = Workshop::open(QString::fromLocal8Bit(argv[1]), &error);
    if (!workshop) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    const ParseResult parsed =
        readSeriesFile(QString::fromLocal8Bit(argv[2]), ReadOptions{}, ParseContext{});
    QString message;
    const auto stored = storeSeries(*workshop, parsed, ImportTarget{}, &message);
    if (stored.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return 1;
    }
    std::printf("imported %d\n", int(stored.size()));
    return 0;
}
