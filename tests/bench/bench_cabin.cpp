// SPDX-License-Identifier: GPL-3.0-or-later
// Behind one low-voltage cabin (#23): prints figures, asserts nothing.
// Builds a workshop of 250 households, each with an inventory of catalogue
// appliances and a year of measured quarter hours (8.76 million values), and
// times what a facilitator waits for on it, with the demo workshop beside it:
//  - opening the workshop file;
//  - the group's curves for the year (what the Production and consumption
//    page computes when it is shown; drawing is not counted);
//  - the group's peaks for the year;
//  - the meeting summary (every section, built as a document);
//  - the peak resident memory of the process.
// Usage: bench_cabin [households]   (default 250)

#include "benchtiming.h"
#include "core/workshop.h"
#include "demo/demoworkshop.h"
#include "energy/localperiods.h"
#include "energy/workshopcurves.h"
#include "inventory/appliancestore.h"
#include "inventory/catalogue.h"
#include "inventory/householdstore.h"
#include "peaks/workshoppeaks.h"
#include "report/reportdocument.h"
#include "timeseries/seriesstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextDocument>

#include <cmath>
#include <cstdio>
#include <random>

using namespace wattelier;
using bench::bestOf;

namespace {

constexpr int year = 2025;

long peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

/*!
 * A household's year: a base load, a morning and an evening peak at times of
 * its own, more in winter; in kWh per quarter hour.
 */
RegularSeries householdYear(std::mt19937 &random, const UtcPeriod &period)
{
    std::uniform_real_distribution<double> base(0.02, 0.08), peak(0.2, 0.8), hour(17.0, 21.5);
    const double baseKwh = base(random), eveningKwh = peak(random), eveningHour = hour(random);
    const double morningHour = eveningHour - 11.0;
    RegularSeries s;
    s.startUtc = period.fromUtc;
    s.intervalS = 900;
    const auto count = std::size_t((period.toUtc - period.fromUtc) / 900);
    s.kwh.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
        const double day = double(i) / 96.0;
        const double hourOfDay = std::fmod(double(i) / 4.0 + 1.0, 24.0); // near Brussels time
        const double winter = 1.0 + 0.4 * std::cos(2 * M_PI * day / 365.0);
        const double evening = std::exp(-std::pow((hourOfDay - eveningHour) / 1.2, 2));
        const double morning = 0.5 * std::exp(-std::pow((hourOfDay - morningHour) / 0.8, 2));
        s.kwh[i] = float(winter * (baseKwh + eveningKwh * (evening + morning)));
    }
    return s;
}

bool buildCabin(const QString &path, int households)
{
    WorkshopError error;
    auto workshop = Workshop::create(path, QStringLiteral("Cabin"), &error);
    if (!workshop)
        return false;
    const QList<CatalogueEntry> &entries = Catalogue::builtIn().entries();
    const UtcPeriod period = periodContaining(PeriodKind::Year, QDate(year, 1, 1));
    std::mt19937 random(23);
    std::uniform_int_distribution<int> applianceCount(12, 22);
    std::uniform_int_distribution<int> pick(0, int(entries.size()) - 1);
    return workshop->runWrites([&] {
        for (int h = 0; h < households; ++h) {
            Household household;
            household.name = QStringLiteral("Home %1").arg(h + 1);
            household.occupants = 1 + h % 5;
            const qint64 id = workshop->households().insert(household);
            const int appliances = applianceCount(random);
            for (int a = 0; a < appliances; ++a) {
                Appliance appliance = entries.at(pick(random)).toAppliance(QStringLiteral("en"));
                appliance.householdId = id;
                if (workshop->appliances().insert(appliance) == 0)
                    return false;
            }
            const RegularSeries data = householdYear(random, period);
            SeriesInfo info;
            info.name = QStringLiteral("Home %1 meter").arg(h + 1);
            info.kind = SeriesKind::Consumption;
            info.householdId = id;
            info.intervalS = data.intervalS;
            info.startUtc = data.startUtc;
            info.valueCount = qint64(data.kwh.size());
            if (id == 0 || workshop->series().insert(info, data) == 0)
                return false;
        }
        return true;
    });
}

struct Figures
{
    double openMs = 0;
    double curvesMs = 0;
    double peaksMs = 0;
    double summaryMs = 0;
    int households = 0;
    double peakKw = 0;
};

Figures measure(const QString &path)
{
    Figures f;
    WorkshopError error;
    f.openMs = bestOf(3, [&] { Workshop::open(path, &error); });
    const auto workshop = Workshop::open(path, &error);
    f.households = int(workshop->households().all().size());
    CurveOptions curves;
    curves.year = year;
    f.curvesMs = bestOf(3, [&] { workshopCurves(*workshop, curves); });
    const UtcPeriod period = periodContaining(PeriodKind::Year, QDate(year, 1, 1));
    f.peaksMs = bestOf(3, [&] {
        const auto peaks = workshopPeaks(*workshop, {period.fromUtc, period.toUtc, {}});
        f.peakKw = peaks ? peaks->figures.peakKw : 0;
    });
    f.summaryMs = bestOf(2, [&] { buildReport(*workshop, ReportRequest{}); });
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    const int households = argc > 1 ? QByteArray(argv[1]).toInt() : 250;
    QTemporaryDir dir;

    const QString demoPath = dir.filePath(QStringLiteral("demo.wattelier"));
    WorkshopError error;
    if (!writeDemoWorkshop(demoPath, Catalogue::builtIn(), &error))
        return 1;
    const Figures demo = measure(demoPath);
    const long demoResidentKb = peakResidentKb();

    const QString cabinPath = dir.filePath(QStringLiteral("cabin.wattelier"));
    QElapsedTimer building;
    building.start();
    if (!buildCabin(cabinPath, households)) {
        std::fprintf(stderr, "could not build the cabin workshop\n");
        return 1;
    }
    std::printf("Built a cabin workshop of %d households with a measured year each in %.1f s "
                "(%.1f MB)\n\n",
                households, building.elapsed() / 1000.0, QFile(cabinPath).size() / 1e6);
    const Figures cabin = measure(cabinPath);

    std::printf("%-44s %12s %12s %10s\n", "best of runs, ms", "cabin", "demo", "target");
    std::printf("%-44s %12.1f %12.1f %10s\n", "open the workshop file", cabin.openMs, demo.openMs,
                "(1000*)");
    std::printf("%-44s %12.1f %12.1f %10s\n", "group curves for the year", cabin.curvesMs,
                demo.curvesMs, "300");
    std::printf("%-44s %12.1f %12.1f %10s\n", "group peaks for the year", cabin.peaksMs,
                demo.peaksMs, "200");
    std::printf("%-44s %12.1f %12.1f %10s\n", "meeting summary (built, every section)",
                cabin.summaryMs, demo.summaryMs, "1500");
    std::printf("%-44s %12.1f %12.1f %10s\n", "peak resident memory, MB", peakResidentKb() / 1024.0,
                demoResidentKb / 1024.0, "(250*)");
    std::printf("\n(households: cabin %d, demo %d; peak of the group: cabin %.1f kW, demo "
                "%.1f kW)\n",
                cabin.households, demo.households, cabin.peakKw, demo.peakKw);
    std::printf("* the targets of #23 are for the painted window and the application's memory;\n"
                "  this program opens the file and computes without drawing.\n");
    return 0;
}
