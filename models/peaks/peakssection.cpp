// SPDX-License-Identifier: GPL-3.0-or-later
// The meeting summary's section on the cabin's peaks (#23): the slide's figures,
// the monthly peaks against the cabin's threshold, and what the figures mean.

#include "energy/workshopcurves.h"
#include "peaks/peaksslide.h"
#include "report/reportbuilder.h"
#include "report/reportsections.h"
#include "report/reportsettings.h"

#include <QCoreApplication>

namespace wattelier {

void writePeaksSection(ReportBuilder &builder, const Workshop &workshop,
                       const ReportRequest &request)
{
    const QDate energyDate = request.settings.energyDate;
    const int year = energyDate.isValid() ? energyDate.year() : defaultCurveYear(workshop);
    Slide slide;
    slide.kind = SlideKind::Peaks;
    slide.date = QDate(year, 1, 1);
    const SlideContent content = peaksSlide(workshop, slide);
    builder.heading(QCoreApplication::translate("PeaksSection", "%1: %2")
                        .arg(label(ReportSection::Peaks), content.subtitle));
    if (!content.emptyMessage.isEmpty()) {
        builder.paragraph(content.emptyMessage);
        return;
    }
    builder.figures(content.figures);
    ReportChart chart;
    chart.bars = content.bars;
    if (!chart.bars.isEmpty() && chart.bars.first().reference)
        chart.referenceLabel = QCoreApplication::translate("PeaksSection", "The cabin's threshold");
    builder.chart(chart, 8.0 + 6.0 * double(chart.bars.size()));
    builder.smallText(content.barsCaption);
    for (const QString &line : content.lines)
        builder.smallText(line);
}

} // namespace wattelier
