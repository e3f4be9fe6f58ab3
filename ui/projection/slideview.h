// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "presentation/slidecontent.h"

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

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /*! The rectangle below the title and figures, where bars, lines or the chart go. */
    QRect bodyRect() const;
    void placeChart();
    int unit() const; //!< the theme's base size in pixels: 1/40 of the height

    SlideContent mContent;
    bool mNamesShown = false;
    BalanceChart *mChart;
};

} // namespace wattelier::ui
