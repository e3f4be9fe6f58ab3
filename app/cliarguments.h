// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

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

} // namespace wattelier::app
