// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "presentation/slidecontent.h"

#include <QStringList>
#include <QWidget>

namespace wattelier::ui {

class BalanceChart;

/*!
 * Draws one slide for the wall, in the projection theme: large type scaled
 * to the window's height, high contrast, the palette every screen uses. Big
 * figures, bars with their reference marks, short lines, and the production
 * and consumption chart for energy slides. A red band says so while
 * households' names are shown.
 */
class SlideView : public QWidget
{
    Q_OBJECT

public:
    explicit SlideView(QWidget *parent = nullptr);

    void setContent(const SlideContent &content);
    const SlideContent &content() const { return mContent; }
    /*! Shows the "names are shown" band. */
    void setNamesShown(bool shown);
    bool namesShown() const { return mNamesShown; }
    BalanceChart *chart() const { return mChart; }
    /*!
     * The texts the last paint had to cut with "…" even at their smallest
     * size, and the chart's legend entries too wide for it; empty when every
     * title, figure, label, line and legend entry was drawn whole.
     * The projection test asks it of every slide at 1024 × 768 (#20).
     */
    QStringList cutTexts() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /*! The rectangle below the title and figures, where bars, lines or the chart go. */
    QRect bodyRect() const;
    QRect chartRect() const;      //!< the body above the lines, where the curves go
    int curvesLineHeight() const; //!< room for one line under the curves
    void placeChart();
    int unit() const; //!< the theme's base size in pixels: 1/40 of the height
    /*!
     * Draws \a text in \a box at \a pixels, or smaller (down to 60 %) until it
     * fits the box's width; with \a wrap, on as many lines as the box's height
     * holds before shrinking further; only then cut with "…" (noted in cutTexts()).
     */
    void drawFitted(QPainter &p, const QRect &box, int flags, const QString &text, int pixels,
                    bool bold = false, bool wrap = false);

    SlideContent mContent;
    bool mNamesShown = false;
    QStringList mCutTexts;
    BalanceChart *mChart;
};

} // namespace wattelier::ui
