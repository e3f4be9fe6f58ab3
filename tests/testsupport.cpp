// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "demo/demoworkshop.h"
#include "energy/localperiods.h"
#include "inventory/catalogue.h"
#include "timeseries/seriesstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

namespace wattelier::test {

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

std::unique_ptr<Workshop> createWorkshop(const QTemporaryDir &dir, const QString &fileName)
{
    WorkshopError error;
    auto workshop =
        Workshop::create(dir.filePath(fileName), QStringLiteral("Test workshop"), &error);
    if (!workshop)
        qWarning("could not create workshop: %s", qPrintable(error.message));
    return workshop;
}

std::unique_ptr<Workshop> WorkshopFiles::create(const QString &prefix)
{
    return createWorkshop(mDir, QStringLiteral("%1-%2.wattelier").arg(prefix).arg(++mCount));
}

std::unique_ptr<Workshop> WorkshopFiles::demo()
{
    mDemoDirs.push_back(std::make_unique<QTemporaryDir>());
    return openDemoWorkshop(*mDemoDirs.back());
}

std::unique_ptr<Workshop> openDemoWorkshop(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("demo.wattelier"));
    WorkshopError error;
    if (!writeDemoWorkshop(path, Catalogue::builtIn(), &error)) {
        qWarning("could not write the demo workshop: %s", qPrintable(error.message));
        return nullptr;
    }
    return Workshop::open(path, &error);
}

Appliance sampleAppliance(qint64 householdId, const QString &name)
{
    Appliance a;
    a.householdId = householdId;
    a.name = name;
    a.category = Category::Cold;
    a.priority = Priority::Indispensable;
    a.flexibility = Flexibility::None;
    a.powerW = 100.0;
    a.usageMode = UsageMode::Hours;
    a.hoursPerDay = 9.5;
    a.daysPerWeek = 7.0;
    return a;
}

Appliance flexibleWasher(qint64 householdId, double cyclesPerWeek, double kwhPerCycle)
{
    Appliance washer;
    washer.householdId = householdId;
    washer.name = QStringLiteral("Washing machine");
    washer.category = Category::Washing;
    washer.flexibility = Flexibility::WithinDay;
    washer.usageMode = UsageMode::Cycles;
    washer.cyclesPerWeek = cyclesPerWeek;
    washer.kwhPerCycle = kwhPerCycle;
    washer.powerW = 2000;
    return washer;
}

RegularSeries flatYear(int year, float kwh)
{
    const UtcPeriod y = periodContaining(PeriodKind::Year, QDate(year, 1, 1));
    RegularSeries s;
    s.startUtc = y.fromUtc;
    s.intervalS = 900;
    s.kwh.assign(std::size_t((y.toUtc - y.fromUtc) / 900), kwh);
    return s;
}

qint64 storeSeries(Workshop &workshop, const QString &name, SeriesKind kind, qint64 householdId,
                   const RegularSeries &data)
{
    SeriesInfo info;
    info.name = name;
    info.kind = kind;
    info.householdId = householdId;
    info.intervalS = data.intervalS;
    info.startUtc = data.startUtc;
    info.valueCount = qint64(data.kwh.size());
    const qint64 id = workshop.series().insert(info, data);
    QTest::qVerify(id > 0, "storeSeries", "the series was stored", __FILE__, __LINE__);
    return id;
}

WattmeterReading reading(ReadingKind kind, double value, double hours)
{
    WattmeterReading r;
    r.kind = kind;
    r.value = value;
    r.durationHours = hours;
    r.measuredOn = QDate(2026, 11, 20);
    return r;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace wattelier::test
