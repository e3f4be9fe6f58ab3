// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "energy/energybalance.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace wattelier {
class Workshop;
}

namespace wattelier::app {

/*! A subcommand's arguments: positional ones, `--option value` pairs and flags. */
struct ParsedArguments
{
    QStringList positional;
    QHash<QString, QString> options;
    QStringList flags;
    QString error; //!< set on an unknown option or a missing value
};

/*!
 * Splits \a arguments. Options in \a valueOptions take a value
 * (`--from 2025-06-01` or `--from=2025-06-01`); those in \a flags take none.
 */
ParsedArguments parseArguments(const QStringList &arguments, const QStringList &valueOptions,
                               const QStringList &flags);

/*! The number given to \a option, if any; sets \a error when it is not a finite number. */
std::optional<double> numberOption(const ParsedArguments &args, const QString &option,
                                   QString *error);

/*! `--from` and `--to`, when given; \a error set when one is malformed. */
struct PeriodArguments
{
    std::optional<qint64> fromUtc;
    std::optional<qint64> toUtc; //!< exclusive: a date given to --to is included
    QString error;
};

/*!
 * Reads `--from` and `--to`: a date (Brussels midnight; for --to the midnight
 * after it, so the day is included) or an ISO 8601 instant with its offset.
 */
PeriodArguments periodArguments(const ParsedArguments &args);

/*! The options that set prices: `--offtake-price EUR` and `--injection-price EUR`. */
QStringList tariffOptions();

/*!
 * The prices a subcommand uses (#19): the workshop's own (or the defaults),
 * with `--offtake-price` and `--injection-price` taking precedence. Never the
 * desktop's settings: the same command gives the same figures on every laptop.
 */
Tariff tariffFromOptions(const ParsedArguments &args, const Workshop &workshop, QString *error);

} // namespace wattelier::app
