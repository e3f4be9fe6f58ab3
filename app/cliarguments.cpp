// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliarguments.h"

#include "energy/localperiods.h"
#include "energy/workshoptariff.h"

#include <QDateTime>

#include <cmath>

namespace wattelier::app {

ParsedArguments parseArguments(const QStringList &arguments, const QStringList &valueOptions,
                               const QStringList &flags)
{
    ParsedArguments parsed;
    for (int i = 0; i < arguments.size(); ++i) {
        QString argument = arguments.at(i);
        const qsizetype equals = argument.indexOf(QLatin1Char('='));
        if (argument.startsWith(QLatin1String("--")) && equals > 0) {
            const QString value = argument.mid(equals + 1);
            argument = argument.left(equals);
            if (!valueOptions.contains(argument)) {
                parsed.error = QStringLiteral("unknown option “%1”.").arg(argument);
                return parsed;
            }
            parsed.options.insert(argument, value);
        } else if (valueOptions.contains(argument)) {
            if (i + 1 >= arguments.size()) {
                parsed.error = QStringLiteral("%1 needs a value.").arg(argument);
                return parsed;
            }
            parsed.options.insert(argument, arguments.at(++i));
        } else if (flags.contains(argument)) {
            parsed.flags.append(argument);
        } else if (argument.startsWith(QLatin1String("--"))) {
            parsed.error = QStringLiteral("unknown option “%1”.").arg(argument);
            return parsed;
        } else {
            parsed.positional.append(argument);
        }
    }
    return parsed;
}

std::optional<double> numberOption(const ParsedArguments &args, const QString &option,
                                   QString *error)
{
    if (!args.options.contains(option))
        return std::nullopt;
    bool ok = false;
    const double value = args.options.value(option).toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        *error =
            QStringLiteral("%1 takes a number, not “%2”.").arg(option, args.options.value(option));
        return std::nullopt;
    }
    return value;
}

namespace {

std::optional<qint64> instantOf(const QString &text, bool endOfDay)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10)
        return brusselsMidnightUtc(endOfDay ? date.addDays(1) : date);
    const QDateTime instant = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (instant.isValid() && instant.timeSpec() != Qt::LocalTime)
        return instant.toSecsSinceEpoch();
    return std::nullopt;
}

} // namespace

PeriodArguments periodArguments(const ParsedArguments &args)
{
    PeriodArguments period;
    if (args.options.contains(QStringLiteral("--from"))) {
        period.fromUtc = instantOf(args.options.value(QStringLiteral("--from")), false);
        if (!period.fromUtc)
            period.error = QStringLiteral("--from takes a date (2025-06-01) or an instant with "
                                          "its offset (2025-06-01T12:00+02:00).");
    }
    if (args.options.contains(QStringLiteral("--to"))) {
        period.toUtc = instantOf(args.options.value(QStringLiteral("--to")), true);
        if (!period.toUtc)
            period.error = QStringLiteral("--to takes a date (2025-06-30, included) or an "
                                          "instant with its offset.");
    }
    return period;
}

QStringList tariffOptions()
{
    return {QStringLiteral("--offtake-price"), QStringLiteral("--injection-price")};
}

Tariff tariffFromOptions(const ParsedArguments &args, const Workshop &workshop, QString *error)
{
    Tariff tariff = workshopTariff(workshop);
    if (const auto price = numberOption(args, QStringLiteral("--offtake-price"), error))
        tariff.offtakeEurPerKwh = *price;
    if (const auto price = numberOption(args, QStringLiteral("--injection-price"), error))
        tariff.injectionEurPerKwh = *price;
    if (error->isEmpty())
        *error = validateTariff(tariff);
    return tariff;
}

} // namespace wattelier::app
