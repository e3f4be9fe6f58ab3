// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharingoptions.h"

#include "cliarguments.h"

#include <cmath>

namespace wattelier::app {

int memberIndex(const SharingInputs &inputs, const QString &given)
{
    for (std::size_t i = 0; i < inputs.members.size(); ++i)
        if (inputs.members[i].name.compare(given, Qt::CaseInsensitive) == 0 ||
            inputs.members[i].pseudonym.compare(given, Qt::CaseInsensitive) == 0)
            return int(i);
    return -1;
}

QStringList listOption(const ParsedArguments &args, const QString &option)
{
    QStringList items;
    for (const QString &item : args.options.value(option).split(QLatin1Char(',')))
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed());
    return items;
}

std::optional<NamedKey> keyFromOptions(const ParsedArguments &args, const SharingInputs &inputs,
                                       QString *error)
{
    const QString method = args.options.value(QStringLiteral("--method"));
    const std::size_t n = inputs.members.size();
    NamedKey named;
    named.method = method;
    named.name = method;
    // Fixed shares: the listed members' percentages (in hundredths), the others none; equal
    // shares when none is listed.
    std::vector<qint64> weights(n, 1);
    const QStringList shares = listOption(args, QStringLiteral("--shares"));
    if (!shares.isEmpty()) {
        std::fill(weights.begin(), weights.end(), 0);
        double total = 0;
        for (const QString &share : shares) {
            const qsizetype equals = share.lastIndexOf(QLatin1Char('='));
            bool isNumber = false;
            const double percent = equals > 0 ? share.mid(equals + 1).toDouble(&isNumber) : 0;
            if (!isNumber || percent < 0) {
                *error = QStringLiteral("--shares takes NAME=PERCENT pairs: “%1” is not one.")
                             .arg(share);
                return std::nullopt;
            }
            const int member = memberIndex(inputs, share.left(equals).trimmed());
            if (member < 0) {
                *error = QStringLiteral("--shares: no household is called “%1”.")
                             .arg(share.left(equals));
                return std::nullopt;
            }
            weights[std::size_t(member)] = std::llround(percent * 100.0);
            total += percent;
        }
        if (std::abs(total - 100.0) > 0.005) {
            *error = QStringLiteral("--shares add up to %1 %, not 100 %.").arg(total);
            return std::nullopt;
        }
    }
    int rounds = 1;
    const QString roundsText = args.options.value(QStringLiteral("--rounds"), QStringLiteral("1"));
    if (roundsText == QLatin1String("unlimited")) {
        rounds = 0;
    } else {
        bool isNumber = false;
        rounds = roundsText.toInt(&isNumber);
        if (!isNumber || rounds < 1) {
            *error = QStringLiteral("--rounds takes a number from 1, or “unlimited”.");
            return std::nullopt;
        }
    }
    if (method == QLatin1String("fixed")) {
        named.key.method = SharingMethod::Fixed;
        named.key.weights = weights;
        named.key.rounds = rounds;
    } else if (method == QLatin1String("prorata")) {
        named.key.method = SharingMethod::ProRata;
    } else if (method == QLatin1String("hybrid")) {
        named.key.method = SharingMethod::Hybrid;
        named.key.weights = weights;
    } else if (method == QLatin1String("cascade")) {
        // The named members first, one level each in the order given (A+B: one level
        // split pro rata), then the rest pro rata.
        named.key.method = SharingMethod::Cascade;
        std::vector<bool> placed(n, false);
        for (const QString &item : listOption(args, QStringLiteral("--priority"))) {
            // A name with a "+" in it is a name first; else "+" joins a level.
            QStringList names{item};
            if (memberIndex(inputs, item) < 0)
                names = item.split(QLatin1Char('+'), Qt::SkipEmptyParts);
            SharingLevel level;
            for (const QString &name : names) {
                const int member = memberIndex(inputs, name.trimmed());
                if (member < 0) {
                    *error = QStringLiteral("--priority: no household is called “%1”.")
                                 .arg(name.trimmed());
                    return std::nullopt;
                }
                if (placed[std::size_t(member)]) {
                    *error = QStringLiteral("--priority: “%1” is named twice.").arg(name.trimmed());
                    return std::nullopt;
                }
                level.members.push_back(member);
                placed[std::size_t(member)] = true;
            }
            named.key.levels.push_back(level); // pro rata within the level
        }
        if (named.key.levels.empty()) {
            *error = QStringLiteral("--method cascade needs --priority NAME,…: who comes first.");
            return std::nullopt;
        }
        SharingLevel rest;
        for (std::size_t i = 0; i < n; ++i)
            if (!placed[i])
                rest.members.push_back(int(i));
        named.key.levels.push_back(rest);
    } else {
        *error = QStringLiteral("--method takes fixed, prorata, hybrid or cascade.");
        return std::nullopt;
    }
    if (!shares.isEmpty() && method != QLatin1String("fixed") &&
        method != QLatin1String("hybrid")) {
        *error = QStringLiteral("--shares goes with --method fixed or hybrid.");
        return std::nullopt;
    }
    return named;
}

std::optional<double> memberPrice(const QString &pair)
{
    const qsizetype equals = pair.lastIndexOf(QLatin1Char('='));
    bool isNumber = false;
    const double eur = equals > 0 ? pair.mid(equals + 1).toDouble(&isNumber) : 0;
    if (!isNumber || !(eur >= 0) || eur > 10)
        return std::nullopt;
    return eur;
}

QString optionProblem(const ParsedArguments &args)
{
    for (const QString &pair : listOption(args, QStringLiteral("--member-price")))
        if (!memberPrice(pair))
            return QStringLiteral("--member-price takes NAME=EUR pairs (0 to 10 € per kWh): "
                                  "“%1” is not one.")
                .arg(pair);
    const QString method = args.options.value(QStringLiteral("--method"));
    if (!args.options.contains(QStringLiteral("--method"))) {
        for (const char *option : {"--shares", "--rounds", "--priority"})
            if (args.options.contains(QLatin1String(option)))
                return QStringLiteral("%1 goes with --method.").arg(QLatin1String(option));
        return {};
    }
    if (!QStringList{QStringLiteral("fixed"), QStringLiteral("prorata"), QStringLiteral("hybrid"),
                     QStringLiteral("cascade")}
             .contains(method))
        return QStringLiteral("--method takes fixed, prorata, hybrid or cascade.");
    const QString rounds = args.options.value(QStringLiteral("--rounds"), QStringLiteral("1"));
    bool isNumber = false;
    if (rounds != QLatin1String("unlimited") && (rounds.toInt(&isNumber) < 1 || !isNumber))
        return QStringLiteral("--rounds takes a number from 1, or “unlimited”.");
    if (args.options.contains(QStringLiteral("--rounds")) && method != QLatin1String("fixed"))
        return QStringLiteral("--rounds goes with --method fixed.");
    if (args.options.contains(QStringLiteral("--shares")) && method != QLatin1String("fixed") &&
        method != QLatin1String("hybrid"))
        return QStringLiteral("--shares goes with --method fixed or hybrid.");
    if (method == QLatin1String("cascade") &&
        listOption(args, QStringLiteral("--priority")).isEmpty())
        return QStringLiteral("--method cascade needs --priority NAME,…: who comes first.");
    if (args.options.contains(QStringLiteral("--priority")) && method != QLatin1String("cascade"))
        return QStringLiteral("--priority goes with --method cascade.");
    return {};
}

QList<NamedKey> comparedKeys(std::size_t members)
{
    SharingKey equal;
    equal.method = SharingMethod::Fixed;
    equal.weights.assign(members, 1);
    SharingKey hybrid = equal;
    hybrid.method = SharingMethod::Hybrid;
    return {{QStringLiteral("Equal shares"), QStringLiteral("fixed"), equal, std::nullopt},
            {QStringLiteral("Pro rata"), QStringLiteral("prorata"), SharingKey{}, std::nullopt},
            {QStringLiteral("Equal shares, then pro rata"), QStringLiteral("hybrid"), hybrid,
             std::nullopt}};
}

} // namespace wattelier::app
