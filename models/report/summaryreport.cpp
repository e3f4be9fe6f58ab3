// SPDX-License-Identifier: GPL-3.0-or-later
// The meeting summary: the group's figures, anonymous unless names were turned on.
#include "core/enumkeys.h"
#include "core/palette.h"
#include "core/units.h"
#include "core/workshop.h"
#include "energy/energyeditor.h"
#include "energy/scenarioevaluation.h"
#include "energy/scenariostore.h"
#include "energy/workshopcurves.h"
#include "inventory/appliancestore.h"
#include "inventory/householdstore.h"
#include "inventory/inventorytotals.h"
#include "peaks/cabin.h"
#include "presentation/slidecontent.h"
#include "report/reportbuilder.h"
#include "report/reportsections.h"
#include "wattmeter/comparison.h"
#include "wattmeter/wattmeterreadingstore.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <map>

namespace wattelier {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SummaryReport)
};

const QString dash = units::noValue();

QList<SlideBar> barsOf(const Workshop &workshop, SlideKind kind, bool showNames)
{
    Slide slide;
    slide.kind = kind;
    return slideContent(workshop, slide, showNames).bars;
}

void keyFigures(ReportBuilder &b, const Workshop &workshop)
{
    b.heading(label(ReportSection::KeyFigures));
    // The title slide's figures (households, people, appliances, kWh), then the
    // inventory slide's averages: the wall and the paper say the same.
    Slide slide;
    slide.kind = SlideKind::Title;
    b.figures(slideContent(workshop, slide, false).figures);
    slide.kind = SlideKind::InventoryPriority;
    const QList<SlideFigure> averages = slideContent(workshop, slide, false).figures;
    b.figures(averages.mid(1)); // the first is the group's total, already shown
    b.smallText(Text::tr("Estimated from the inventories, measured where a wattmeter was used."));
}

template <typename Key>
void inventoryTable(ReportBuilder &b, const QString &what, const QMap<Key, double> &kwh,
                    const QMap<Key, int> &counts, double total, bool skipEmpty)
{
    ReportTable table;
    table.headers = {what, Text::tr("Appliances"), Text::tr("kWh per year"), Text::tr("Share")};
    table.numericColumns = {1, 2, 3};
    table.widthsPercent = {46, 18, 18, 18};
    QList<std::pair<Key, double>> rows;
    for (auto it = kwh.cbegin(); it != kwh.cend(); ++it)
        if (!skipEmpty || it.value() > 0)
            rows.append({it.key(), it.value()});
    if (skipEmpty) // categories: biggest first, like the chart
        std::stable_sort(rows.begin(), rows.end(),
                         [](const auto &x, const auto &y) { return x.second > y.second; });
    int count = 0;
    for (const auto &[key, value] : rows) {
        table.rows.append({label(key), QLocale().toString(counts.value(key)), units::kwh(value),
                           units::percent(percentOf(value, total))});
        count += counts.value(key);
    }
    table.rows.append({Text::tr("Total"), QLocale().toString(count), units::kwh(total),
                       units::percent(total > 0 ? 100 : 0)});
    table.lastRowIsTotal = true;
    b.table(table);
}

void inventory(ReportBuilder &b, const Workshop &workshop, bool byPriority)
{
    b.heading(
        label(byPriority ? ReportSection::InventoryPriority : ReportSection::InventoryCategory));
    const QList<Appliance> appliances = workshop.appliances().all();
    const ReadingsByAppliance readings = workshop.wattmeterReadings().byAppliance();
    const InventoryTotals totals = inventoryTotals(appliances, &readings);
    if (totals.applianceCount == 0) {
        b.paragraph(Text::tr("No appliances in the inventory yet."));
        return;
    }
    ReportChart chart;
    chart.bars = barsOf(
        workshop, byPriority ? SlideKind::InventoryPriority : SlideKind::InventoryCategory, false);
    b.chart(chart, 8.0 + 7.0 * chart.bars.size());
    if (byPriority) {
        QMap<Priority, int> counts;
        for (const Appliance &a : appliances)
            counts[a.priority] += 1;
        inventoryTable(b, Text::tr("Priority"), totals.byPriority, counts, totals.kwhPerYear,
                       false);
    } else {
        QMap<Category, int> counts;
        for (const Appliance &a : appliances)
            counts[a.category] += 1;
        inventoryTable(b, Text::tr("Category"), totals.byCategory, counts, totals.kwhPerYear, true);
    }
}

void wattmeter(ReportBuilder &b, const Workshop &workshop, bool showNames)
{
    b.heading(label(ReportSection::Wattmeter));
    const QList<ComparisonRow> rows = comparisonRows(workshop, 0);
    if (rows.isEmpty()) {
        b.paragraph(Text::tr("No wattmeter readings yet."));
        return;
    }
    b.paragraph(Text::tr("%n appliance(s) measured. The biggest differences from the estimate:",
                         nullptr, int(rows.size())));
    ReportTable table;
    table.headers = {Text::tr("Appliance"), Text::tr("Estimated, kWh/year"),
                     Text::tr("Measured, kWh/year"), Text::tr("Measured ÷ estimated")};
    if (showNames)
        table.headers.insert(1, Text::tr("Household"));
    table.numericColumns = showNames ? QList<int>{2, 3, 4} : QList<int>{1, 2, 3};
    for (const ComparisonRow &row : rows.mid(0, 10)) {
        QStringList cells{row.applianceName, units::kwh(row.consumption.estimatedKwhPerYear),
                          units::kwh(row.consumption.measuredKwhPerYear.value_or(0.0)),
                          row.ratio() > 0 ? QStringLiteral("× ") + units::number(row.ratio(), 1)
                                          : dash};
        if (showNames)
            cells.insert(1, row.householdName);
        table.rows.append(cells);
    }
    b.table(table);
    if (!showNames)
        b.smallText(Text::tr("Appliances are listed without their household."));
}

/*!
 * The group's curves of a year, assembled once per document: the energy
 * section and the scenarios usually want the same year, and assembling takes
 * most of the summary's time.
 */
class YearCurves
{
public:
    //! \a flexibleLoads: the scenarios that shift appliances need the movable loads.
    YearCurves(const Workshop &workshop, bool flexibleLoads)
        : mWorkshop(workshop)
        , mFlexibleLoads(flexibleLoads)
    {}

    const WorkshopCurves &of(int year)
    {
        auto found = mByYear.find(year);
        if (found == mByYear.end()) {
            CurveOptions options;
            options.year = year;
            options.flexibleLoads = mFlexibleLoads;
            found = mByYear.emplace(year, workshopCurves(mWorkshop, options)).first;
        }
        return found->second;
    }

private:
    const Workshop &mWorkshop;
    const bool mFlexibleLoads;
    std::map<int, WorkshopCurves> mByYear;
};

void energy(ReportBuilder &b, const Workshop &workshop, const ReportRequest &request,
            YearCurves &yearCurves)
{
    const ReportSettings &settings = request.settings;
    const int year =
        settings.energyDate.isValid() ? settings.energyDate.year() : defaultCurveYear(workshop);
    const QDate date = settings.energyDate.isValid() ? settings.energyDate : QDate(year, 6, 21);
    const UtcPeriod period = periodContaining(settings.energyPeriod, date);
    b.heading(Text::tr("Production and consumption: %1")
                  .arg(periodLabel(settings.energyPeriod, date, period)));
    const WorkshopCurves &curves = yearCurves.of(year);
    const EnergyBalance balance = balanceOf(curves.curves, period.fromUtc, period.toUtc);
    if (balance.intervalsWithBoth == 0) {
        b.paragraph(Text::tr("No production or consumption for this period."));
        return;
    }
    b.figures({{Text::tr("Self-consumption"), units::rate(balance.selfConsumptionRate()),
                colourOf(EnergyFlow::SelfConsumed)},
               {Text::tr("Self-sufficiency"), units::rate(balance.selfSufficiencyRate()),
                colourOf(EnergyFlow::SelfConsumed)},
               {Text::tr("Production"), units::kwh(balance.productionKwh),
                colourOf(EnergyFlow::Production)},
               {Text::tr("Consumption"), units::kwh(balance.consumptionKwh),
                colourOf(EnergyFlow::Consumption)}});
    b.smallText(Text::tr("Self-consumption: the share of the production used on the spot. "
                         "Self-sufficiency: the share of the consumption covered by it."));
    if (settings.energyPeriod == PeriodKind::Year) {
        const std::array<EnergyBalance, 12> months = monthlyBalances(curves.curves, year);
        ReportChart chart;
        chart.kind = ReportChart::Kind::GroupedBars;
        chart.unit = QStringLiteral("kWh");
        ChartSeries production{Text::tr("Production"), colourOf(EnergyFlow::Production), {}};
        ChartSeries consumption{Text::tr("Consumption"), colourOf(EnergyFlow::Consumption), {}};
        ReportTable table;
        table.headers = {Text::tr("Month"),
                         Text::tr("Production, kWh"),
                         Text::tr("Consumption, kWh"),
                         Text::tr("Used on the spot, kWh"),
                         Text::tr("Self-consumption"),
                         Text::tr("Self-sufficiency")};
        table.numericColumns = {1, 2, 3, 4, 5};
        table.widthsPercent = {12, 15, 18, 16, 20, 19};
        const QLocale locale;
        for (int m = 0; m < 12; ++m) {
            const EnergyBalance &month = months.at(m);
            const bool has = month.intervalsWithBoth > 0;
            chart.groups.append(locale.standaloneMonthName(m + 1, QLocale::ShortFormat));
            production.values.append(has ? month.productionKwh : std::nan(""));
            consumption.values.append(has ? month.consumptionKwh : std::nan(""));
            table.rows.append({locale.standaloneMonthName(m + 1),
                               has ? units::kwh(month.productionKwh) : dash,
                               has ? units::kwh(month.consumptionKwh) : dash,
                               has ? units::kwh(month.selfConsumedKwh) : dash,
                               units::rate(month.selfConsumptionRate()),
                               units::rate(month.selfSufficiencyRate())});
        }
        table.rows.append({Text::tr("Year"), units::kwh(balance.productionKwh),
                           units::kwh(balance.consumptionKwh), units::kwh(balance.selfConsumedKwh),
                           units::rate(balance.selfConsumptionRate()),
                           units::rate(balance.selfSufficiencyRate())});
        table.lastRowIsTotal = true;
        chart.series = {production, consumption};
        b.chart(chart, 60);
        b.table(table);
    } else {
        ReportChart chart;
        chart.kind = ReportChart::Kind::Curves;
        chart.curves = curves.curves;
        chart.fromUtc = period.fromUtc;
        chart.toUtc = period.toUtc;
        b.chart(chart, 65);
        const BalanceMoney money = moneyOf(balance, request.tariff);
        ReportTable table;
        table.headers = {Text::tr("Flow"), Text::tr("kWh"), Text::tr("Euros")};
        table.numericColumns = {1, 2};
        const auto euros = [](double value) {
            return QLocale().toCurrencyString(value, QStringLiteral("€"));
        };
        table.rows = {
            {Text::tr("Production"), units::kwh(balance.productionKwh), QString()},
            {Text::tr("Consumption"), units::kwh(balance.consumptionKwh), QString()},
            {Text::tr("Used on the spot"), units::kwh(balance.selfConsumedKwh),
             euros(money.selfConsumedSavingEur)},
            {Text::tr("Sent to the grid"), units::kwh(balance.injectedKwh),
             euros(money.injectionRevenueEur)},
            {Text::tr("Taken from the grid"), units::kwh(balance.offtakeKwh),
             euros(money.offtakeCostEur)},
        };
        b.table(table);
    }
    if (curves.productionSource == ProductionSource::Estimated)
        b.smallText(Text::tr("Production estimated from the panels' peak power."));
    if (curves.estimatedHouseholds > 0)
        b.smallText(Text::tr("Consumption estimated from the inventory for %n household(s) "
                             "without measured data.",
                             nullptr, curves.estimatedHouseholds));
    if (balance.coverage() < 0.995)
        b.smallText(
            Text::tr("Data for %1 of the period.").arg(units::percent(balance.coverage() * 100.0)));
    if (const QString note = consumptionScopeNote(curves, balance.coverage()); !note.isEmpty())
        b.smallText(note);
}

void scenarios(ReportBuilder &b, const Workshop &workshop, YearCurves &yearCurves)
{
    b.heading(label(ReportSection::Scenarios));
    const QList<Scenario> all = workshop.scenarios().all();
    if (all.isEmpty()) {
        b.paragraph(Text::tr("No scenario yet."));
        return;
    }
    const WorkshopCurves &curves = yearCurves.of(defaultCurveYear(workshop));
    ReportTable table;
    table.headers = {Text::tr("Scenario"),
                     Text::tr("Self-consumption"),
                     Text::tr("Self-sufficiency"),
                     Text::tr("Production, kWh"),
                     Text::tr("Taken from the grid, kWh"),
                     Text::tr("Peak of the group, kW")};
    table.numericColumns = {1, 2, 3, 4, 5};
    table.widthsPercent = {22, 17, 17, 14, 15, 15};
    const std::optional<double> threshold = cabinOf(workshop).thresholdKw();
    bool todayShown = false;
    QStringList errors;
    for (const Scenario &scenario : all) {
        const ScenarioResult result =
            evaluateScenario(curves, scenario, pvInstallationOf(workshop).kwp, threshold);
        if (!result.error.isEmpty()) {
            errors.append(Text::tr("%1: %2").arg(scenario.name, result.error));
            continue;
        }
        if (!todayShown) {
            table.rows.append({Text::tr("Today (%1)").arg(curves.year),
                               units::rate(result.today.selfConsumptionRate()),
                               units::rate(result.today.selfSufficiencyRate()),
                               units::kwh(result.today.productionKwh),
                               units::kwh(result.today.offtakeKwh),
                               units::number(result.todayPeak.peakKw, 1)});
            todayShown = true;
        }
        table.rows.append({scenario.name, units::rate(result.scenario.selfConsumptionRate()),
                           units::rate(result.scenario.selfSufficiencyRate()),
                           units::kwh(result.scenario.productionKwh),
                           units::kwh(result.scenario.offtakeKwh),
                           units::number(result.scenarioPeak.peakKw, 1)});
    }
    if (todayShown)
        b.table(table);
    for (const QString &error : errors)
        b.paragraph(error);
}

} // namespace

void writeSummary(ReportBuilder &b, const Workshop &workshop, const ReportRequest &request)
{
    const ReportSettings &settings = request.settings;
    const QDate meeting = settings.meetingDate.isValid() ? settings.meetingDate : request.today;
    b.title(workshop.name());
    b.subtitle(Text::tr("Meeting summary · %1").arg(longDate(meeting)));
    if (request.showNames)
        b.smallText(Text::tr("This summary shows households' names: every household agreed."));
    else
        b.smallText(Text::tr("Anonymous: the group's figures only, no household is named."));
    const QList<Scenario> shifting = workshop.scenarios().all();
    YearCurves yearCurves(workshop,
                          settings.has(ReportSection::Scenarios) &&
                              std::any_of(shifting.begin(), shifting.end(), [](const Scenario &s) {
                                  return s.shiftWithinDay || s.shiftAcrossDays;
                              }));
    for (ReportSection section : allReportSections()) {
        if (!settings.has(section))
            continue;
        switch (section) {
        case ReportSection::KeyFigures:
            keyFigures(b, workshop);
            break;
        case ReportSection::InventoryPriority:
            inventory(b, workshop, true);
            break;
        case ReportSection::InventoryCategory:
            inventory(b, workshop, false);
            break;
        case ReportSection::Wattmeter:
            wattmeter(b, workshop, request.showNames);
            break;
        case ReportSection::Challenge:
            writeChallengeSection(b, workshop, request.showNames);
            break;
        case ReportSection::Energy:
            energy(b, workshop, request, yearCurves);
            break;
        case ReportSection::Scenarios:
            scenarios(b, workshop, yearCurves);
            break;
        case ReportSection::Peaks:
            writePeaksSection(b, workshop, request);
            break;
        case ReportSection::Sharing:
            writeSharingSection(b, workshop, request);
            break;
        case ReportSection::Notes:
            if (!settings.notes.trimmed().isEmpty()) {
                b.heading(label(ReportSection::Notes));
                b.plainText(settings.notes.trimmed());
            }
            break;
        }
    }
}

} // namespace wattelier
