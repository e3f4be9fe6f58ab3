// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharingslide.h"

#include "core/palette.h"
#include "core/units.h"
#include "core/workshop.h"
#include "energy/localperiods.h"
#include "energy/workshopcurves.h"
#include "energy/workshoptariff.h"
#include "sharing/sharingcomparisonmodel.h"
#include "sharing/sharingscenariostore.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace wattelier {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SharingSlide)
};

} // namespace

SlideContent sharingSlide(const Workshop &workshop, const Slide &slide)
{
    return sharingSlide(workshop, slide, workshopTariff(workshop));
}

SlideContent sharingSlide(const Workshop &workshop, const Slide &slide, const Tariff &tariff)
{
    SlideContent c;
    c.title = Text::tr("Sharing the sun");
    const int year = slide.date.isValid() ? slide.date.year() : defaultCurveYear(workshop);
    c.subtitle = QString::number(year);
    const QList<SharingScenario> keys = workshop.sharingScenarios().all();
    if (keys.isEmpty()) {
        c.emptyMessage = Text::tr("No sharing key yet");
        return c;
    }
    const UtcPeriod period = periodContaining(PeriodKind::Year, QDate(year, 1, 1));
    auto inputs = sharingInputs(workshop, period.fromUtc, period.toUtc);
    if (!inputs || inputs->productionWh == 0) {
        c.emptyMessage = inputs ? Text::tr("Nothing produced this year yet") : inputs.error();
        return c;
    }
    const int members = int(inputs->members.size());
    const bool spread = members >= SharingComparisonModel::fewestForSpread;
    c.figures.append({Text::tr("Produced behind the meters"),
                      units::kwh(inputs->productionWh / 1000.0), colourOf(EnergyFlow::Production)});
    c.figures.append({Text::tr("Members"), QLocale().toString(members), QColor()});
    const QList<SharingResult> results = runScenarios(*inputs, keys, tariff);
    for (qsizetype k = 0; k < keys.size(); ++k) {
        const SharingResult &r = results.at(k);
        const SharingFairness &f = r.fairness;
        SlideBar bar;
        bar.label = keys.at(k).name;
        bar.colour = colourOf(EnergyFlow::SelfConsumed);
        if (spread && f.medianGainEur) {
            bar.value = std::max(0.0, *f.medianGainEur);
            const QLocale locale;
            bar.valueText = Text::tr("%1 € (%2–%3 €)")
                                .arg(locale.toString(*f.medianGainEur, 'f', 0),
                                     locale.toString(*f.p10GainEur, 'f', 0),
                                     locale.toString(*f.p90GainEur, 'f', 0));
        } else {
            bar.value = r.sharedWh / 1000.0;
            bar.valueText = units::kwh(r.sharedWh / 1000.0);
        }
        c.bars.append(bar);
        // Who gains nothing, counted only where a count cannot point at someone.
        if (spread)
            c.lines.append(Text::tr("%1: %2 shared, %n without gain", nullptr, f.membersWithoutGain)
                               .arg(keys.at(k).name, units::kwh(r.sharedWh / 1000.0)));
    }
    c.barsCaption = spread ? Text::tr("Each key: the gain of the member in the middle, a year; "
                                      "in brackets, the 10th to the 90th percentile")
                           : Text::tr("Each key: what the members share in a year");
    return c;
}

} // namespace wattelier
