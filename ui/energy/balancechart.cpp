// SPDX-License-Identifier: GPL-3.0-or-later
#include "balancechart.h"

#include "balancelayers.h"
#include "chartlook.h"
#include "energy/localperiods.h"
#include "localtimeticker.h"
#include "timeseries/civiltime.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace wattelier::ui {
namespace {

constexpr double minimumSpanS = 2 * 3600;

// Widths of the drawn points, finest first. A year of one-minute data has
// 525,600 intervals for about a thousand pixels: drawing them all (with the
// areas' fill polygons) takes most of a second, so the chart draws the mean
// power over buckets about two per pixel wide, and the exact intervals once
// the view is narrow enough. The key figures always use the exact intervals.
constexpr int bucketWidthsS[] = {60, 300, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400};
constexpr int dayBucketS = 86400;
// From buckets this wide, the view spans weeks and a day's cycle of sun and
// use cannot be told apart: 3- to 12-hour steps alternate between night and
// noon into a solid block of colour (#20). Such views show one step per day.
constexpr int dailyFromBucketS = 10800;

/*! Means over one bucket of what the chart draws; NaN where nothing has data. */
struct BucketMeans
{
    double production = std::nan("");
    double consumption = std::nan("");
    double selfConsumed = std::nan(""); //!< of min(p, c), over the intervals with both
};

BucketMeans bucketMeans(const std::vector<float> &production, const std::vector<float> &consumption,
                        std::size_t first, std::size_t last)
{
    double p = 0, c = 0, both = 0;
    int pCount = 0, cCount = 0, bothCount = 0;
    for (std::size_t i = first; i < last; ++i) {
        const bool hasP = !std::isnan(production[i]);
        const bool hasC = !std::isnan(consumption[i]);
        p += hasP ? production[i] : 0.0;
        c += hasC ? consumption[i] : 0.0;
        pCount += hasP;
        cCount += hasC;
        if (hasP && hasC) {
            both += std::min(production[i], consumption[i]);
            ++bothCount;
        }
    }
    BucketMeans means;
    if (pCount > 0)
        means.production = p / pCount;
    if (cCount > 0)
        means.consumption = c / cCount;
    if (bothCount > 0)
        means.selfConsumed = both / bothCount;
    return means;
}

/*!
 * First interval of each bucket of \a bucketS over \a series. Day buckets
 * follow Brussels days (23 or 25 hours at the clock changes), so a year is
 * drawn as one step per calendar day; shorter ones are fixed counts.
 */
std::vector<std::size_t> bucketStarts(const RegularSeries &series, int bucketS)
{
    std::vector<std::size_t> starts;
    const std::size_t size = series.kwh.size();
    if (size == 0 || series.intervalS <= 0)
        return starts;
    if (bucketS != dayBucketS) {
        const std::size_t per = std::size_t(std::max(1, bucketS / series.intervalS));
        for (std::size_t i = 0; i < size; i += per)
            starts.push_back(i);
        return starts;
    }
    starts.push_back(0);
    QDate day = brusselsDateOf(series.startUtc).addDays(1);
    for (;;) {
        const qint64 midnight = brusselsMidnightUtc(day);
        const qint64 index = (midnight - series.startUtc) / series.intervalS;
        if (index >= qint64(size))
            break;
        if (index > qint64(starts.back()))
            starts.push_back(std::size_t(index));
        day = day.addDays(1);
    }
    return starts;
}

QString kwText(double kw)
{
    return std::isnan(kw) ? BalanceChart::tr("no data")
                          : BalanceChart::tr("%1 kW").arg(QLocale().toString(kw, 'f', 2));
}

} // namespace

BalanceChart::BalanceChart(QWidget *parent)
    : QCustomPlot(parent)
{
    setLocale(QLocale());
    styleChart(this);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Production and consumption chart"));
    xAxis->setTicker(QSharedPointer<LocalTimeTicker>(new LocalTimeTicker));
    yAxis->setLabel(tr("Mean power (kW)"));

    const BalanceLayers layers = addBalanceLayers(this, 2);
    mAreas = layers.areas;
    mProduction = layers.production;
    mConsumption = layers.consumption;

    mCursorLine = new QCPItemStraightLine(this);
    mCursorLine->setPen(QPen(palette().color(QPalette::WindowText), 1, Qt::DashLine));
    mCursorText = new QCPItemText(this);
    mCursorText->position->setType(QCPItemPosition::ptAxisRectRatio);
    mCursorText->position->setCoords(0.01, 0.02);
    mCursorText->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    mCursorText->setTextAlignment(Qt::AlignLeft);
    mCursorText->setPadding(QMargins(6, 4, 6, 4));
    mCursorText->setBrush(QColor(255, 255, 255, 225));
    mCursorText->setColor(Qt::black);
    mCursorLine->setVisible(false);
    mCursorText->setVisible(false);

    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    axisRect()->setRangeDrag(Qt::Horizontal);
    axisRect()->setRangeZoom(Qt::Horizontal);
    connect(xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
            &BalanceChart::onRangeChanged);
}

void BalanceChart::setCurves(const AlignedCurves &curves)
{
    mCurves = curves;
    mLevels.clear();
    mShownBucketS = 0;
    // Levels are built when a period is shown: the axis' range is stale until then.
    for (QCPGraph *graph : {mProduction, mConsumption})
        graph->data()->clear();
    mAreas->setSteps(nullptr);
    mCursorLine->setVisible(false);
    mCursorText->setVisible(false);
    // Where a meter's rise was spread over missing readings, the values are
    // estimated: hatched behind the curves, across the chart's height.
    for (QCPItemRect *band : std::as_const(mEstimatedBands))
        removeItem(band);
    mEstimatedBands.clear();
    const QColor hatch = palette().color(QPalette::WindowText);
    for (const UtcRange &range :
         unitedRanges(curves.production.estimated, curves.consumption.estimated)) {
        auto *band = new QCPItemRect(this);
        band->setLayer(QStringLiteral("grid"));
        band->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
        band->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
        band->topLeft->setCoords(double(range.fromUtc), 0.0);
        band->bottomRight->setCoords(double(range.toUtc), 1.0);
        band->setPen(Qt::NoPen);
        band->setBrush(
            QBrush(QColor(hatch.red(), hatch.green(), hatch.blue(), 70), Qt::BDiagPattern));
        band->setSelectable(false);
        mEstimatedBands.append(band);
    }
}

const BalanceChart::Level &BalanceChart::level(int bucketS)
{
    auto found = mLevels.find(bucketS);
    if (found != mLevels.end())
        return found->second;
    const RegularSeries &p = mCurves.production;
    const RegularSeries &c = mCurves.consumption;
    const std::vector<std::size_t> starts = bucketStarts(p, bucketS);
    QVector<QCPGraphData> production, consumption;
    std::vector<EnergyAreas::Step> areas;
    production.reserve(qsizetype(starts.size()) + 1);
    consumption.reserve(qsizetype(starts.size()) + 1);
    areas.reserve(starts.size());
    for (std::size_t b = 0; b < starts.size(); ++b) {
        const std::size_t first = starts[b];
        const std::size_t last = b + 1 < starts.size() ? starts[b + 1] : p.kwh.size();
        const double key = double(p.instantOf(first));
        EnergyAreas::Step step{key, double(p.instantOf(last)), 0, 0};
        if (last - first == 1) {
            step.productionKw = meanKw(p.kwh[first], p.intervalS);
            step.consumptionKw = meanKw(c.kwh[first], p.intervalS);
        } else {
            const BucketMeans means = bucketMeans(p.kwh, c.kwh, first, last);
            step.productionKw = meanKw(means.production, p.intervalS);
            step.consumptionKw = meanKw(means.consumption, p.intervalS);
            step.selfConsumedKw = meanKw(means.selfConsumed, p.intervalS);
        }
        production.append(QCPGraphData(key, step.productionKw));
        consumption.append(QCPGraphData(key, step.consumptionKw));
        areas.push_back(step);
    }
    // One more point at the end repeats the last bucket, so its step is drawn.
    if (!production.isEmpty()) {
        const double end = double(p.endUtc());
        production.append(QCPGraphData(end, production.last().value));
        consumption.append(QCPGraphData(end, consumption.last().value));
    }
    Level built{QSharedPointer<QCPGraphDataContainer>::create(),
                QSharedPointer<QCPGraphDataContainer>::create(),
                std::make_shared<const std::vector<EnergyAreas::Step>>(std::move(areas))};
    built.production->set(production, true);
    built.consumption->set(consumption, true);
    return mLevels.emplace(bucketS, std::move(built)).first->second;
}

void BalanceChart::showLevelFor(const QCPRange &range)
{
    const int interval = mCurves.production.intervalS;
    if (interval <= 0) {
        for (QCPGraph *graph : {mProduction, mConsumption})
            graph->data()->clear();
        mAreas->setSteps(nullptr);
        mShownBucketS = 0;
        return;
    }
    const double pixels = std::max(100, axisRect()->width());
    int bucket = interval;
    for (int width : bucketWidthsS) {
        if (width < interval || width % interval != 0)
            continue;
        bucket = width;
        if (range.size() / width <= 2 * pixels)
            break;
    }
    if (bucket >= dailyFromBucketS && interval < dayBucketS)
        bucket = dayBucketS;
    if (range.size() / interval <= 2 * pixels)
        bucket = interval;
    if (bucket == mShownBucketS)
        return;
    const Level &shown = level(bucket);
    mProduction->setData(shown.production);
    mConsumption->setData(shown.consumption);
    mAreas->setSteps(shown.areas);
    mShownBucketS = bucket;
}

void BalanceChart::showPeriod(qint64 fromUtc, qint64 toUtc)
{
    mCursorLine->setVisible(false);
    mCursorText->setVisible(false);
    xAxis->setRange(double(fromUtc), double(toUtc));
    onRangeChanged(xAxis->range());
    replot(rpQueuedReplot);
}

qint64 BalanceChart::visibleFromUtc() const
{
    return qint64(std::llround(xAxis->range().lower));
}

qint64 BalanceChart::visibleToUtc() const
{
    return qint64(std::llround(xAxis->range().upper));
}

void BalanceChart::onRangeChanged(const QCPRange &range)
{
    if (mAdjusting)
        return;
    // Keep the view on the data and never narrower than two hours.
    const RegularSeries &p = mCurves.production;
    QCPRange clamped = range;
    if (p.intervalS > 0) {
        const double first = double(p.startUtc);
        const double last = double(p.endUtc());
        const double span = std::clamp(range.size(), minimumSpanS, last - first);
        clamped.lower = std::clamp(range.lower, first, last - span);
        clamped.upper = clamped.lower + span;
    }
    if (clamped != range) {
        mAdjusting = true;
        xAxis->setRange(clamped);
        mAdjusting = false;
    }
    showLevelFor(clamped);
    fitValueAxis();
    emit visiblePeriodChanged(visibleFromUtc(), visibleToUtc());
}

void BalanceChart::fitValueAxis()
{
    // To the highest step drawn: a year of daily means is not squeezed under
    // the one quarter hour that peaked.
    double highest = 0;
    if (mShownBucketS > 0) {
        const std::vector<EnergyAreas::Step> &steps = *level(mShownBucketS).areas;
        const QCPRange range = xAxis->range();
        auto step =
            std::lower_bound(steps.begin(), steps.end(), range.lower,
                             [](const EnergyAreas::Step &s, double key) { return s.toKey <= key; });
        for (; step != steps.end() && step->fromKey < range.upper; ++step) // fmax skips gaps
            highest = std::fmax(highest, std::fmax(step->productionKw, step->consumptionKw));
    }
    yAxis->setRange(0.0, std::max(0.1, highest * 1.08));
}

void BalanceChart::keyPressEvent(QKeyEvent *event)
{
    const QCPRange range = xAxis->range();
    const double step = range.size() * ((event->modifiers() & Qt::ShiftModifier) ? 1.0 : 0.2);
    switch (event->key()) {
    case Qt::Key_Left:
        xAxis->setRange(range.lower - step, range.upper - step);
        break;
    case Qt::Key_Right:
        xAxis->setRange(range.lower + step, range.upper + step);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        xAxis->scaleRange(0.5, range.center());
        break;
    case Qt::Key_Minus:
        xAxis->scaleRange(2.0, range.center());
        break;
    default:
        QCustomPlot::keyPressEvent(event);
        return;
    }
    replot(rpQueuedReplot);
    event->accept();
}

void BalanceChart::mouseMoveEvent(QMouseEvent *event)
{
    QCustomPlot::mouseMoveEvent(event);
    if (event->buttons() == Qt::NoButton && axisRect()->rect().contains(event->pos()))
        placeCrosshair(qint64(xAxis->pixelToCoord(event->position().x())));
}

void BalanceChart::leaveEvent(QEvent *event)
{
    QCustomPlot::leaveEvent(event);
    mCursorLine->setVisible(false);
    mCursorText->setVisible(false);
    replot(rpQueuedReplot);
}

void BalanceChart::placeCrosshair(qint64 utc)
{
    // The values of the step drawn under the pointer: an interval, or a bucket's mean
    // when zoomed out, so the text always matches the picture.
    if (mShownBucketS <= 0)
        return;
    const std::vector<EnergyAreas::Step> &steps = *level(mShownBucketS).areas;
    const auto step =
        std::lower_bound(steps.begin(), steps.end(), double(utc),
                         [](const EnergyAreas::Step &s, double key) { return s.toKey <= key; });
    if (step == steps.end() || step->fromKey > double(utc))
        return;
    const QTimeZone zone = ZoneConverter::brussels();
    const QDateTime from = QDateTime::fromSecsSinceEpoch(qint64(step->fromKey), zone);
    const QDateTime to = QDateTime::fromSecsSinceEpoch(qint64(step->toKey), zone);
    const QLocale locale;
    const bool wholeDay =
        from.time() == QTime(0, 0) && to == QDateTime(from.date().addDays(1), QTime(0, 0), zone);
    QString text =
        wholeDay
            ? tr("%1 (mean of the day)").arg(locale.toString(from.date(), QLocale::ShortFormat))
        : from.date() == to.date() || to == QDateTime(from.date().addDays(1), QTime(0, 0), zone)
            ? tr("%1, %2–%3")
                  .arg(locale.toString(from.date(), QLocale::ShortFormat),
                       locale.toString(from.time(), QLocale::ShortFormat),
                       locale.toString(to.time(), QLocale::ShortFormat))
            : tr("%1 – %2").arg(locale.toString(from, QLocale::ShortFormat),
                                locale.toString(to, QLocale::ShortFormat));
    const double production = step->productionKw;
    const double consumption = step->consumptionKw;
    text += QLatin1Char('\n') + flowName(EnergyFlow::Production) + QStringLiteral(": ") +
            kwText(production);
    text += QLatin1Char('\n') + flowName(EnergyFlow::Consumption) + QStringLiteral(": ") +
            kwText(consumption);
    if (!std::isnan(production) && !std::isnan(consumption))
        text += QLatin1Char('\n') + flowName(EnergyFlow::SelfConsumed) + QStringLiteral(": ") +
                kwText(step->usedOnTheSpotKw());
    mCursorText->setText(text);
    const double middle = (step->fromKey + step->toKey) / 2.0;
    mCursorLine->point1->setCoords(middle, 0);
    mCursorLine->point2->setCoords(middle, 1);
    mCursorLine->setVisible(true);
    mCursorText->setVisible(true);
    setAccessibleDescription(text);
    replot(rpQueuedReplot);
}

QString BalanceChart::crosshairText() const
{
    return mCursorText->visible() ? mCursorText->text() : QString();
}

} // namespace wattelier::ui
