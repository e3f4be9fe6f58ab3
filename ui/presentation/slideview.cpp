// SPDX-License-Identifier: GPL-3.0-or-later
#include "slideview.h"

#include "core/chartstyle.h"
#include "energy/balancechart.h"
#include "legendfit.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPaintEvent>

#include <algorithm>
#include <cmath>

namespace wattelier::ui {
namespace {

// Projection theme: black on white survives washed-out projectors best.
const QColor background(Qt::white);
const QColor ink = chartstyle::ink();
const QColor muted = chartstyle::mutedInk();
const QColor namesBand = chartstyle::attention();

QFont themeFont(int pixels, bool bold = false)
{
    QFont font;
    font.setPixelSize(std::max(8, pixels));
    font.setBold(bold);
    return font;
}

} // namespace

SlideView::SlideView(QWidget *parent)
    : QWidget(parent)
    , mChart(new BalanceChart(this))
{
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, ink);
    palette.setColor(QPalette::Base, background);
    setPalette(palette);
    mChart->setPalette(palette);
    mChart->hide();
    setAccessibleName(tr("Slide"));
}

int SlideView::unit() const
{
    return std::max(6, height() / 40);
}

void SlideView::setContent(const SlideContent &content)
{
    mContent = content;
    setAccessibleDescription(mContent.allText().join(QLatin1Char('\n')));
    if (mContent.showsCurves) {
        mChart->setCurves(mContent.curves);
        placeChart();
        mChart->show();
        mChart->showPeriod(mContent.fromUtc, mContent.toUtc);
        mChart->replot(); // now: a grab or the next frame must not show the last slide's curves
    } else {
        mChart->hide();
    }
    update();
}

QStringList SlideView::cutTexts() const
{
    QStringList cut = mCutTexts;
    if (mContent.showsCurves)
        cut += clippedLegendEntries(mChart);
    return cut;
}

void SlideView::setNamesShown(bool shown)
{
    mNamesShown = shown;
    update();
}

void SlideView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeChart();
}

void SlideView::placeChart()
{
    const int u = unit();
    const QFont tick = themeFont(int(u * chartstyle::tickTextScale));
    for (QCPAxis *axis : {mChart->xAxis, mChart->yAxis}) {
        axis->setTickLabelFont(tick);
        axis->setLabelFont(tick);
        axis->setBasePen(QPen(ink, 2));
    }
    mChart->legend->setFont(tick);
    mChart->setGeometry(chartRect());
    fitLegend(mChart); // for the new font, when the size did not change
    if (mContent.showsCurves)
        mChart->showPeriod(mContent.fromUtc, mContent.toUtc);
}

QRect SlideView::bodyRect() const
{
    const int u = unit();
    int top = u * 7; // title and subtitle
    if (!mContent.figures.isEmpty())
        top += u * 7; // the row of big figures
    const int bottom = height() - u * (mNamesShown ? 3 : 1);
    return QRect(u * 2, top, width() - u * 4, std::max(u, bottom - top));
}

int SlideView::curvesLineHeight() const
{
    return unit() * 5 / 2; // two lines of small text each
}

QRect SlideView::chartRect() const
{
    // The lines under the curves (estimated production, coverage, why the
    // year's consumption parts from the inventory's) take their room first.
    const QRect body = bodyRect();
    const int lines = int(mContent.lines.size()) * curvesLineHeight();
    return body.adjusted(0, 0, 0, -std::min(lines, body.height() / 3));
}

void SlideView::drawFitted(QPainter &p, const QRect &box, int flags, const QString &text,
                           int pixels, bool bold, bool wrap)
{
    // Shrink a little, then wrap, then shrink more: a whole title reads better than a cut one.
    const int smallest = std::max(8, pixels * 6 / 10);
    const auto fitsOneLine = [&](int size) {
        return QFontMetrics(themeFont(size, bold)).horizontalAdvance(text) <= box.width();
    };
    const auto fitsWrapped = [&](int size) {
        const QFontMetrics metrics(themeFont(size, bold));
        const QRect needed =
            metrics.boundingRect(QRect(0, 0, box.width(), 1 << 20), Qt::TextWordWrap, text);
        return needed.width() <= box.width() && needed.height() <= box.height();
    };
    int size = pixels;
    while (size > pixels * 8 / 10 && !fitsOneLine(size))
        size = size * 92 / 100;
    if (wrap && !fitsOneLine(size)) {
        for (int wrapped = pixels; wrapped >= smallest; wrapped = wrapped * 92 / 100) {
            if (fitsWrapped(wrapped)) {
                p.setFont(themeFont(wrapped, bold));
                p.drawText(box, flags | Qt::TextWordWrap, text);
                return;
            }
        }
    }
    while (size > smallest && !fitsOneLine(size))
        size = std::max(smallest, size * 92 / 100);
    p.setFont(themeFont(size, bold));
    QString shown = text;
    if (p.fontMetrics().horizontalAdvance(text) > box.width()) {
        shown = p.fontMetrics().elidedText(text, Qt::ElideRight, box.width());
        mCutTexts.append(text);
    }
    p.drawText(box, flags, shown);
}

void SlideView::paintEvent(QPaintEvent *)
{
    mCutTexts.clear();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), background);
    const int u = unit();
    const int left = u * 2;
    const int usable = width() - u * 4;

    p.setPen(ink);
    drawFitted(p, QRect(left, u / 2, usable, u * 9 / 2), Qt::AlignLeft | Qt::AlignVCenter,
               mContent.title, u * 3, true, true);
    p.setPen(muted);
    drawFitted(p, QRect(left, u * 5, usable, u * 2), Qt::AlignLeft | Qt::AlignVCenter,
               mContent.subtitle, int(u * 1.6));

    // Big figures in a row of tiles: the value large, its label under it.
    if (!mContent.figures.isEmpty()) {
        const int count = int(mContent.figures.size());
        const int tile = usable / count;
        // As large as the widest value allows: no figure is ever cut.
        int valuePixels = int(u * 3.2);
        for (const SlideFigure &f : mContent.figures)
            while (valuePixels > u &&
                   QFontMetrics(themeFont(valuePixels, true)).horizontalAdvance(f.value) > tile - u)
                valuePixels = valuePixels * 9 / 10;
        for (int i = 0; i < count; ++i) {
            const SlideFigure &f = mContent.figures.at(i);
            const QRect box(left + i * tile, u * 7, tile - u, u * 6);
            p.setPen(f.colour.isValid() ? f.colour.darker(125) : ink);
            p.setFont(themeFont(valuePixels, true));
            p.drawText(box.adjusted(0, 0, 0, -u * 2), Qt::AlignLeft | Qt::AlignBottom, f.value);
            p.setPen(muted);
            drawFitted(p, box.adjusted(0, u * 4, 0, 0), Qt::AlignLeft | Qt::AlignTop, f.label,
                       int(u * 1.3));
        }
    }

    const QRect body = bodyRect();
    if (!mContent.emptyMessage.isEmpty()) {
        p.setPen(muted);
        p.setFont(themeFont(u * 2));
        p.drawText(body, Qt::AlignCenter | Qt::TextWordWrap, mContent.emptyMessage);
    } else if (!mContent.bars.isEmpty() && !mContent.showsCurves) {
        // Horizontal bars on one scale; a reference (estimate, baseline) as a black mark.
        const int rows = int(mContent.bars.size());
        const int captionHeight = mContent.barsCaption.isEmpty() ? 0 : u * 2;
        const int linesHeight = int(mContent.lines.size()) * u * 2;
        const int rowHeight =
            std::min(u * 4, (body.height() - captionHeight - linesHeight) / std::max(1, rows));
        double highest = 0;
        for (const SlideBar &b : mContent.bars)
            highest = std::max({highest, b.value, b.reference.value_or(0.0)});
        p.setFont(themeFont(int(u * 1.5)));
        // Labels take what they need up to 45 % of the width: "Fridge-freezer (kitchen)"
        // and "Fridge-freezer (cellar)" must not both read "Fridge-freezer…" (#20).
        int labelWidth = usable * 3 / 10;
        for (const SlideBar &b : mContent.bars)
            labelWidth = std::clamp(p.fontMetrics().horizontalAdvance(b.label) + u, labelWidth,
                                    usable * 45 / 100);
        int valueWidth = usable / 10;
        for (const SlideBar &b : mContent.bars) // the figures are never cut
            valueWidth = std::max(valueWidth, p.fontMetrics().horizontalAdvance(b.valueText) + u);
        const int barWidth = std::max(u, usable - labelWidth - valueWidth - u);
        // One size for every label, the size the longest one fits at: rows read alike.
        int labelPixels = int(u * 1.5);
        for (const SlideBar &b : mContent.bars)
            while (labelPixels > u &&
                   QFontMetrics(themeFont(labelPixels)).horizontalAdvance(b.label) > labelWidth - u)
                labelPixels = labelPixels * 92 / 100;
        for (int i = 0; i < rows; ++i) {
            const SlideBar &b = mContent.bars.at(i);
            const int y = body.top() + i * rowHeight;
            p.setPen(ink);
            drawFitted(p, QRect(left, y, labelWidth - u, rowHeight),
                       Qt::AlignLeft | Qt::AlignVCenter, b.label, labelPixels);
            p.setFont(themeFont(int(u * 1.5)));
            const int length = highest > 0 ? int(barWidth * b.value / highest) : 0;
            const QRect bar(left + labelWidth, y + rowHeight / 6, length, rowHeight * 2 / 3);
            p.fillRect(bar, b.colour.isValid() ? b.colour : chartstyle::plainBar());
            if (b.reference && highest > 0) {
                const int x = left + labelWidth + int(barWidth * *b.reference / highest);
                p.fillRect(QRect(x - u / 5, y + rowHeight / 12, std::max(3, u / 2 - u / 10),
                                 rowHeight * 5 / 6),
                           ink);
            }
            p.setPen(ink);
            p.drawText(QRect(left + labelWidth + barWidth + u, y, valueWidth, rowHeight),
                       Qt::AlignRight | Qt::AlignVCenter, b.valueText);
        }
        int y = body.top() + rows * rowHeight + u / 2;
        p.setPen(muted);
        p.setFont(themeFont(int(u * 1.2)));
        if (captionHeight) {
            drawFitted(p, QRect(left, y, usable, captionHeight), Qt::AlignLeft | Qt::AlignVCenter,
                       mContent.barsCaption, int(u * 1.2));
            y += captionHeight;
        }
        p.setPen(ink);
        for (const QString &line : mContent.lines) {
            drawFitted(p, QRect(left, y, usable, u * 2), Qt::AlignLeft | Qt::AlignVCenter, line,
                       int(u * 1.5));
            y += u * 2;
        }
    } else if (mContent.showsCurves) {
        p.setPen(muted);
        int y = chartRect().bottom() + 1;
        for (const QString &line : mContent.lines) {
            drawFitted(p, QRect(left, y, usable, curvesLineHeight()),
                       Qt::AlignLeft | Qt::AlignVCenter, line, int(u * 1.2), false, true);
            y += curvesLineHeight();
        }
    } else {
        p.setFont(themeFont(u * 2));
        p.setPen(ink);
        int y = body.top();
        for (const QString &line : mContent.lines) {
            drawFitted(p, QRect(left, y, usable, u * 3), Qt::AlignLeft | Qt::AlignVCenter, line,
                       u * 2);
            y += u * 3;
        }
    }

    if (mNamesShown) {
        const QRect band(0, height() - u * 2, width(), u * 2);
        p.fillRect(band, namesBand);
        p.setPen(Qt::white);
        p.setFont(themeFont(int(u * 1.3), true));
        p.drawText(band, Qt::AlignCenter, tr("Households' names are shown"));
    }
}

} // namespace wattelier::ui
