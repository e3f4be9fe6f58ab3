// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharingcommand.h"

#include "cliarguments.h"
#include "clioutput.h"
#include "core/workshop.h"
#include "sharing/sharingscenariostore.h"
#include "sharing/workshopsharing.h"
#include "sharingoptions.h"
#include "timeseries/series.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>
#include <QTextStream>

#include <cmath>

namespace wattelier::app {
namespace {

QJsonValue kwh(qint64 wattHours)
{
    return double(wattHours) / 1000.0;
}

QJsonValue rounded(const std::optional<double> &value, double scale)
{
    return value ? QJsonValue(std::round(*value * scale) / scale) : QJsonValue(QJsonValue::Null);
}

QJsonValue euros(double value)
{
    return std::round(value * 100.0) / 100.0;
}

/*! \a text for a spreadsheet cell: one that would start a formula (OWASP's list) starts with an
 * apostrophe. */
QString spreadsheetText(QString text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    return text.replace(QLatin1Char('"'), QLatin1String("\"\""));
}

QJsonObject scenarioJson(const NamedKey &named, const SharingInputs &inputs, const SharingResult &r,
                         const SharingPrices &prices)
{
    QJsonArray members;
    for (std::size_t i = 0; i < inputs.members.size(); ++i) {
        const SharingMember &member = inputs.members[i];
        const MemberSharing &m = r.members[i];
        members.append(QJsonObject{
            {QStringLiteral("name"), member.name},
            {QStringLiteral("pseudonym"), member.pseudonym},
            {QStringLiteral("kind"), key(member.kind)},
            {QStringLiteral("role"), key(roleOf(member))},
            {QStringLiteral("solidarity"), member.solidarity},
            {QStringLiteral("local_eur_per_kwh"), localPriceOf(member, prices)},
            {QStringLiteral("offtake_kwh"), kwh(m.offtakeWh)},
            {QStringLiteral("shared_kwh"), kwh(m.sharedWh)},
            {QStringLiteral("remaining_offtake_kwh"), kwh(m.remainingWh())},
            {QStringLiteral("injection_kwh"), kwh(m.injectionWh)},
            {QStringLiteral("credited_kwh"), kwh(m.creditedWh)},
            {QStringLiteral("gain_eur"), euros(m.gainEur)},
        });
    }
    QJsonArray monthly;
    for (int month = 0; month < 12; ++month)
        monthly.append(
            QJsonObject{{QStringLiteral("month"), month + 1},
                        {QStringLiteral("shared_kwh"), kwh(r.monthlySharedWh[month])},
                        {QStringLiteral("injected_kwh"), kwh(r.monthlyInjectedWh[month])}});
    const SharingFairness &f = r.fairness;
    return {
        {QStringLiteral("name"), named.name},
        {QStringLiteral("method"), named.method},
        {QStringLiteral("rounds"),
         named.key.method == SharingMethod::Fixed
             ? (named.key.rounds == 0 ? QJsonValue(QStringLiteral("unlimited"))
                                      : QJsonValue(named.key.rounds))
             : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("from"), isoUtc(inputs.fromUtc)},
        {QStringLiteral("to"), isoUtc(inputs.fromUtc + inputs.intervals() * inputs.intervalS)},
        {QStringLiteral("collective"),
         QJsonObject{
             {QStringLiteral("production_kwh"), kwh(inputs.productionWh)},
             {QStringLiteral("available_kwh"), kwh(r.availableWh)},
             {QStringLiteral("shared_kwh"), kwh(r.sharedWh)},
             {QStringLiteral("injected_kwh"), kwh(r.injectedWh)},
             {QStringLiteral("offtake_kwh"), kwh(r.offtakeWh)},
             {QStringLiteral("self_consumption_rate"), rounded(r.selfConsumptionRate(), 1e6)},
             {QStringLiteral("self_sufficiency_rate"), rounded(r.selfSufficiencyRate(), 1e6)},
             {QStringLiteral("community_credited_kwh"), kwh(r.communityCreditedWh)},
             {QStringLiteral("common_fund_eur"), euros(r.commonFundEur)},
         }},
        {QStringLiteral("members"), members},
        {QStringLiteral("monthly"), monthly},
        {QStringLiteral("fairness"),
         QJsonObject{
             {QStringLiteral("gini_shared_kwh"), rounded(f.giniSharedKwh, 1e6)},
             {QStringLiteral("gini_gain_eur"), rounded(f.giniGainEur, 1e6)},
             {QStringLiteral("p10_gain_eur"), rounded(f.p10GainEur, 100)},
             {QStringLiteral("median_gain_eur"), rounded(f.medianGainEur, 100)},
             {QStringLiteral("p90_gain_eur"), rounded(f.p90GainEur, 100)},
             {QStringLiteral("members_without_gain"), f.membersWithoutGain},
             {QStringLiteral("solidarity_share"), rounded(f.solidarityShare, 1e6)},
         }},
    };
}

} // namespace

int runSharing(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QStringList valueOptions = {
        QStringLiteral("--scenario"),     QStringLiteral("--method"),
        QStringLiteral("--shares"),       QStringLiteral("--rounds"),
        QStringLiteral("--priority"),     QStringLiteral("--solidarity"),
        QStringLiteral("--from"),         QStringLiteral("--to"),
        QStringLiteral("--allocation"),   QStringLiteral("--local-price"),
        QStringLiteral("--member-price"), QStringLiteral("--network-reduction"),
        QStringLiteral("--fee"),          QStringLiteral("--margin")};
    valueOptions += tariffOptions();
    const ParsedArguments args = parseArguments(arguments, valueOptions, {});
    if (!args.error.isEmpty())
        return usageError(err, args.error);
    if (args.positional.size() != 1)
        return usageError(err, QStringLiteral("sharing takes one workshop file."));
    const PeriodArguments period = periodArguments(args);
    if (!period.error.isEmpty())
        return usageError(err, period.error);
    const QString allocationPath = args.options.value(QStringLiteral("--allocation"));
    const bool commandLineKey = args.options.contains(QStringLiteral("--method"));
    const QString scenarioName = args.options.value(QStringLiteral("--scenario"));
    if (commandLineKey && !scenarioName.isEmpty())
        return usageError(err, QStringLiteral("Give --scenario or --method, not both."));
    if (const QString problem = optionProblem(args); !problem.isEmpty())
        return usageError(err, problem);
    if (!allocationPath.isEmpty() && !commandLineKey && scenarioName.isEmpty())
        return usageError(err, QStringLiteral("--allocation writes one key's split: give --method "
                                              "or --scenario."));
    if (!allocationPath.isEmpty() && QFileInfo::exists(allocationPath))
        return failure(
            err, QStringLiteral("%1 exists already: give a new file name.").arg(allocationPath));

    WorkshopError openError;
    const std::unique_ptr<Workshop> workshop = Workshop::open(args.positional.first(), &openError);
    if (!workshop)
        return failure(err, openError.message);
    QString error;
    SharingPrices prices;
    const Tariff tariff = tariffFromOptions(args, *workshop, &error);
    prices.supplierEurPerKwh = tariff.offtakeEurPerKwh;
    prices.injectionEurPerKwh = tariff.injectionEurPerKwh;
    const auto price = [&](const char *option, double &target) {
        if (const auto value = numberOption(args, QLatin1String(option), &error)) {
            if (*value < 0)
                error =
                    QStringLiteral("%1 takes an amount of 0 € or more.").arg(QLatin1String(option));
            target = *value;
        }
    };
    price("--local-price", prices.localEurPerKwh);
    price("--network-reduction", prices.networkReductionEurPerKwh);
    price("--fee", prices.yearlyFeeEur);
    price("--margin", prices.marginEurPerKwh);
    if (!error.isEmpty())
        return usageError(err, error);

    auto inputs = sharingInputs(*workshop, period.fromUtc, period.toUtc);
    if (!inputs)
        return failure(err, inputs.error());
    for (const QString &name : listOption(args, QStringLiteral("--solidarity"))) {
        const int member = memberIndex(*inputs, name);
        if (member < 0)
            return failure(err,
                           QStringLiteral("--solidarity: no household is called “%1”.").arg(name));
        inputs->members[std::size_t(member)].solidarity = true;
    }
    for (const QString &pair : listOption(args, QStringLiteral("--member-price"))) {
        const qsizetype equals = pair.lastIndexOf(QLatin1Char('='));
        const double eur = *memberPrice(pair); // checked by optionProblem
        const int member = memberIndex(*inputs, pair.left(equals).trimmed());
        if (member < 0)
            return failure(err, QStringLiteral("--member-price: no household is called “%1”.")
                                    .arg(pair.left(equals)));
        inputs->members[std::size_t(member)].localEurPerKwh = eur;
    }
    // The key of the command line; else the stored scenarios (one with --scenario);
    // else the three Brussels methods side by side.
    QList<NamedKey> keys;
    QList<SharingScenario> stored = workshop->sharingScenarios().all();
    if (!scenarioName.isEmpty()) {
        const auto found = workshop->sharingScenarios().find(scenarioName);
        if (!found)
            return failure(err,
                           QStringLiteral("No key scenario is called “%1”.").arg(scenarioName));
        stored = {*found};
    }
    if (commandLineKey) {
        const auto key = keyFromOptions(args, *inputs, &error);
        if (!key)
            return failure(err, error);
        keys.append(*key);
    } else if (!stored.isEmpty()) {
        // A stored key brings its own prices and solidarity members: options that would
        // be silently overridden are refused.
        for (const char *option : {"--member-price", "--solidarity", "--local-price",
                                   "--network-reduction", "--fee", "--margin"})
            if (args.options.contains(QLatin1String(option)))
                return failure(err, QStringLiteral("%1 is for a key given with --method (or the "
                                                   "three compared when the workshop has no key "
                                                   "scenario): a stored key brings its own.")
                                        .arg(QLatin1String(option)));
        for (const SharingScenario &scenario : stored)
            keys.append({scenario.name, key(scenario.method), keyOf(scenario, *inputs), scenario});
    } else {
        keys = comparedKeys(inputs->members.size());
    }

    // The allocation file, written whole or not at all.
    QSaveFile file(allocationPath);
    QTextStream csv(&file);
    AllocationSink sink;
    if (!allocationPath.isEmpty()) {
        if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
            return failure(
                err, QStringLiteral("Cannot write %1: %2").arg(allocationPath, file.errorString()));
        csv << "time_utc,member,pseudonym,offtake_kwh,shared_kwh,remaining_offtake_kwh\n";
        sink = [&](qint64 utc, std::size_t member, qint64 offtake, qint64 shared) {
            const SharingMember &m = inputs->members[member];
            csv << isoUtc(utc) << ",\"" << spreadsheetText(m.name) << "\",\"" << m.pseudonym
                << "\"," << QString::number(offtake / 1000.0, 'f', 3) << ','
                << QString::number(shared / 1000.0, 'f', 3) << ','
                << QString::number((offtake - shared) / 1000.0, 'f', 3) << '\n';
        };
    }
    if (inputs->productionWh == 0)
        err << "wattelier: warning: nothing is produced in this period: there is nothing to "
               "share.\n";

    QJsonArray scenarios;
    std::vector<bool> givenSolidarity;
    std::vector<std::optional<double>> givenPrices;
    for (const SharingMember &member : inputs->members) {
        givenSolidarity.push_back(member.solidarity);
        givenPrices.push_back(member.localEurPerKwh);
    }
    for (const NamedKey &named : keys) {
        // A stored scenario brings its own money and solidarity households.
        SharingPrices used = prices;
        if (named.stored) {
            used = pricesOf(*named.stored, tariff);
            markMembers(*named.stored, *inputs);
        } else {
            for (std::size_t i = 0; i < inputs->members.size(); ++i) {
                inputs->members[i].solidarity = givenSolidarity[i];
                inputs->members[i].localEurPerKwh = givenPrices[i];
            }
        }
        scenarios.append(scenarioJson(named, *inputs,
                                      wattelier::runSharing(*inputs, named.key, used, sink), used));
    }
    if (!allocationPath.isEmpty()) {
        csv.flush();
        if (csv.status() != QTextStream::Ok || !file.commit())
            return failure(
                err, QStringLiteral("Cannot write %1: %2").arg(allocationPath, file.errorString()));
    }
    printJson(out, QJsonObject{{QStringLiteral("scenarios"), scenarios}});
    return exitOk;
}

} // namespace wattelier::app
