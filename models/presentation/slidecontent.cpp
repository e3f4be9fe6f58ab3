// SPDX-License-Identifier: GPL-3.0-or-later
#include "slidecontent.h"

#include "challenge/challengereport.h"
#include "challenge/challengespread.h"
#include "challenge/challengestore.h"
#include "core/enumkeys.h"
#include "core/palette.h"
#include "core/units.h"
#include "core/workshop.h"
#include "energy/energyeditor.h"
#include "energy/localperiods.h"
#include "energy/scenarioevaluation.h"
#include "energy/scenariostore.h"
#include "energy/workshopcurves.h"
#include "inventory/appliancestore.h"
#include "inventory/householdstore.h"
#include "inventory/inventorytotals.h"
#include "peaks/cabin.h"
#include "peaks/peaksslide.h"
#include "sharing/sharingslide.h"
#include "wattmeter/comparison.h"
#include "wattmeter/wattmeterreadingstore.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace wattelier {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SlideContent)
};

using units::rate;
using units::signedPercent;

QString withHousehold(const QString &appliance, const QString &household, bool showNames)
{
    if (!showNames || household.isEmpty())
        return appliance;
    return appliance + QStringLiteral(" — ") + household;
}

SlideContent titleSlide(const Workshop &workshop)
{
    SlideContent c;
    c.title = workshop.name();
    c.subtitle = QLocale().toString(QDate::currentDate(), QLocale::LongFormat);
    const QList<Appliance> appliances = workshop.appliances().all();
    const ReadingsByAppliance readings = workshop.wattmeterReadings().byAppliance();
    const InventoryTotals totals = inventoryTotals(appliances, &readings);
    const HomesAverage homes = homesAverage(workshop.households().all(), appliances, &readings);
    c.figures = {
        {Text::tr("Households"), QLocale().toString(homes.homes), {}},
        {Text::tr("People"), QLocale().toString(homes.people), {}},
        {Text::tr("Appliances"), QLocale().toString(appliances.size()), {}},
        {Text::tr("Electricity per year"), units::kwh(totals.kwhPerYear), {}},
    };
    if (homes.otherParticipants > 0)
        c.figures.insert(
            1, {Text::tr("Other participants"), QLocale().toString(homes.otherParticipants), {}});
    return c;
}

SlideContent inventorySlide(const Workshop &workshop, bool byPriority)
{
    SlideContent c;
    c.title =
        byPriority ? Text::tr("What we use, by priority") : Text::tr("What we use, by category");
    const QList<Appliance> appliances = workshop.appliances().all();
    const ReadingsByAppliance readings = workshop.wattmeterReadings().byAppliance();
    const InventoryTotals totals = inventoryTotals(appliances, &readings);
    if (totals.applianceCount == 0) {
        c.emptyMessage = Text::tr("No appliances in the inventory yet");
        return c;
    }
    c.subtitle = Text::tr("%n appliance(s)", nullptr, totals.applianceCount);
    const auto bar = [&c, &totals](const QString &name, double kwh, const QColor &colour) {
        SlideBar b;
        b.label = name;
        b.value = kwh;
        b.valueText = Text::tr("%1 · %2").arg(units::kwh(kwh),
                                              units::percent(percentOf(kwh, totals.kwhPerYear)));
        b.colour = colour;
        c.bars.append(b);
    };
    if (byPriority) {
        for (auto it = totals.byPriority.cbegin(); it != totals.byPriority.cend(); ++it)
            bar(label(it.key()), it.value(), colourOf(it.key()));
    } else {
        for (auto it = totals.byCategory.cbegin(); it != totals.byCategory.cend(); ++it)
            if (it.value() > 0)
                bar(label(it.key()), it.value(), colourOf(it.key()));
        std::stable_sort(c.bars.begin(), c.bars.end(),
                         [](const SlideBar &a, const SlideBar &b) { return a.value > b.value; });
    }
    c.barsCaption = Text::tr("Electricity per year, measured where a wattmeter was used");
    // The averages are the homes': a caterer's kitchen is not an average household's.
    const HomesAverage homes = homesAverage(workshop.households().all(), appliances, &readings);
    c.figures.append({Text::tr("The group"), units::kwh(totals.kwhPerYear), {}});
    if (homes.homes > 0)
        c.figures.append({Text::tr("Per household"), units::kwh(homes.kwhPerHome()), {}});
    if (homes.people > 0)
        c.figures.append({Text::tr("Per person"), units::kwh(homes.kwhPerPerson()), {}});
    return c;
}

SlideContent wattmeterSlide(const Workshop &workshop, bool showNames)
{
    SlideContent c;
    c.title = Text::tr("Wattmeter surprises");
    const QList<ComparisonRow> rows = comparisonRows(workshop, 0);
    if (rows.isEmpty()) {
        c.emptyMessage = Text::tr("No wattmeter readings yet");
        return c;
    }
    c.subtitle = Text::tr("Measured against the estimate");
    c.barsCaption = Text::tr("Measured per year; the mark is the estimate");
    for (const ComparisonRow &row : rows.mid(0, 5)) {
        const double measured = row.consumption.measuredKwhPerYear.value_or(0.0);
        const QString name = withHousehold(row.applianceName, row.householdName, showNames);
        SlideBar b;
        b.label = name;
        b.value = measured;
        b.valueText = units::kwh(measured);
        b.colour = colourOf(row.category);
        b.reference = row.consumption.estimatedKwhPerYear;
        c.bars.append(b);
        if (row.ratio() > 0)
            c.lines.append(
                Text::tr("%1: %2 × the estimate").arg(name, units::number(row.ratio(), 1)));
        else
            c.lines.append(Text::tr("%1: not in the estimate").arg(name));
    }
    return c;
}

SlideContent challengeSlide(const Workshop &workshop, bool showNames)
{
    SlideContent c;
    c.title = label(SlideKind::ChallengeProgress);
    const QList<Challenge> challenges = workshop.challenges().challenges(); // newest first
    if (challenges.isEmpty()) {
        c.emptyMessage = Text::tr("No challenge yet");
        return c;
    }
    const ChallengeReport report = challengeReport(workshop, challenges.first().id);
    c.title = report.challenge.name;
    const QLocale locale;
    c.subtitle = Text::tr("%1 to %2")
                     .arg(locale.toString(report.challenge.start, QStringLiteral("d MMMM")),
                          locale.toString(report.challenge.end().addDays(-1),
                                          QStringLiteral("d MMMM yyyy")));
    double kwh = 0, baseline = 0;
    for (int i = 0; i < report.groupWeeks.size(); ++i) {
        const GroupChallengeWeek &week = report.groupWeeks.at(i);
        const bool hasData = week.counts();
        SlideBar b;
        b.label = Text::tr("Week %1").arg(i + 1);
        b.value = hasData ? week.figure.kwh : 0.0;
        b.valueText = hasData ? units::kwh(week.figure.kwh) : units::noValue();
        b.colour = colourOf(EnergyFlow::Consumption);
        b.reference = week.baselineKwh;
        c.bars.append(b);
        if (hasData && week.baselineKwh) {
            kwh += week.figure.kwh;
            baseline += *week.baselineKwh;
        }
    }
    c.barsCaption = Text::tr("The group's electricity per week; the mark is its usual week");
    if (baseline > 0)
        c.figures.append({Text::tr("Change"), signedPercent((kwh / baseline - 1.0) * 100.0), {}});
    else
        c.emptyMessage = c.bars.isEmpty() ? Text::tr("No weekly readings yet") : QString();
    if (report.challenge.goalPercent)
        c.figures.append({Text::tr("Goal"), signedPercent(-*report.challenge.goalPercent), {}});
    // Each household's change with names, in alphabetical order (never a ranking),
    // for a group that fits a slide; else how the changes are spread, which
    // names nobody. Fewer than five would let a spread point at a household.
    if (showNames && report.households.size() <= largestListedGroup) {
        QList<HouseholdChallenge> households = report.households;
        std::sort(households.begin(), households.end(), [](const auto &a, const auto &b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
        for (const HouseholdChallenge &h : households)
            if (const auto change = overallChangePercent(h, report.groupWeeks))
                c.lines.append(Text::tr("%1: %2").arg(h.name, signedPercent(*change)));
        return c;
    }
    const ChangeSpread spread = overallSpread(report);
    if (spread.households >= 5) {
        c.lines.append(Text::tr("%1 of %2 households used less than their usual weeks")
                           .arg(spread.below)
                           .arg(spread.households));
        c.lines.append(Text::tr("Half of them changed by %1 to %2; the middle one by %3")
                           .arg(signedPercent(*spread.p25), signedPercent(*spread.p75),
                                signedPercent(*spread.median)));
    }
    return c;
}

bool hasData(const RegularSeries &series)
{
    return std::any_of(series.kwh.begin(), series.kwh.end(),
                       [](float v) { return !RegularSeries::isGap(v) && v != 0.0f; });
}

SlideContent curvesSlide(const Workshop &workshop, const Slide &slide)
{
    SlideContent c;
    c.title = Text::tr("Production and consumption");
    const int year = slide.date.isValid() ? slide.date.year() : defaultCurveYear(workshop);
    const QDate date = slide.date.isValid() ? slide.date : QDate(year, 6, 21);
    CurveOptions options;
    options.year = year;
    const WorkshopCurves curves = workshopCurves(workshop, options);
    const UtcPeriod period = periodContaining(slide.period, date);
    c.subtitle = periodLabel(slide.period, date, period);
    if (!hasData(curves.curves.production) && !hasData(curves.curves.consumption)) {
        c.emptyMessage = Text::tr("No production or consumption yet");
        return c;
    }
    const EnergyBalance balance = balanceOf(curves.curves, period.fromUtc, period.toUtc);
    c.showsCurves = true;
    c.curves = curves.curves;
    c.fromUtc = period.fromUtc;
    c.toUtc = period.toUtc;
    c.figures = {
        {Text::tr("Self-consumption"), rate(balance.selfConsumptionRate()),
         colourOf(EnergyFlow::SelfConsumed)},
        {Text::tr("Self-sufficiency"), rate(balance.selfSufficiencyRate()),
         colourOf(EnergyFlow::SelfConsumed)},
        {Text::tr("Production"), units::kwh(balance.productionKwh),
         colourOf(EnergyFlow::Production)},
        {Text::tr("Consumption"), units::kwh(balance.consumptionKwh),
         colourOf(EnergyFlow::Consumption)},
    };
    if (curves.productionSource == ProductionSource::Estimated)
        c.lines.append(Text::tr("Production estimated from the panels' peak power"));
    // A year's consumption next to the inventory slide's total: say why they
    // part (#20), the coverage included.
    const QString note = slide.period == PeriodKind::Year
                             ? consumptionScopeNote(curves, balance.coverage())
                             : QString();
    if (!note.isEmpty())
        c.lines.append(note);
    else if (balance.intervals > 0 && balance.coverage() < 0.995)
        c.lines.append(
            Text::tr("Data for %1 of the period").arg(units::percent(balance.coverage() * 100.0)));
    return c;
}

QString change(const QString &today, const QString &scenario)
{
    return Text::tr("%1 → %2").arg(today, scenario);
}

SlideContent scenarioSlide(const Workshop &workshop, const Slide &slide, bool showNames)
{
    SlideContent c;
    c.title = label(SlideKind::Scenario);
    const std::optional<Scenario> scenario = workshop.scenarios().get(slide.scenarioId);
    if (!scenario) {
        c.emptyMessage = Text::tr("This scenario was deleted");
        return c;
    }
    c.title = scenario->name;
    QStringList what;
    if (scenario->targetKwp)
        what.append(Text::tr("%1 kWp of panels").arg(units::number(*scenario->targetKwp, 1)));
    const bool offPeak = scenario->shiftObjective == ShiftObjective::AwayFromPeak;
    if (scenario->shiftWithinDay || scenario->shiftAcrossDays)
        what.append(offPeak ? Text::tr("flexible appliances off the group's peak")
                            : Text::tr("flexible appliances in the sunny hours"));
    c.subtitle = what.join(QStringLiteral(" · "));
    const WorkshopCurves curves = workshopCurves(
        workshop, {.flexibleLoads = scenario->shiftWithinDay || scenario->shiftAcrossDays});
    if (!hasData(curves.curves.production) && !hasData(curves.curves.consumption)) {
        c.emptyMessage = Text::tr("No production or consumption yet");
        return c;
    }
    const std::optional<double> threshold = cabinOf(workshop).thresholdKw();
    const ScenarioResult result =
        evaluateScenario(curves, *scenario, pvInstallationOf(workshop).kwp, threshold);
    if (!result.error.isEmpty()) {
        c.emptyMessage = result.error;
        return c;
    }
    const EnergyBalance &today = result.today;
    const EnergyBalance &after = result.scenario;
    c.figures = {
        {Text::tr("Self-consumption"),
         change(rate(today.selfConsumptionRate()), rate(after.selfConsumptionRate())),
         colourOf(EnergyFlow::SelfConsumed)},
        {Text::tr("Self-sufficiency"),
         change(rate(today.selfSufficiencyRate()), rate(after.selfSufficiencyRate())),
         colourOf(EnergyFlow::SelfConsumed)},
        {Text::tr("Production"),
         change(units::kwh(today.productionKwh), units::kwh(after.productionKwh)),
         colourOf(EnergyFlow::Production)},
        {Text::tr("Consumption"), units::kwh(after.consumptionKwh),
         colourOf(EnergyFlow::Consumption)},
    };
    if (offPeak) {
        // What this scenario is for first: the group's peak, and the cabin's hours above it.
        c.figures.removeLast(); // consumption does not change
        c.figures.removeAt(1);  // nor, much, self-sufficiency
        c.figures.prepend(
            {Text::tr("Peak of the group"),
             change(units::kw(result.todayPeak.peakKw), units::kw(result.scenarioPeak.peakKw)),
             colourOf(EnergyFlow::Offtake)});
        if (threshold)
            c.figures.insert(
                1, {Text::tr("Above the cabin"),
                    change(Text::tr("%1 × ¼ h")
                               .arg(units::number(*result.todayPeak.quarterHoursAboveThreshold, 0)),
                           Text::tr("%1 × ¼ h")
                               .arg(units::number(*result.scenarioPeak.quarterHoursAboveThreshold,
                                                  0))),
                    colourOf(EnergyFlow::Offtake)});
    }
    QHash<qint64, QString> names;
    if (showNames)
        for (const Household &h : workshop.households().all())
            names.insert(h.id, h.name);
    // The appliances come biggest first: by energy moved off the peak, or by solar gain.
    for (const ShiftedAppliance &appliance : result.appliances) {
        if (c.bars.size() == 5)
            break;
        const double value = offPeak ? appliance.movedKwh : appliance.selfConsumedGainKwh;
        if (value <= 0)
            continue;
        SlideBar b;
        b.label = withHousehold(appliance.name, names.value(appliance.householdId), showNames);
        b.value = value;
        b.valueText = units::kwh(value);
        b.colour = colourOf(offPeak ? EnergyFlow::Consumption : EnergyFlow::SelfConsumed);
        c.bars.append(b);
    }
    if (!c.bars.isEmpty())
        c.barsCaption =
            offPeak ? Text::tr("Energy per year moved off the group's peak hours")
                    : Text::tr("Solar electricity used on the spot per year, gained by moving");
    c.lines.append(Text::tr("Over the year %1").arg(curves.year));
    return c;
}

} // namespace

QString periodLabel(PeriodKind kind, const QDate &date, const UtcPeriod &period)
{
    const QLocale locale;
    switch (kind) {
    case PeriodKind::Day:
        return locale.toString(date, QStringLiteral("dddd d MMMM yyyy"));
    case PeriodKind::Week:
        return Text::tr("Week of %1")
            .arg(locale.toString(brusselsDateOf(period.fromUtc), QStringLiteral("d MMMM yyyy")));
    case PeriodKind::Month:
        return locale.standaloneMonthName(date.month()) + QLatin1Char(' ') +
               QString::number(date.year());
    case PeriodKind::Year:
        return QString::number(date.year());
    }
    return {};
}

QStringList SlideContent::allText() const
{
    QStringList text{title, subtitle};
    for (const SlideFigure &figure : figures)
        text << figure.label << figure.value;
    for (const SlideBar &bar : bars)
        text << bar.label << bar.valueText;
    text << barsCaption << lines << emptyMessage;
    text.removeAll(QString());
    return text;
}

SlideContent slideContent(const Workshop &workshop, const Slide &slide, bool showNames)
{
    switch (slide.kind) {
    case SlideKind::Title:
        return titleSlide(workshop);
    case SlideKind::InventoryPriority:
        return inventorySlide(workshop, true);
    case SlideKind::InventoryCategory:
        return inventorySlide(workshop, false);
    case SlideKind::WattmeterSurprises:
        return wattmeterSlide(workshop, showNames);
    case SlideKind::ChallengeProgress:
        return challengeSlide(workshop, showNames);
    case SlideKind::EnergyCurves:
        return curvesSlide(workshop, slide);
    case SlideKind::Scenario:
        return scenarioSlide(workshop, slide, showNames);
    case SlideKind::Peaks:
        return peaksSlide(workshop, slide);
    case SlideKind::Sharing:
        return sharingSlide(workshop, slide);
    }
    return {};
}

} // namespace wattelier
