// SPDX-License-Identifier: GPL-3.0-or-later
// The meeting summary's section on sharing the sun (#22): the slide's figures,
// each key as a bar, and per key what is shared and who gains nothing.

#include "energy/workshopcurves.h"
#include "report/reportbuilder.h"
#include "report/reportsections.h"
#include "report/reportsettings.h"
#include "sharing/sharingslide.h"

#include <QCoreApplication>

namespace wattelier {

void writeSharingSection(ReportBuilder &builder, const Workshop &workshop,
                         const ReportRequest &request)
{
    const int year = reportEnergyYear(workshop, request);
    Slide slide;
    slide.kind = SlideKind::Sharing;
    slide.date = QDate(year, 1, 1);
    const SlideContent content = sharingSlide(workshop, slide, request.tariff);
    builder.heading(QCoreApplication::translate("SharingSection", "%1: %2")
                        .arg(label(ReportSection::Sharing), content.subtitle));
    if (!content.emptyMessage.isEmpty()) {
        builder.paragraph(content.emptyMessage);
        return;
    }
    builder.figures(content.figures);
    ReportChart chart;
    chart.bars = content.bars;
    builder.chart(chart, 8.0 + 8.0 * double(chart.bars.size()));
    builder.smallText(content.barsCaption);
    for (const QString &line : content.lines)
        builder.paragraph(line);
}

} // namespace wattelier
