// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoenergy.h"

#include "core/workshop.h"
#include "energy/consumptionprofile.h"
#include "energy/energyeditor.h"
#include "energy/scenariostore.h"
#include "inventory/appliancestore.h"
#include "inventory/householdstore.h"
#include "inventory/inventorytotals.h"
#include "sharing/sharingscenariostore.h"
#include "timeseries/seriesstore.h"
#include "wattmeter/wattmeterreadingstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>

#include <cmath>
#include <limits>

namespace wattelier {
namespace {

constexpr int demoYear = 2025; // the last complete year before the demo's meetings
constexpr int quarterHour = 900;

SeriesInfo demoSeries(const QString &name, SeriesKind kind, qint64 householdId,
                      const RegularSeries &data)
{
    SeriesInfo info;
    info.name = name;
    info.kind = kind;
    info.householdId = householdId;
    info.intervalS = data.intervalS;
    info.startUtc = data.startUtc;
    info.valueCount = qint64(data.kwh.size());
    info.format = QCoreApplication::translate("DemoWorkshop", "Simulated for the demo");
    info.importedAt = QDateTime(QDate(2026, 1, 12), QTime(18, 30), Qt::UTC);
    return info;
}

/*! The common house's inverter: the estimate, passing clouds, and a two-day outage in August. */
RegularSeries demoProduction(const PvSystem &system, QRandomGenerator &random)
{
    RegularSeries pv = estimatePvSeries(system, demoYear, quarterHour);
    for (float &v : pv.kwh)
        v = float(v * (0.82 + 0.18 * random.generateDouble()));
    const qint64 outage =
        (QDateTime(QDate(demoYear, 8, 11), QTime(9, 0), Qt::UTC).toSecsSinceEpoch() - pv.startUtc) /
        quarterHour;
    for (qint64 i = outage; i < outage + 2 * 96 && i < qint64(pv.kwh.size()); ++i)
        pv.kwh[std::size_t(i)] = std::numeric_limits<float>::quiet_NaN();
    return pv;
}

/*! A smart meter's year: the inventory's shape with the ups and downs of real life. */
RegularSeries demoConsumption(const Workshop &workshop, qint64 householdId,
                              QRandomGenerator &random)
{
    const InventoryProfile profile = inventoryProfile(
        workshop.appliances().forHousehold(householdId),
        workshop.wattmeterReadings().byAppliance(householdId), demoYear, quarterHour);
    RegularSeries meter = profile.total;
    for (float &v : meter.kwh) {
        const double spike =
            random.generateDouble() < 0.03 ? 1.5 + 3.0 * random.generateDouble() : 1.0;
        v = float(v * (0.55 + 0.9 * random.generateDouble()) * spike);
    }
    return meter;
}

} // namespace

bool addDemoEnergy(Workshop &workshop)
{
    QRandomGenerator random(2025);
    PvInstallation installation;
    installation.kwp = 24.0;
    installation.tiltDeg = 30.0;
    installation.azimuthDeg = 165.0;
    const bool installed = workshop.setInfo(QStringLiteral("pv_kwp"), QStringLiteral("24")) &&
                           workshop.setInfo(QStringLiteral("pv_tilt"), QStringLiteral("30")) &&
                           workshop.setInfo(QStringLiteral("pv_azimuth"), QStringLiteral("165"));
    if (!installed || pvInstallationOf(workshop) != installation)
        return false;

    const RegularSeries production = demoProduction(installation.system(), random);
    if (workshop.series().insert(
            demoSeries(QCoreApplication::translate("DemoWorkshop", "Common house roof (inverter)"),
                       SeriesKind::Production, 0, production),
            production) == 0)
        return false;

    // Two households lent their smart meter's quarter hours; the others are estimated.
    const QList<Household> households = workshop.households().all();
    for (int index : {0, 3}) {
        if (index >= households.size())
            break;
        const RegularSeries meter = demoConsumption(workshop, households.at(index).id, random);
        if (workshop.series().insert(
                demoSeries(QCoreApplication::translate("DemoWorkshop", "Smart meter (%1)")
                               .arg(pseudonym(households.at(index))),
                           SeriesKind::Consumption, households.at(index).id, meter),
                meter) == 0)
            return false;
    }

    Scenario noon;
    noon.name = QCoreApplication::translate("DemoWorkshop", "Washing in the sunny hours");
    Scenario roof;
    roof.name = QCoreApplication::translate("DemoWorkshop", "Warehouse roof too (+12 kWp)");
    roof.targetKwp = 36.0;
    roof.shiftWithinDay = false; // panels only, to compare with moving the appliances
    roof.shiftAcrossDays = false;
    roof.position = 1;
    Scenario offPeak;
    offPeak.name = QCoreApplication::translate("DemoWorkshop", "Off the evening peak");
    offPeak.shiftObjective = ShiftObjective::AwayFromPeak;
    offPeak.position = 2;
    if (workshop.scenarios().insert(noon) <= 0 || workshop.scenarios().insert(roof) <= 0 ||
        workshop.scenarios().insert(offPeak) <= 0)
        return false;

    // Three ways to share the roof (#22), and the tension between them: equal shares
    // leave part of the sun unused, pro rata gives most to those who take most, and a
    // household served first for free (the group's solidarity choice) gains the most.
    SharingScenario equal;
    equal.name = QCoreApplication::translate("DemoWorkshop", "Equal shares");
    equal.method = SharingMethod::Fixed;
    SharingScenario proRata;
    proRata.name = QCoreApplication::translate("DemoWorkshop", "Pro rata");
    proRata.position = 1;
    SharingScenario solidarity;
    solidarity.name = QCoreApplication::translate("DemoWorkshop", "Household C first, for free");
    solidarity.method = SharingMethod::Cascade;
    solidarity.position = 2;
    if (households.size() > 2) {
        solidarity.priority = {{households.at(2).id}};
        solidarity.solidarity = {households.at(2).id};
    }
    return workshop.sharingScenarios().insert(equal) > 0 &&
           workshop.sharingScenarios().insert(proRata) > 0 &&
           (solidarity.priority.isEmpty() || workshop.sharingScenarios().insert(solidarity) > 0);
}

} // namespace wattelier
