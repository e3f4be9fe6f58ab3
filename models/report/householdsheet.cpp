// SPDX-License-Identifier: GPL-3.0-or-later
// One household's sheet: its own figures and the group's anonymous ones beside them.
#include "challenge/challengereport.h"
#include "challenge/challengestore.h"
#include "core/enumkeys.h"
#include "core/palette.h"
#include "core/units.h"
#include "core/workshop.h"
#include "inventory/appliancestore.h"
#include "inventory/household.h"
#include "inventory/householdstore.h"
#include "inventory/inventorytotals.h"
#include "report/reportbuilder.h"
#include "report/reportsections.h"
#include "wattmeter/comparison.h"
#include "wattmeter/measuredconsumption.h"
#include "wattmeter/wattmeterreadingstore.h"

#include <QCoreApplication>
#include <QLocale>

namespace wattelier {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdSheet)
};

const QString dash = units::noValue();

//! Fewer homes than this, and the group's average would reveal another home's total.
constexpr int minimumHomesForAverage = 3;

QString sourceText(ConsumptionSource source)
{
    return source == ConsumptionSource::Estimated ? Text::tr("estimated") : Text::tr("measured");
}

void appliances(ReportBuilder &b, const Workshop &workshop, const Household &household,
                const ReadingsByAppliance &readings)
{
    b.heading(Text::tr("Your appliances"));
    const QList<Appliance> list = workshop.appliances().forHousehold(household.id);
    if (list.isEmpty()) {
        b.paragraph(Text::tr("No appliances in your inventory yet."));
        return;
    }
    ReportTable table;
    table.headers = {Text::tr("Appliance"), Text::tr("Priority"), Text::tr("Flexibility"),
                     Text::tr("kWh per year"), Text::tr("Figure")};
    table.numericColumns = {3};
    table.widthsPercent = {34, 18, 20, 14, 14};
    double total = 0;
    for (const Appliance &appliance : list) {
        const ApplianceConsumption consumption =
            applianceConsumption(appliance, readings.value(appliance.id));
        QString name = appliance.name;
        if (appliance.quantity > 1)
            name = Text::tr("%1 × %2").arg(appliance.quantity).arg(appliance.name);
        table.rows.append({name, label(appliance.priority), label(appliance.flexibility),
                           units::kwh(consumption.kwhPerYear), sourceText(consumption.source)});
        total += consumption.kwhPerYear;
    }
    table.rows.append({Text::tr("Total"), QString(), QString(), units::kwh(total), QString()});
    table.lastRowIsTotal = true;
    b.table(table);
}

void wattmeter(ReportBuilder &b, const Workshop &workshop, const Household &household)
{
    const QList<ComparisonRow> rows = comparisonRows(workshop, household.id);
    if (rows.isEmpty())
        return;
    b.heading(Text::tr("Your wattmeter readings"));
    ReportTable table;
    table.headers = {Text::tr("Appliance"), Text::tr("Estimated, kWh/year"),
                     Text::tr("Measured, kWh/year"), Text::tr("Measured ÷ estimated")};
    table.numericColumns = {1, 2, 3};
    for (const ComparisonRow &row : rows)
        table.rows.append(
            {row.applianceName, units::kwh(row.consumption.estimatedKwhPerYear),
             units::kwh(row.consumption.measuredKwhPerYear.value_or(0.0)),
             row.ratio() > 0 ? QStringLiteral("× ") + units::number(row.ratio(), 1) : dash});
    b.table(table);
}

void challenge(ReportBuilder &b, const Workshop &workshop, const Household &household)
{
    const QList<Challenge> challenges = workshop.challenges().challenges();
    if (challenges.isEmpty())
        return;
    const ChallengeReport report = challengeReport(workshop, challenges.first().id);
    const auto own =
        std::find_if(report.households.begin(), report.households.end(),
                     [&](const HouseholdChallenge &h) { return h.householdId == household.id; });
    if (own == report.households.end())
        return;
    b.heading(Text::tr("Your défi énergie: %1").arg(report.challenge.name));
    if (own->baselineKwhPerWeek)
        b.paragraph(Text::tr("Your usual week: %1.").arg(units::kwh(*own->baselineKwhPerWeek)));
    ReportTable table;
    table.headers = {Text::tr("Week"), Text::tr("From"), Text::tr("Your kWh"),
                     Text::tr("Your change"), Text::tr("The group's change")};
    table.numericColumns = {2, 3, 4};
    const bool quota = own->quotaKwhPerWeek.has_value();
    if (quota) {
        table.headers.append(Text::tr("Quota used"));
        table.numericColumns.append(5);
    }
    for (int i = 0; i < own->weeks.size(); ++i) {
        const HouseholdWeek &week = own->weeks.at(i);
        const GroupChallengeWeek group = report.groupWeeks.value(i);
        QStringList row{Text::tr("Week %1").arg(i + 1), units::date(week.figure.start),
                        week.figure.kwh ? units::kwh(*week.figure.kwh) : dash,
                        week.changePercent ? units::signedPercent(*week.changePercent) : dash,
                        group.changePercent ? units::signedPercent(*group.changePercent) : dash};
        if (quota)
            row.append(week.quotaUsePercent ? units::percent(*week.quotaUsePercent) : dash);
        table.rows.append(row);
    }
    b.table(table);
}

void comparedWithGroup(ReportBuilder &b, const Workshop &workshop, const Household &household,
                       const ReadingsByAppliance &readings)
{
    b.heading(Text::tr("Compared with the group"));
    const HomesAverage homes =
        homesAverage(workshop.households().all(), workshop.appliances().all(), &readings);
    // Between two homes, the average and one's own total give the other's away.
    if (homes.homes < minimumHomesForAverage) {
        b.paragraph(Text::tr("The group's averages are shown from %1 households: with fewer, "
                             "an average would give away another household's figures.")
                        .arg(minimumHomesForAverage));
        return;
    }
    const InventoryTotals own =
        inventoryTotals(workshop.appliances().forHousehold(household.id), &readings);
    const double groupPerHousehold = homes.kwhPerHome();
    const double groupPerPerson = homes.kwhPerPerson();
    const double ownPerPerson = own.kwhPerYear / std::max(1, household.occupants);
    ReportChart chart;
    chart.bars = {
        {Text::tr("Your household"), own.kwhPerYear, units::kwh(own.kwhPerYear),
         colourOf(EnergyFlow::Consumption), std::nullopt},
        {Text::tr("Average household of the group"), groupPerHousehold,
         units::kwh(groupPerHousehold), QColor(150, 150, 150), std::nullopt},
        {Text::tr("You, per person"), ownPerPerson, units::kwh(ownPerPerson),
         colourOf(EnergyFlow::Consumption), std::nullopt},
        {Text::tr("The group, per person"), groupPerPerson, units::kwh(groupPerPerson),
         QColor(150, 150, 150), std::nullopt},
    };
    b.chart(chart, 38);
    b.smallText(Text::tr("Electricity per year from the inventories, measured where a wattmeter "
                         "was used. The group's figures are averages: no other household "
                         "appears on this sheet."));
}

} // namespace

void writeHouseholdSheet(ReportBuilder &b, const Workshop &workshop, const Household &household,
                         const ReportRequest &request)
{
    b.title(request.showNames && !household.name.isEmpty() ? household.name : pseudonym(household));
    const QString date = longDate(
        request.settings.meetingDate.isValid() ? request.settings.meetingDate : request.today);
    if (household.isHome()) {
        b.subtitle(Text::tr("%1 · Household sheet · %2").arg(workshop.name(), date));
        b.smallText(Text::tr("For this household only. %n person(s) at home.", nullptr,
                             household.occupants));
    } else {
        // An association or a business: no people at home, no average home to compare with.
        b.subtitle(Text::tr("%1 · Participant sheet · %2").arg(workshop.name(), date));
        b.smallText(Text::tr("For this participant only."));
    }
    const ReadingsByAppliance readings = workshop.wattmeterReadings().byAppliance();
    appliances(b, workshop, household, readings);
    wattmeter(b, workshop, household);
    challenge(b, workshop, household);
    writeOwnSharing(b, workshop, household, request);
    if (household.isHome())
        comparedWithGroup(b, workshop, household, readings);
}

} // namespace wattelier
