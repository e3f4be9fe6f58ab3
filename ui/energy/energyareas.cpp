// SPDX-License-Identifier: GPL-3.0-or-later
#include "energyareas.h"

#include "core/palette.h"

#include <algorithm>
#include <cmath>

namespace wattelier::ui {

EnergyAreas::EnergyAreas(QCPAxis *keyAxis, QCPAxis *valueAxis)
    : QCPAbstractPlottable(keyAxis, valueAxis)
{
    setAntialiased(false);
    setAntialiasedFill(false);
    setSelectable(QCP::stNone);
}

void EnergyAreas::setSteps(std::shared_ptr<const std::vector<Step>> steps)
{
    mSteps = steps ? std::move(steps) : std::make_shared<std::vector<Step>>();
}

double EnergyAreas::selectTest(const QPointF &, bool, QVariant *) const
{
    return -1;
}

QCPRange EnergyAreas::getKeyRange(bool &foundRange, QCP::SignDomain) const
{
    foundRange = !mSteps->empty();
    return foundRange ? QCPRange(mSteps->front().fromKey, mSteps->back().toKey) : QCPRange();
}

QCPRange EnergyAreas::getValueRange(bool &foundRange, QCP::SignDomain, const QCPRange &) const
{
    double highest = 0;
    for (const Step &s : *mSteps)
        highest = std::fmax(highest, std::fmax(s.productionKw, s.consumptionKw));
    foundRange = !mSteps->empty();
    return QCPRange(0, highest);
}

void EnergyAreas::draw(QCPPainter *painter)
{
    QCPAxis *keys = keyAxis();
    QCPAxis *values = valueAxis();
    if (!keys || !values || mSteps->empty())
        return;
    const QCPRange visible = keys->range();
    const auto first = std::lower_bound(mSteps->begin(), mSteps->end(), visible.lower,
                                        [](const Step &s, double key) { return s.toKey < key; });
    const QColor used = colourOf(EnergyFlow::SelfConsumed);
    const QColor injected = colourOf(EnergyFlow::Injected);
    const QColor offtake = colourOf(EnergyFlow::Offtake);
    const double zero = values->coordToPixel(0);
    for (auto s = first; s != mSteps->end() && s->fromKey <= visible.upper; ++s) {
        if (std::isnan(s->productionKw) || std::isnan(s->consumptionKw))
            continue; // a gap stays a gap
        // Whole pixels, each interval at least one wide, so neighbours never leave a seam.
        const double left = std::round(keys->coordToPixel(s->fromKey));
        const double right = std::max(left + 1, std::round(keys->coordToPixel(s->toKey)));
        const double lower = s->usedOnTheSpotKw();
        const double yLower = std::round(values->coordToPixel(lower));
        painter->fillRect(QRectF(left, yLower, right - left, zero - yLower), used);
        // Above what is used on the spot, the flows: where only one reaches,
        // the whole width; where both do (a day's mean), side by side.
        const double yProduction = std::round(values->coordToPixel(s->productionKw));
        const double yConsumption = std::round(values->coordToPixel(s->consumptionKw));
        const double yBoth = std::max(yProduction, yConsumption); // pixels grow downwards
        const double middle = std::round((left + right) / 2.0);
        if (yBoth < yLower) {
            painter->fillRect(QRectF(left, yBoth, middle - left, yLower - yBoth), injected);
            painter->fillRect(QRectF(middle, yBoth, right - middle, yLower - yBoth), offtake);
        }
        const double yTop = std::min(yProduction, yConsumption);
        const double yFrom = std::min(yBoth, yLower);
        if (yTop < yFrom)
            painter->fillRect(QRectF(left, yTop, right - left, yFrom - yTop),
                              yProduction < yConsumption ? injected : offtake);
    }
}

double EnergyAreas::Step::usedOnTheSpotKw() const
{
    return std::isnan(selfConsumedKw) ? std::min(productionKw, consumptionKw) : selfConsumedKw;
}

void EnergyAreas::drawLegendIcon(QCPPainter *, const QRectF &) const {}

} // namespace wattelier::ui
