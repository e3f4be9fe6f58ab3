// SPDX-License-Identifier: GPL-3.0-or-later
#include "cabin.h"

#include "core/setinfocommand.h"
#include "core/workshop.h"

#include <QCoreApplication>

namespace wattelier {
namespace {

const QString kvaKey = QStringLiteral("cabin_kva");
const QString powerFactorKey = QStringLiteral("cabin_power_factor");

} // namespace

std::optional<double> Cabin::thresholdKw() const
{
    return kva ? std::optional<double>(*kva * powerFactor) : std::nullopt;
}

Cabin cabinOf(const Workshop &workshop)
{
    Cabin cabin;
    cabin.kva = infoNumber(workshop, kvaKey);
    cabin.powerFactor = infoNumber(workshop, powerFactorKey).value_or(cabin.powerFactor);
    return cabin;
}

QString validateCabin(const Cabin &cabin)
{
    // The largest distribution transformers in Brussels streets are 1,000 kVA.
    if (cabin.kva && (!(*cabin.kva > 0) || *cabin.kva > 10000))
        return QCoreApplication::translate(
            "Cabin", "The cabin's capacity must be between 0 and 10,000 kVA.");
    if (!(cabin.powerFactor >= 0.5) || cabin.powerFactor > 1)
        return QCoreApplication::translate("Cabin", "The power factor must be between 0.5 and 1.");
    return {};
}

QString setCabin(Workshop &workshop, const Cabin &cabin)
{
    const QString problem = validateCabin(cabin);
    if (!problem.isEmpty())
        return problem;
    if (cabinOf(workshop) == cabin)
        return {};
    workshop.push(new SetInfoCommand(
        workshop, {{kvaKey, infoText(cabin.kva)}, {powerFactorKey, infoText(cabin.powerFactor)}},
        QCoreApplication::translate("Cabin", "Change the cabin's capacity")));
    return {};
}

} // namespace wattelier
