// SPDX-License-Identifier: GPL-3.0-or-later
// The Sharing page's two charts: each key's € gains per member as a box, and the
// selected key's months. Split from sharingpage.cpp, which edits and computes.

#include "sharingpage.h"

#include "core/palette.h"
#include "sharing/sharingcomparisonmodel.h"

#include <QLocale>

#include <qcustomplot.h>

#include <algorithm>

namespace wattelier::ui {
namespace {

/*! A key's name on two or three short lines, so that every name fits under its box. */
QString wrapped(const QString &name)
{
    QStringList lines;
    for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && lines.last().size() + 1 + word.size() <= 16)
            lines.last() += QLatin1Char(' ') + word;
        else
            lines.append(word);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

void SharingPage::drawGains()
{
    mGains->clearPlottables();
    mGains->clearItems();
    // Decided by what there is to show, not by whether the page is on screen.
    const bool shown = mComparison->showsSpread() && !mResults.isEmpty();
    mGains->setVisible(shown);
    mGains->setToolTip(tr("Each key: the box holds the members between the 10th and the 90th "
                          "percentile of the € gained, the line across it is the member in the "
                          "middle, the whiskers reach the lowest and the highest gain."));
    if (!shown)
        return;
    // One box per key, nobody named: the box from the 10th to the 90th percentile of
    // the members' € gains, the median across it, whiskers to the lowest and highest.
    auto *boxes = new QCPStatisticalBox(mGains->xAxis, mGains->yAxis);
    QColor fill = colourOf(EnergyFlow::SelfConsumed);
    fill.setAlpha(150);
    boxes->setBrush(fill);
    boxes->setWidth(0.5);
    boxes->setMedianPen(QPen(palette().color(QPalette::Text), 2.5));
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    double low = 0, high = 0;
    for (int k = 0; k < mResults.size(); ++k) {
        const SharingFairness &f = mResults.at(k).second.fairness;
        ticker->addTick(k + 1, wrapped(mResults.at(k).first.name));
        if (!f.medianGainEur)
            continue;
        boxes->addData(k + 1, *f.minimumGainEur, *f.p10GainEur, *f.medianGainEur, *f.p90GainEur,
                       *f.maximumGainEur);
        low = std::min(low, *f.minimumGainEur);
        high = std::max(high, *f.maximumGainEur);
    }
    mGains->legend->setVisible(false); // the boxes are explained by the axis and the tooltip
    mGains->xAxis->setTicker(ticker);
    mGains->xAxis->setRange(0.4, mResults.size() + 0.6);
    mGains->yAxis->setRange(low < 0 ? low * 1.1 : 0.0, high > 0 ? high * 1.1 : 1.0);
    mGains->yAxis->setLabel(tr("Gain per member, € a year"));
    mGains->replot();
}

void SharingPage::drawMonths()
{
    mMonths->clearPlottables();
    const qint64 id = selectedId();
    const SharingResult *result = nullptr;
    for (const auto &[scenario, r] : std::as_const(mResults))
        if (scenario.id == id)
            result = &r;
    mMonths->setVisible(result != nullptr);
    if (!result)
        return;
    auto *shared = new QCPBars(mMonths->xAxis, mMonths->yAxis);
    auto *injected = new QCPBars(mMonths->xAxis, mMonths->yAxis);
    shared->setName(tr("Shared"));
    injected->setName(tr("Sent to the grid"));
    shared->setBrush(colourOf(EnergyFlow::SelfConsumed));
    injected->setBrush(colourOf(EnergyFlow::Injected));
    shared->setPen(Qt::NoPen);
    injected->setPen(Qt::NoPen);
    injected->moveAbove(shared);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    double top = 1;
    for (int month = 0; month < 12; ++month) {
        const double s = result->monthlySharedWh[month] / 1000.0;
        const double e = result->monthlyInjectedWh[month] / 1000.0;
        shared->addData(month + 1, s);
        injected->addData(month + 1, e);
        top = std::max(top, s + e);
        ticker->addTick(month + 1, QLocale().standaloneMonthName(month + 1, QLocale::NarrowFormat));
    }
    mMonths->xAxis->setTicker(ticker);
    mMonths->xAxis->setRange(0.4, 12.6);
    mMonths->yAxis->setRange(0, top * 1.1);
    mMonths->yAxis->setLabel(tr("kWh"));
    mMonths->legend->setVisible(true);
    mMonths->replot();
}

} // namespace wattelier::ui
