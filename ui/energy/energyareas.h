// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <qcustomplot.h>

#include <cmath>
#include <memory>
#include <vector>

namespace wattelier::ui {

/*!
 * The three areas under the production and consumption curves, drawn as one
 * opaque rectangle per interval and flow: used on the spot from zero up to
 * the lower curve, sent to the grid up to production, taken from the grid up
 * to consumption. A step that holds both (a day's mean: sent out at noon,
 * taken in the evening) draws them side by side up to the lower of the two,
 * sent out on its left half. QCustomPlot's own graph
 * fills rasterise one jagged polygon, which takes hundreds of milliseconds for a year of data;
 * rectangles take a few.
 */
class EnergyAreas : public QCPAbstractPlottable
{
public:
    struct Step
    {
        double fromKey;
        double toKey;
        double productionKw; //!< NaN: no data
        double consumptionKw;
        //! Mean power used on the spot; NaN: the lower of the two (true of one interval).
        //! A bucket's mean of min(p, c) is less than the min of its means when the
        //! sun and the use fall in different hours of the bucket.
        double selfConsumedKw = std::nan("");

        double usedOnTheSpotKw() const;
    };

    EnergyAreas(QCPAxis *keyAxis, QCPAxis *valueAxis);

    /*! The intervals to draw, sorted by key (shared: a level of detail is kept by the chart). */
    void setSteps(std::shared_ptr<const std::vector<Step>> steps);

    double selectTest(const QPointF &pos, bool onlySelectable,
                      QVariant *details = nullptr) const override;
    QCPRange getKeyRange(bool &foundRange,
                         QCP::SignDomain inSignDomain = QCP::sdBoth) const override;
    QCPRange getValueRange(bool &foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth,
                           const QCPRange &inKeyRange = QCPRange()) const override;

protected:
    void draw(QCPPainter *painter) override;
    void drawLegendIcon(QCPPainter *painter, const QRectF &rect) const override;

private:
    std::shared_ptr<const std::vector<Step>> mSteps = std::make_shared<std::vector<Step>>();
};

} // namespace wattelier::ui
