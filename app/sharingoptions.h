// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The key of `wattelier sharing` as its options describe it (#22): what is
// wrong with them before any file is read, and the engine's key once the
// workshop's members are known.

#include "sharing/sharingscenario.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wattelier::app {

struct ParsedArguments;

/*! A key to run: from the command line, or a stored scenario with its money. */
struct NamedKey
{
    QString name;
    QString method;
    SharingKey key;
    std::optional<SharingScenario> stored; //!< its prices and solidarity households
};

/*! The member a name or pseudonym given on the command line means (any case); -1: nobody. */
int memberIndex(const SharingInputs &inputs, const QString &given);

/*! The items of a comma-separated option, trimmed, empty ones left out. */
QStringList listOption(const ParsedArguments &args, const QString &option);

/*! The key the options describe, or why not (*error); \a inputs names the members. */
std::optional<NamedKey> keyFromOptions(const ParsedArguments &args, const SharingInputs &inputs,
                                       QString *error);

/*! The price of a --member-price NAME=EUR pair; none when it is not one (0 to 10 €/kWh). */
std::optional<double> memberPrice(const QString &pair);

/*!
 * What is wrong with the key's options as written, before any file is read
 * (exit 2); the names they give are checked against the workshop later (exit 1).
 */
QString optionProblem(const ParsedArguments &args);

/*! Without --method and without stored keys: the three Brussels methods on the same data. */
QList<NamedKey> comparedKeys(std::size_t members);

} // namespace wattelier::app
