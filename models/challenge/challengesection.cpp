// SPDX-License-Identifier: GPL-3.0-or-later
// The meeting summary's section on the défi énergie: the latest challenge's
// weeks for the group, and each household's change only with names on in a
// small group (else how the changes are spread).

#include "challenge/challengereport.h"
#include "challenge/challengespread.h"
#include "challenge/challengestore.h"
#include "core/units.h"
#include "core/workshop.h"
#include "presentation/slidecontent.h"
#include "report/reportbuilder.h"
#include "report/reportsections.h"
#include "report/reportsettings.h"

#include <QCoreApplication>
#include <QLocale>

namespace wattelier {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SummaryReport) // the summary's context: its translations stay
};

const QString dash = units::noValue();

} // namespace

void writeChallengeSection(ReportBuilder &b, const Workshop &workshop, bool showNames)
{
    const QList<Challenge> challenges = workshop.challenges().challenges(); // newest first
    if (challenges.isEmpty()) {
        b.heading(label(ReportSection::Challenge));
        b.paragraph(Text::tr("No challenge yet."));
        return;
    }
    const ChallengeReport report = challengeReport(workshop, challenges.first().id);
    b.heading(Text::tr("Défi énergie: %1").arg(report.challenge.name));
    const QLocale locale;
    b.paragraph(
        Text::tr("From %1 to %2, %n week(s).", nullptr, report.challenge.weeks)
            .arg(longDate(report.challenge.start), longDate(report.challenge.end().addDays(-1))));
    Slide slide;
    slide.kind = SlideKind::ChallengeProgress;
    const SlideContent content = slideContent(workshop, slide, showNames);
    b.figures(content.figures);
    if (!content.bars.isEmpty()) {
        ReportChart chart;
        chart.bars = content.bars;
        chart.referenceLabel = Text::tr("the group's usual week");
        b.chart(chart, 10.0 + 8.0 * chart.bars.size());
    }
    ReportTable table;
    table.headers = {Text::tr("Week"),
                     Text::tr("From"),
                     Text::tr("Households"),
                     Text::tr("kWh"),
                     Text::tr("Usual week, kWh"),
                     Text::tr("Change")};
    table.numericColumns = {2, 3, 4, 5};
    const bool hasGoal = report.challenge.goalPercent.has_value();
    if (hasGoal) {
        table.headers.append(Text::tr("Goal, kWh"));
        table.numericColumns.append(6);
    }
    for (int i = 0; i < report.groupWeeks.size(); ++i) {
        const GroupChallengeWeek &week = report.groupWeeks.at(i);
        const bool counted = week.counts();
        QStringList row{Text::tr("Week %1").arg(i + 1),
                        units::date(report.challenge.start.addDays(7 * i)),
                        QLocale().toString(week.figure.households),
                        counted ? units::kwh(week.figure.kwh) : dash,
                        week.baselineKwh ? units::kwh(*week.baselineKwh) : dash,
                        week.changePercent ? units::signedPercent(*week.changePercent) : dash};
        if (hasGoal)
            row.append(week.goalKwh ? units::kwh(*week.goalKwh) : dash);
        table.rows.append(row);
    }
    b.table(table);
    // The slide's lines: each household by name in a small group, else the spread.
    if (!content.lines.isEmpty()) {
        b.paragraph(showNames && report.households.size() <= largestListedGroup
                        ? Text::tr("Each household's change over the weeks read (alphabetical "
                                   "order):")
                        : Text::tr("How the households' changes over the weeks read are spread:"));
        for (const QString &line : content.lines)
            b.paragraph(line);
    }
}

} // namespace wattelier
