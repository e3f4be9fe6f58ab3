// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sharing/workshopsharing.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace wattelier {

struct Tariff;

/*!
 * Where the members are, as the network tariff counts it: A the same
 * building, B behind the same low-voltage cabin, C the same substation,
 * D beyond. The least local member sets it; its reduction is a rate the
 * facilitator types (SharingScenario::networkReductionEurPerKwh).
 */
enum class SharingPerimeter
{
    SameBuilding,
    SameCabin,
    SameSubstation,
    Beyond,
};

/*!
 * A key scenario stored in the workshop (#22): a distribution key over the
 * workshop's households, and its money. Households are named by id, so a
 * renamed household keeps its share; a removed one is left out.
 */
struct SharingScenario
{
    qint64 id = 0;
    QString name;
    SharingMethod method = SharingMethod::ProRata;
    int rounds = 1;                    //!< fixed: 0 = until nothing changes
    QMap<qint64, double> sharePercent; //!< fixed and hybrid, in proportion; empty: equal
    //! Cascade: priority levels, highest first, each of one or more households; the
    //! others come last. A level's households split what reaches it by levelSplit.
    QList<QList<qint64>> priority;
    SharingMethod levelSplit = SharingMethod::ProRata; //!< ProRata, or Fixed (shares, rounds)
    QList<qint64> solidarity;                          //!< households the surplus goes to for free
    double localEurPerKwh = 0.15;
    QMap<qint64, double>
        localPrices; //!< a member's own local price, €/kWh; the others pay the key's
    double networkReductionEurPerKwh = 0.0;
    double yearlyFeeEur = 0.0;
    double marginEurPerKwh = 0.0;
    SharingPerimeter perimeter = SharingPerimeter::SameCabin;
    int position = 0;

    bool operator==(const SharingScenario &) const = default;
};

QString key(SharingMethod method); //!< "fixed", "prorata", "hybrid", "cascade"
std::optional<SharingMethod> sharingMethodFromKey(const QString &key);
QString label(SharingMethod method);     //!< translated
QString key(SharingPerimeter perimeter); //!< "A" … "D"
std::optional<SharingPerimeter> sharingPerimeterFromKey(const QString &key);
QString label(SharingPerimeter perimeter); //!< translated, with its letter

/*! A translated sentence when \a scenario cannot be saved, else empty. */
QString validateSharingScenario(const SharingScenario &scenario);

/*! The priority level of \a householdId in \a scenario, from 1; 0: none (served last). */
int priorityLevelOf(const SharingScenario &scenario, qint64 householdId);

/*! The engine's key for \a scenario over \a inputs' members (households by id). */
SharingKey keyOf(const SharingScenario &scenario, const SharingInputs &inputs);

/*! The money of \a scenario, with the supplier and injection prices of \a tariff. */
SharingPrices pricesOf(const SharingScenario &scenario, const Tariff &tariff);

/*! \a inputs with the scenario's solidarity households marked and each member's own local price. */
void markMembers(const SharingScenario &scenario, SharingInputs &inputs);

/*!
 * Each of \a scenarios run on \a inputs (its solidarity households marked in
 * turn) with its money and the supplier and injection prices of \a tariff:
 * what the page, the slide and the summary show side by side.
 */
QList<SharingResult> runScenarios(SharingInputs &inputs, const QList<SharingScenario> &scenarios,
                                  const Tariff &tariff);

} // namespace wattelier
