// SPDX-License-Identifier: GPL-3.0-or-later
#include "wattmeterreadingwarnings.h"

#include "core/units.h"
#include "inventory/catalogue.h"
#include "inventory/estimate.h"

#include <QCoreApplication>
#include <QStringList>

namespace wattelier {
namespace {

// A reading more than this many times above or below the typical value is
// most likely a unit slip (kW typed as W, Wh as kWh) or a wrong plug.
constexpr double farFactor = 5.0;

std::optional<double> typicalValue(const CatalogueEntry &entry, ReadingKind kind)
{
    const Appliance &t = entry.typical;
    switch (kind) {
    case ReadingKind::PowerOn:
        return t.usageMode == UsageMode::Hours && t.powerW > 0 ? std::optional<double>(t.powerW)
                                                               : std::nullopt;
    case ReadingKind::Standby:
        return std::nullopt; // typical standby is too often unknown
    case ReadingKind::EnergyOverDuration: {
        Appliance one = t;
        one.quantity = 1;
        const double kwhPerHour = estimatedKwhPerYear(one) / hoursPerYear;
        return kwhPerHour > 0 ? std::optional<double>(kwhPerHour) : std::nullopt;
    }
    case ReadingKind::EnergyPerCycle:
        return t.usageMode == UsageMode::Cycles && t.kwhPerCycle > 0
                   ? std::optional<double>(t.kwhPerCycle)
                   : std::nullopt;
    }
    return std::nullopt;
}

} // namespace

bool cyclesOnAndOff(const Appliance &appliance)
{
    static const QStringList cyclingKeys = {
        QStringLiteral("tumble_dryer_heat_pump"),
        QStringLiteral("dehumidifier"),
        QStringLiteral("heat_pump_water_heater"),
        QStringLiteral("electric_water_heater_200l"),
        QStringLiteral("electric_water_heater_80l"),
        QStringLiteral("aquarium"),
        QStringLiteral("oil_heater"),
        QStringLiteral("electric_radiator"),
    };
    return appliance.category == Category::Cold || cyclingKeys.contains(appliance.catalogueKey);
}

QList<WattmeterReadingWarning> readingWarnings(const Appliance &appliance,
                                               const WattmeterReading &reading,
                                               const CatalogueEntry *typical, double resolutionW)
{
    QList<WattmeterReadingWarning> warnings;
    if (reading.kind == ReadingKind::Standby && reading.value < qMax(resolutionW, 1.0)) {
        warnings.append(
            {WattmeterReadingWarning::Kind::BelowResolution,
             QCoreApplication::translate(
                 "WattmeterReadingWarnings",
                 "%1 may be below what the wattmeter can measure (its resolution is "
                 "about %2): note it, but trust it less.")
                 .arg(units::watts(reading.value), units::watts(qMax(resolutionW, 1.0))),
             false});
    }
    if (reading.kind == ReadingKind::PowerOn && cyclesOnAndOff(appliance)) {
        warnings.append({WattmeterReadingWarning::Kind::CyclingAppliance,
                         QCoreApplication::translate(
                             "WattmeterReadingWarnings",
                             "This appliance switches itself on and off, so the power at one "
                             "moment says little. Better: leave the wattmeter for 24 hours or a "
                             "week and note the kWh (energy over a duration)."),
                         false});
    }
    if (reading.kind == ReadingKind::EnergyPerCycle && appliance.usageMode == UsageMode::Hours)
        warnings.append({WattmeterReadingWarning::Kind::UnusedForUsage,
                         QCoreApplication::translate(
                             "WattmeterReadingWarnings",
                             "This appliance is counted in hours per day, so an energy per cycle "
                             "is not used. Count it in cycles per week to use this reading."),
                         false});
    if (reading.kind == ReadingKind::PowerOn && appliance.usageMode == UsageMode::Cycles)
        warnings.append({WattmeterReadingWarning::Kind::UnusedForUsage,
                         QCoreApplication::translate(
                             "WattmeterReadingWarnings",
                             "This appliance is counted in cycles per week, so its power is not "
                             "used. Measure the energy of one cycle instead."),
                         false});
    if (typical) {
        const auto expected = typicalValue(*typical, reading.kind);
        const double value =
            reading.kind == ReadingKind::EnergyOverDuration
                ? (reading.durationHours > 0 ? reading.value / reading.durationHours : 0.0)
                : reading.value;
        const QString unit = reading.kind == ReadingKind::EnergyOverDuration
                                 ? QStringLiteral("kWh/h")
                                 : unitOf(reading.kind);
        const auto withUnit = [&unit](double v) -> QString {
            return units::number(v, 3) + QLatin1Char(' ') + unit;
        };
        if (expected && value > 0.0 &&
            (value > *expected * farFactor || value < *expected / farFactor)) {
            warnings.append({WattmeterReadingWarning::Kind::FarFromTypical,
                             QCoreApplication::translate(
                                 "WattmeterReadingWarnings",
                                 "This is far from what a typical “%1” uses (%2 here, about %3 "
                                 "usually). Is the unit right (W or kW, Wh or kWh)?")
                                 .arg(typical->name(currentLanguageCode()), withUnit(value),
                                      withUnit(*expected)),
                             true});
        }
    }
    return warnings;
}

} // namespace wattelier
