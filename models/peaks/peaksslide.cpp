// SPDX-License-Identifier: GPL-3.0-or-later
#include "peaksslide.h"

#include "core/palette.h"
#include "core/units.h"
#include "energy/workshopcurves.h"
#include "peaks/workshoppeaks.h"
#include "timeseries/civiltime.h"

#include <QCoreApplication>
#include <QLocale>

namespace wattelier {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PeaksSlide)
};

} // namespace

SlideContent peaksSlide(const Workshop &workshop, const Slide &slide)
{
    SlideContent c;
    c.title = Text::tr("Peaks behind the cabin");
    const int year = slide.date.isValid() ? slide.date.year() : defaultCurveYear(workshop);
    c.subtitle = QString::number(year);
    const UtcPeriod period = periodContaining(PeriodKind::Year, QDate(year, 1, 1));
    const auto peaks = workshopPeaks(workshop, {period.fromUtc, period.toUtc, std::nullopt});
    if (!peaks || !peaks->figures.peakAtUtc) {
        c.emptyMessage = Text::tr("No consumption for this year yet");
        return c;
    }
    const PeakFigures &f = peaks->figures;
    const QColor drawn = colourOf(EnergyFlow::Offtake);
    c.figures.append({Text::tr("Peak of the group"), units::kw(f.peakKw), drawn});
    if (f.coincidenceFactor)
        c.figures.append(
            {Text::tr("Peaking together"), units::percent(*f.coincidenceFactor * 100), QColor()});
    c.figures.append({Text::tr("Sent back at most"), units::kw(f.reversePeakKw),
                      colourOf(EnergyFlow::Injected)});
    if (f.thresholdKw)
        c.figures.append({Text::tr("Above the cabin"),
                          Text::tr("%1 × ¼ h").arg(units::number(f.quarterHoursAboveThreshold, 0)),
                          QColor()});

    const QLocale locale;
    for (int m = 0; m < 12; ++m) {
        const auto &monthly = f.monthlyPeakKw[std::size_t(m)];
        if (!monthly)
            continue;
        SlideBar bar;
        bar.label = locale.standaloneMonthName(m + 1, QLocale::ShortFormat);
        bar.value = *monthly;
        bar.valueText = units::kw(*monthly);
        bar.colour = drawn;
        bar.reference = f.thresholdKw;
        c.bars.append(bar);
    }
    c.barsCaption = f.thresholdKw ? Text::tr("The highest quarter hour of each month; the mark: "
                                             "the cabin's %1")
                                        .arg(units::kw(*f.thresholdKw))
                                  : Text::tr("The highest quarter hour of each month");
    const QDateTime at = QDateTime::fromSecsSinceEpoch(*f.peakAtUtc, ZoneConverter::brussels());
    c.lines.append(
        Text::tr("The group's peak: %1 at %2")
            .arg(units::date(at.date()), locale.toString(at.time(), QStringLiteral("HH:mm"))));
    c.lines.append(Text::tr("Peaking together: the group's peak is this share of the sum of "
                            "each household's own peak"));
    return c;
}

} // namespace wattelier
