// SPDX-License-Identifier: GPL-3.0-or-later
#include "energy/workshoptariff.h"

#include "core/setinfocommand.h"
#include "core/workshop.h"

#include <QCoreApplication>
#include <QLocale>

namespace wattelier {
namespace {

const QString offtakeKey = QStringLiteral("offtake_price_eur_per_kwh");
const QString injectionKey = QStringLiteral("injection_price_eur_per_kwh");

double storedPrice(const Workshop &workshop, const QString &key, double fallback)
{
    bool ok = false;
    const double value = workshop.info(key).toDouble(&ok); // stored in the C locale
    return ok ? value : fallback;
}

bool plausiblePrice(double eurPerKwh)
{
    return eurPerKwh >= 0.0 && eurPerKwh <= 5.0;
}

} // namespace

Tariff workshopTariff(const Workshop &workshop)
{
    const Tariff defaults;
    return {storedPrice(workshop, offtakeKey, defaults.offtakeEurPerKwh),
            storedPrice(workshop, injectionKey, defaults.injectionEurPerKwh)};
}

QString validateTariff(const Tariff &tariff)
{
    if (!plausiblePrice(tariff.offtakeEurPerKwh))
        return QCoreApplication::translate("WorkshopTariff",
                                           "The electricity price must be a number of euros per "
                                           "kWh between 0 and 5, e.g. %1.")
            .arg(QLocale().toString(Tariff{}.offtakeEurPerKwh));
    if (!plausiblePrice(tariff.injectionEurPerKwh))
        return QCoreApplication::translate("WorkshopTariff",
                                           "The injection price must be a number of euros per "
                                           "kWh between 0 and 5, e.g. %1.")
            .arg(QLocale().toString(Tariff{}.injectionEurPerKwh));
    return {};
}

QString setWorkshopTariff(Workshop &workshop, const Tariff &tariff)
{
    const QString problem = validateTariff(tariff);
    if (!problem.isEmpty())
        return problem;
    const Tariff before = workshopTariff(workshop);
    if (before.offtakeEurPerKwh == tariff.offtakeEurPerKwh &&
        before.injectionEurPerKwh == tariff.injectionEurPerKwh &&
        !workshop.info(offtakeKey).isEmpty())
        return {};
    const bool written = workshop.push(new SetInfoCommand(
        workshop,
        {{offtakeKey, QString::number(tariff.offtakeEurPerKwh, 'g', 10)},
         {injectionKey, QString::number(tariff.injectionEurPerKwh, 'g', 10)}},
        QCoreApplication::translate("WorkshopTariff", "Change the electricity prices")));
    return written ? QString() : workshop.lastWriteError();
}

} // namespace wattelier
