// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workshop.h"
#include "inventory/appliance.h"
#include "timeseries/series.h"
#include "wattmeter/wattmeterreading.h"

#include <memory>
#include <vector>

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace wattelier::test {

/*! SHA-256 of a file's bytes, to prove a refused file was not modified. */
QByteArray fileDigest(const QString &path);

/*! A new workshop in \a dir (a QTemporaryDir), failing the test if it cannot be created. */
std::unique_ptr<Workshop>
createWorkshop(const QTemporaryDir &dir,
               const QString &fileName = QStringLiteral("test.wattelier"));

/*! The demo workshop written into \a dir and opened; null (with a warning) on failure. */
std::unique_ptr<Workshop> openDemoWorkshop(const QTemporaryDir &dir);

/*! A plausible appliance of \a householdId: a fridge-freezer, 100 W, 9.5 h/day. */
Appliance sampleAppliance(qint64 householdId, const QString &name = QStringLiteral("Fridge"));

/*! A washing machine that can wait for the sun: 2 kW, flexible within the day. */
Appliance flexibleWasher(qint64 householdId, double cyclesPerWeek, double kwhPerCycle);

/*! The same \a kwh every quarter hour of the Brussels calendar year \a year. */
RegularSeries flatYear(int year, float kwh);

/*! Stores \a data as a series of \a kind owned by \a householdId (0: the group); its id. */
qint64 storeSeries(Workshop &workshop, const QString &name, SeriesKind kind, qint64 householdId,
                   const RegularSeries &data);

/*! A wattmeter reading of \a kind (W or kWh; \a hours for energy over a duration). */
WattmeterReading reading(ReadingKind kind, double value, double hours = 0.0);

/*! Writes \a bytes to \a path, replacing it. */
void writeFile(const QString &path, const QByteArray &bytes);

/*!
 * The workshops a test class makes, each a new file in one temporary folder
 * that lives as long as the test object: the set-up the model and widget
 * tests share (a test's init() takes a fresh one, so tests never see each
 * other's edits).
 */
class WorkshopFiles
{
public:
    /*! A new, empty workshop "<prefix>-<n>.wattelier"; null (with a warning) on failure. */
    std::unique_ptr<Workshop> create(const QString &prefix = QStringLiteral("test"));
    /*! A fresh copy of the demo workshop (tests change it). */
    std::unique_ptr<Workshop> demo();
    /*! The folder the files are in. */
    const QTemporaryDir &dir() const { return mDir; }

private:
    QTemporaryDir mDir;
    int mCount = 0;
    std::vector<std::unique_ptr<QTemporaryDir>> mDemoDirs;
};

} // namespace wattelier::test
