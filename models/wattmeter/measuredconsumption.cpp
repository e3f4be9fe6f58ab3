// SPDX-License-Identifier: GPL-3.0-or-later
#include "measuredconsumption.h"

#include "inventory/estimate.h"

#include <QCoreApplication>

#include <algorithm>

namespace wattelier {

QString key(ConsumptionSource source)
{
    switch (source) {
    case ConsumptionSource::Estimated:
        return QStringLiteral("estimated");
    case ConsumptionSource::Measured:
        return QStringLiteral("measured");
    case ConsumptionSource::Mixed:
        return QStringLiteral("mixed");
    }
    return {};
}

QString label(ConsumptionSource source)
{
    switch (source) {
    case ConsumptionSource::Estimated:
        return QCoreApplication::translate("ConsumptionSource", "Estimated");
    case ConsumptionSource::Measured:
        return QCoreApplication::translate("ConsumptionSource", "Measured");
    case ConsumptionSource::Mixed:
        return QCoreApplication::translate("ConsumptionSource", "Mixed");
    }
    return {};
}

std::optional<double> meanOf(const QList<WattmeterReading> &readings, ReadingKind kind)
{
    double sum = 0.0;
    int count = 0;
    for (const WattmeterReading &reading : readings) {
        if (reading.kind != kind)
            continue;
        if (kind == ReadingKind::EnergyOverDuration) {
            if (reading.durationHours <= 0.0)
                continue;
            sum += reading.value / reading.durationHours; // kWh per hour
        } else {
            sum += reading.value;
        }
        ++count;
    }
    return count > 0 ? std::optional<double>(sum / count) : std::nullopt;
}

ApplianceConsumption applianceConsumption(const Appliance &appliance,
                                          const QList<WattmeterReading> &readings)
{
    ApplianceConsumption result;
    result.estimatedKwhPerYear = estimatedKwhPerYear(appliance);
    result.kwhPerYear = result.estimatedKwhPerYear;
    const auto countOf = [&](ReadingKind kind) {
        return int(std::count_if(readings.begin(), readings.end(),
                                 [kind](const WattmeterReading &r) { return r.kind == kind; }));
    };

    if (const auto kwhPerHour = meanOf(readings, ReadingKind::EnergyOverDuration)) {
        result.measuredKwhPerYear = appliance.quantity * *kwhPerHour * hoursPerYear;
        result.source = ConsumptionSource::Measured;
        result.readingsUsed = countOf(ReadingKind::EnergyOverDuration);
        result.kwhPerYear = *result.measuredKwhPerYear;
        return result;
    }

    Appliance measured = appliance;
    int termsMeasured = 0;
    int termsNominal = 0;
    const ReadingKind mainKind = appliance.usageMode == UsageMode::Hours
                                     ? ReadingKind::PowerOn
                                     : ReadingKind::EnergyPerCycle;
    if (const auto main = meanOf(readings, mainKind)) {
        if (appliance.usageMode == UsageMode::Hours)
            measured.powerW = *main;
        else
            measured.kwhPerCycle = *main;
        ++termsMeasured;
        result.readingsUsed += countOf(mainKind);
    } else {
        ++termsNominal;
    }
    if (const auto standby = meanOf(readings, ReadingKind::Standby)) {
        measured.standbyW = *standby;
        ++termsMeasured;
        result.readingsUsed += countOf(ReadingKind::Standby);
    } else if (appliance.standbyW) {
        ++termsNominal;
    }
    if (termsMeasured == 0)
        return result;
    result.measuredKwhPerYear = estimatedKwhPerYear(measured);
    result.kwhPerYear = *result.measuredKwhPerYear;
    result.source = termsNominal == 0 ? ConsumptionSource::Measured : ConsumptionSource::Mixed;
    return result;
}

double standbyKwhPerYear(const Appliance &appliance, const QList<WattmeterReading> &readings)
{
    const std::optional<double> measured = meanOf(readings, ReadingKind::Standby);
    const double standbyW = measured.value_or(appliance.standbyW.value_or(0.0));
    return appliance.quantity * standbyW * (hoursPerYear - runningHoursPerYear(appliance)) / 1000.0;
}

} // namespace wattelier
