// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "energy/energybalance.h"
#include "energy/localperiods.h"
#include "presentation/slide.h"

#include <QColor>
#include <QList>
#include <QString>

namespace wattelier {

class Workshop;

/*! A big figure on a slide: "Self-consumption — 63 %". */
struct SlideFigure
{
    QString label;
    QString value;
    QColor colour; //!< invalid: the theme's text colour
};

/*! A bar of a slide's bar chart (one value per bar, on a common scale). */
struct SlideBar
{
    QString label;
    double value = 0;
    QString valueText; //!< formatted, with its unit
    QColor colour;
    std::optional<double> reference; //!< e.g. the baseline or the estimate, drawn as a mark
};

/*!
 * What a slide says, built outside the widgets so the projection, its tests
 * and the printed summaries use the same text and figures. Without
 * showNames, no household appears at all, by name or by its own figures:
 * group totals and anonymous appliances only.
 */
struct SlideContent
{
    QString title;
    QString subtitle;
    QList<SlideFigure> figures;
    QList<SlideBar> bars;
    QString barsCaption;      //!< what the bars and their marks mean
    QStringList lines;        //!< short statements, one per line
    bool showsCurves = false; //!< EnergyCurves / Scenario: draw the balance chart
    AlignedCurves curves;     //!< the curves to draw (already scaled/shifted for a scenario)
    qint64 fromUtc = 0;       //!< period on screen
    qint64 toUtc = 0;
    QString emptyMessage; //!< set when there is nothing to show yet ("No challenge yet")

    /*! Every text of the slide, for tests and the accessible description. */
    QStringList allText() const;
};

/*! "Saturday 21 June 2025", "Week of 16 June 2025", "June 2025", "2025": a period in words. */
QString periodLabel(PeriodKind kind, const QDate &date, const UtcPeriod &period);

/*!
 * The content of \a slide for \a workshop. With \a showNames, households'
 * display names may appear (wattmeter surprises with whose appliance, each
 * household's challenge change in alphabetical order, never ranked).
 */
SlideContent slideContent(const Workshop &workshop, const Slide &slide, bool showNames);

} // namespace wattelier
