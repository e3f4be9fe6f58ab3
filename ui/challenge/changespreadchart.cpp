// SPDX-License-Identifier: GPL-3.0-or-later
#include "changespreadchart.h"

#include "challenge/challengespread.h"
#include "chartlook.h"
#include "core/chartstyle.h"
#include "core/palette.h"
#include "core/units.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace wattelier::ui {
namespace {

// Below this many households a spread would point at each of them: not drawn.
constexpr int fewest = 5;

} // namespace

ChangeSpreadChart::ChangeSpreadChart(QWidget *parent)
    : QWidget(parent)
    , mPlot(new QCustomPlot(this))
    , mCaption(new QLabel(this))
{
    mPlot->setLocale(QLocale());
    styleChart(mPlot);
    mPlot->legend->setVisible(false);
    mPlot->setAccessibleName(tr("How the households' changes are spread, week by week"));
    mPlot->setMinimumSize(300, 200);
    mCaption->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mPlot, 1);
    layout->addWidget(mCaption);
}

void ChangeSpreadChart::setReport(const ChallengeReport &report)
{
    mPlot->clearPlottables();
    mPlot->clearItems();
    const std::vector<ChangeSpread> spreads = weeklySpreads(report);
    auto *boxes = new QCPStatisticalBox(mPlot->xAxis, mPlot->yAxis);
    QColor fill = colourOf(Category::Washing);
    fill.setAlpha(150);
    boxes->setBrush(fill);
    boxes->setWidth(0.6);
    boxes->setMedianPen(QPen(palette().color(QPalette::Text), 2.5));
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    double low = 0, high = 0;
    for (std::size_t w = 0; w < spreads.size(); ++w) {
        ticker->addTick(double(w + 1), tr("Week %1").arg(w + 1));
        const ChangeSpread &s = spreads[w];
        if (s.households < fewest)
            continue;
        // Whiskers at the 10th and 90th percentiles: one household far off
        // does not stretch the chart, and is not pointed at.
        boxes->addData(double(w + 1), *s.p10, *s.p25, *s.median, *s.p75, *s.p90);
        low = std::min(low, *s.p10);
        high = std::max(high, *s.p90);
    }
    const std::optional<double> goal = report.challenge.goalPercent;
    const auto line = [&](double percent, const QPen &pen) {
        auto *item = new QCPItemStraightLine(mPlot);
        item->point1->setCoords(0, percent);
        item->point2->setCoords(1, percent);
        item->setPen(pen);
    };
    line(0.0, QPen(chartstyle::reference(), 1.5, Qt::DashLine));
    if (goal) {
        line(-*goal, QPen(chartstyle::goal(), 2));
        low = std::min(low, -*goal);
    }
    mPlot->xAxis->setTicker(ticker);
    mPlot->xAxis->setRange(0.4, double(spreads.size()) + 0.6);
    const double top = chartstyle::niceAxisTop(std::max(high, 5.0));
    const double bottom = -chartstyle::niceAxisTop(std::max(-low, 5.0));
    mPlot->yAxis->setRange(bottom, top);
    mPlot->yAxis->setLabel(tr("Change, %"));
    mPlot->replot();

    const ChangeSpread overall = overallSpread(report);
    if (overall.households < fewest)
        mCaption->setText(tr("With fewer than %1 households counted, the spread is not shown: "
                             "it would point at each of them.")
                              .arg(fewest));
    else
        mCaption->setText(
            tr("Each week: the box holds the middle half of the households, the line in it is "
               "the middle household, the whiskers reach the 10th and 90th percentiles. Over the "
               "finished weeks, %1 of %2 households used less than their usual weeks; half of "
               "them changed by %3 to %4.")
                .arg(overall.below)
                .arg(overall.households)
                .arg(units::signedPercent(*overall.p25), units::signedPercent(*overall.p75)));
}

} // namespace wattelier::ui
