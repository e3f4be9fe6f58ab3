// SPDX-License-Identifier: GPL-3.0-or-later
// Drawing of the printed charts. Everything is measured in millimetres of
// paper (mm()), so a chart looks the same in a 1200 dpi PDF, on a printer and
// in the preview.
#include "core/chartstyle.h"
#include "core/palette.h"
#include "core/units.h"
#include "reportchart.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace wattelier {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportChart)
};

class ChartPainter
{
public:
    ChartPainter(QPainter &painter, const QRectF &rect, const QFont &font)
        : p(painter)
        , area(rect)
    {
        p.setFont(font);
        p.setRenderHint(QPainter::Antialiasing);
    }

    static double mm(double millimetres) { return millimetres * reportDotsPerMm; }
    QFontMetricsF metrics() const { return QFontMetricsF(p.font()); }

    void bars(const ReportChart &chart);
    void groupedBars(const ReportChart &chart);
    void curves(const ReportChart &chart);

private:
    /*! Coloured squares with names along the top; returns the height used. */
    double legend(const QList<std::pair<QString, QColor>> &items, bool withMark,
                  const QString &markLabel);
    /*! Horizontal grid lines with their values; returns the value axis' top. */
    void valueAxis(const QRectF &plot, double top, const QString &unit);

    QPainter &p;
    QRectF area;
};

double ChartPainter::legend(const QList<std::pair<QString, QColor>> &items, bool withMark,
                            const QString &markLabel)
{
    const QFontMetricsF fm = metrics();
    const double box = fm.height() * 0.7;
    double x = area.left();
    const double y = area.top();
    for (const auto &[name, colour] : items) {
        p.fillRect(QRectF(x, y + (fm.height() - box) / 2, box, box), colour);
        x += box + mm(1.5);
        p.setPen(Qt::black);
        p.drawText(QPointF(x, y + fm.ascent()), name);
        x += fm.horizontalAdvance(name) + mm(5);
    }
    if (withMark && !markLabel.isEmpty()) {
        p.setPen(QPen(Qt::black, mm(0.6)));
        p.drawLine(QPointF(x + box / 2, y), QPointF(x + box / 2, y + fm.height()));
        x += box + mm(1.5);
        p.drawText(QPointF(x, y + fm.ascent()), markLabel);
    }
    return fm.height() + mm(2);
}

void ChartPainter::valueAxis(const QRectF &plot, double top, const QString &unit)
{
    const QFontMetricsF fm = metrics();
    for (int i = 0; i <= 4; ++i) {
        const double value = top * i / 4.0;
        const double y = plot.bottom() - plot.height() * i / 4.0;
        p.setPen(QPen(i == 0 ? QColor(Qt::black) : chartstyle::gridLine(), mm(0.2)));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        const QString text = chartstyle::axisLabel(value, unit);
        p.setPen(Qt::black);
        p.drawText(QRectF(area.left(), y - fm.height() / 2, plot.left() - area.left() - mm(1.5),
                          fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, text);
    }
}

void ChartPainter::bars(const ReportChart &chart)
{
    const QFontMetricsF fm = metrics();
    bool anyMark = false;
    double maximum = 0;
    double labelWidth = 0;
    double valueWidth = 0;
    for (const SlideBar &bar : chart.bars) {
        maximum = std::max({maximum, bar.value, bar.reference.value_or(0.0)});
        anyMark = anyMark || bar.reference.has_value();
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(bar.label));
        valueWidth = std::max(valueWidth, fm.horizontalAdvance(bar.valueText));
    }
    double top = area.top();
    if (anyMark)
        top += legend({}, true, chart.referenceLabel);
    labelWidth = std::min(labelWidth, area.width() * 0.4);
    const double barsLeft = area.left() + labelWidth + mm(2);
    const double barsWidth = std::max(mm(10), area.right() - valueWidth - mm(2) - barsLeft);
    const int count = std::max<int>(1, int(chart.bars.size()));
    const double rowHeight = (area.bottom() - top) / count;
    const double barHeight = std::min(rowHeight * 0.7, mm(8));
    for (int i = 0; i < chart.bars.size(); ++i) {
        const SlideBar &bar = chart.bars.at(i);
        const double y = top + rowHeight * i + (rowHeight - barHeight) / 2;
        p.setPen(Qt::black);
        const QString label = fm.elidedText(bar.label, Qt::ElideRight, labelWidth);
        p.drawText(QRectF(area.left(), y, labelWidth, barHeight), Qt::AlignRight | Qt::AlignVCenter,
                   label);
        const double width = maximum > 0 ? barsWidth * bar.value / maximum : 0;
        p.fillRect(QRectF(barsLeft, y, width, barHeight), bar.colour);
        double textLeft = barsLeft + width;
        if (bar.reference && maximum > 0) {
            const double x = barsLeft + barsWidth * *bar.reference / maximum;
            p.setPen(QPen(Qt::black, mm(0.6)));
            p.drawLine(QPointF(x, y - mm(1)), QPointF(x, y + barHeight + mm(1)));
            textLeft = std::max(textLeft, x); // the value never sits on the mark
        }
        p.setPen(Qt::black);
        p.drawText(QRectF(textLeft + mm(1.5), y, valueWidth + mm(1), barHeight),
                   Qt::AlignLeft | Qt::AlignVCenter, bar.valueText);
    }
}

void ChartPainter::groupedBars(const ReportChart &chart)
{
    QList<std::pair<QString, QColor>> items;
    double maximum = 0;
    for (const ChartSeries &series : chart.series) {
        items.append({series.name, series.colour});
        for (double v : series.values)
            if (std::isfinite(v))
                maximum = std::max(maximum, v);
    }
    const double top = area.top() + legend(items, false, {});
    const QFontMetricsF fm = metrics();
    const double axisTop = chartstyle::niceAxisTop(maximum);
    const double labelWidth = fm.horizontalAdvance(units::number(axisTop, 0) + QLatin1Char(' ') +
                                                   chart.unit + QLatin1Char('0'));
    const QRectF plot(area.left() + labelWidth + mm(2), top + fm.height() / 2,
                      area.width() - labelWidth - mm(2),
                      area.bottom() - top - fm.height() * 1.5 - mm(1));
    valueAxis(plot, axisTop, chart.unit);
    const int groups = std::max<int>(1, int(chart.groups.size()));
    const double groupWidth = plot.width() / groups;
    const int seriesCount = std::max<int>(1, int(chart.series.size()));
    const double barWidth = groupWidth * 0.8 / seriesCount;
    for (int g = 0; g < chart.groups.size(); ++g) {
        const double left = plot.left() + groupWidth * g + groupWidth * 0.1;
        for (int s = 0; s < chart.series.size(); ++s) {
            const double value = chart.series.at(s).values.value(g, std::nan(""));
            if (!std::isfinite(value))
                continue;
            const double height = plot.height() * value / axisTop;
            p.fillRect(QRectF(left + barWidth * s, plot.bottom() - height, barWidth, height),
                       chart.series.at(s).colour);
        }
        p.setPen(Qt::black);
        p.drawText(
            QRectF(plot.left() + groupWidth * g, plot.bottom() + mm(1), groupWidth, fm.height()),
            Qt::AlignHCenter | Qt::AlignTop, chart.groups.at(g));
    }
}

/*! Mean power in kW over each \a step of the period; NaN where a value is missing. */
std::vector<double> meanPower(const RegularSeries &series, qint64 from, qint64 to, qint64 step)
{
    std::vector<double> kw;
    const qint64 interval = series.intervalS;
    for (qint64 start = from; start < to; start += step) {
        const qint64 end = std::min(start + step, to);
        double sum = 0;
        qint64 count = 0;
        bool complete = interval > 0;
        if (complete) {
            const qint64 first = (start - series.startUtc + interval - 1) / interval;
            const qint64 last = (end - series.startUtc) / interval; // exclusive
            complete = first >= 0 && last <= qint64(series.kwh.size()) && last > first;
            for (qint64 i = first; complete && i < last; ++i) {
                const float v = series.kwh[std::size_t(i)];
                complete = !RegularSeries::isGap(v);
                sum += v;
                ++count;
            }
        }
        kw.push_back(complete ? sum / (count * interval / 3600.0) : std::nan(""));
    }
    return kw;
}

QString tickText(qint64 utc, qint64 period)
{
    const QDateTime local =
        QDateTime::fromSecsSinceEpoch(utc, QTimeZone(QByteArrayLiteral("Europe/Brussels")));
    const QLocale locale;
    if (period <= 2 * 86400)
        return locale.toString(local.time(), QStringLiteral("HH:mm"));
    if (period <= 8 * 86400)
        return locale.toString(local.date(), QStringLiteral("ddd d"));
    return locale.toString(local.date(), QStringLiteral("d MMM"));
}

void ChartPainter::curves(const ReportChart &chart)
{
    const qint64 period = chart.toUtc - chart.fromUtc;
    if (period <= 0)
        return;
    // Hours for a week or a month: a printed line cannot show more, and stays light in the PDF.
    const int interval = std::max(chart.curves.production.intervalS, 1);
    const qint64 step = period > 2 * 86400 ? std::max<qint64>(3600, interval) : interval;
    const std::vector<double> production =
        meanPower(chart.curves.production, chart.fromUtc, chart.toUtc, step);
    const std::vector<double> consumption =
        meanPower(chart.curves.consumption, chart.fromUtc, chart.toUtc, step);
    double maximum = 0;
    for (const auto *values : {&production, &consumption})
        for (double v : *values)
            if (std::isfinite(v))
                maximum = std::max(maximum, v);

    const double top =
        area.top() + legend({{Text::tr("Production"), colourOf(EnergyFlow::Production)},
                             {Text::tr("Consumption"), colourOf(EnergyFlow::Consumption)},
                             {Text::tr("Used on the spot"), colourOf(EnergyFlow::SelfConsumed)}},
                            false, {});
    const QFontMetricsF fm = metrics();
    const double axisTop = chartstyle::niceAxisTop(maximum);
    const QString unit = QStringLiteral("kW");
    const double labelWidth =
        fm.horizontalAdvance(units::number(axisTop, 0) + QStringLiteral(" kW0"));
    const QRectF plot(area.left() + labelWidth + mm(2), top + fm.height() / 2,
                      area.width() - labelWidth - mm(2),
                      area.bottom() - top - fm.height() * 1.5 - mm(1));
    const auto xOf = [&](qint64 utc) {
        return plot.left() + plot.width() * double(utc - chart.fromUtc) / double(period);
    };
    const auto yOf = [&](double kw) { return plot.bottom() - plot.height() * kw / axisTop; };

    // Used on the spot: min(P, C) of each step, as rectangles (a step is an average).
    for (std::size_t i = 0; i < production.size(); ++i) {
        const double used = std::min(production[i], consumption[i]);
        if (!std::isfinite(used) || used <= 0)
            continue;
        const qint64 t = chart.fromUtc + qint64(i) * step;
        p.fillRect(QRectF(QPointF(xOf(t), yOf(used)),
                          QPointF(xOf(std::min(t + step, chart.toUtc)), plot.bottom())),
                   colourOf(EnergyFlow::SelfConsumed).lighter(130));
    }
    valueAxis(plot, axisTop, unit);
    const auto line = [&](const std::vector<double> &values, const QColor &colour) {
        QPainterPath path;
        bool drawing = false;
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (!std::isfinite(values[i])) {
                drawing = false;
                continue;
            }
            const qint64 t = chart.fromUtc + qint64(i) * step;
            const QPointF a(xOf(t), yOf(values[i]));
            const QPointF b(xOf(std::min(t + step, chart.toUtc)), yOf(values[i]));
            if (drawing)
                path.lineTo(a);
            else
                path.moveTo(a);
            path.lineTo(b);
            drawing = true;
        }
        p.setPen(QPen(colour, mm(0.5)));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    };
    line(production, colourOf(EnergyFlow::Production));
    line(consumption, colourOf(EnergyFlow::Consumption));

    // Ticks: every 3 hours for a day, each day for a week, each week for a month.
    const qint64 tick = period <= 2 * 86400 ? 3 * 3600 : period <= 8 * 86400 ? 86400 : 7 * 86400;
    p.setPen(Qt::black);
    for (qint64 t = chart.fromUtc; t < chart.toUtc; t += tick) {
        const double x = xOf(t);
        p.setPen(QPen(Qt::black, mm(0.2)));
        p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + mm(1)));
        p.drawText(QPointF(x + mm(0.5), plot.bottom() + mm(1) + fm.ascent()), tickText(t, period));
    }
}

} // namespace

void paintReportChart(QPainter &painter, const QRectF &rect, const ReportChart &chart,
                      const QFont &font)
{
    ChartPainter chartPainter(painter, rect, font);
    switch (chart.kind) {
    case ReportChart::Kind::Bars:
        chartPainter.bars(chart);
        break;
    case ReportChart::Kind::GroupedBars:
        chartPainter.groupedBars(chart);
        break;
    case ReportChart::Kind::Curves:
        chartPainter.curves(chart);
        break;
    }
}

} // namespace wattelier
