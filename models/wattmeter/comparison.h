// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/inventorytotals.h"
#include "measuredconsumption.h"

#include <QList>
#include <QString>

namespace wattelier {

class Workshop;

/*! One measured appliance: its estimate against what the wattmeter says. */
struct ComparisonRow
{
    qint64 householdId = 0;
    qint64 applianceId = 0;
    QString householdName;
    QString pseudonym;
    QString applianceName;
    Category category = Category::Other;
    ApplianceConsumption consumption; //!< always has a measured figure here

    double differenceKwh() const; //!< measured − estimated
    /*! measured ÷ estimated; 0 when the estimate is 0. */
    double ratio() const;
};

/*!
 * The measured appliances of one household (or of the whole group when
 * \a householdId is 0), biggest surprises first: sorted by the size of the
 * difference, whichever its sign.
 */
QList<ComparisonRow> comparisonRows(const Workshop &workshop, qint64 householdId = 0);

/*! Yearly standby of the group: energy and what it costs. */
struct StandbyTotals
{
    double kwhPerYear = 0.0;
    double costEur = 0.0;
    double priceEurPerKwh = 0.0;
    int appliancesWithStandby = 0;
};

/*! Standby of all appliances (measured where read), at \a priceEurPerKwh. */
StandbyTotals standbyTotals(const QList<Appliance> &appliances, const ReadingsByAppliance &readings,
                            double priceEurPerKwh);

} // namespace wattelier
