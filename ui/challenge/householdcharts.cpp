// SPDX-License-Identifier: GPL-3.0-or-later
#include "householdcharts.h"

#include "challenge/challengereport.h"
#include "core/chartstyle.h"
#include "core/palette.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace wattelier::ui {
namespace {
constexpr int panelWidth = 150;
constexpr int panelHeight = 96;
constexpr int gap = 10;
} // namespace

HouseholdCharts::HouseholdCharts(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Each household's weeks against its own baseline"));
    setMinimumHeight(panelHeight + 2 * gap);
}

void HouseholdCharts::setReport(const ChallengeReport &report, bool showNames)
{
    mPanels.clear();
    for (const HouseholdChallenge &h : report.households) {
        Panel panel;
        panel.title = showNames ? h.name : h.pseudonym;
        panel.baseline = h.baselineKwhPerWeek.value_or(-1.0);
        panel.scale = std::max(1.0, panel.baseline * 1.25);
        for (const HouseholdWeek &week : h.weeks) {
            panel.weeks.append(week.figure.kwh.value_or(-1.0));
            panel.estimated.append(week.figure.estimated);
            panel.scale = std::max(panel.scale, week.figure.kwh.value_or(0.0) * 1.1);
        }
        mPanels.append(panel);
    }
    updateGeometry();
    update();
}

void HouseholdCharts::setFilter(const QString &text)
{
    mFilter = text.simplified();
    updateGeometry();
    update();
}

QList<const HouseholdCharts::Panel *> HouseholdCharts::shownPanels() const
{
    QList<const Panel *> shown;
    for (const Panel &panel : mPanels)
        if (mFilter.isEmpty() || panel.title.contains(mFilter, Qt::CaseInsensitive))
            shown.append(&panel);
    return shown;
}

QSize HouseholdCharts::sizeHint() const
{
    const int columns = qMax(1, width() / (panelWidth + gap));
    const int rows = int((shownPanels().size() + columns - 1) / columns);
    return QSize(4 * (panelWidth + gap), qMax(1, rows) * (panelHeight + gap) + gap);
}

void HouseholdCharts::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int columns = qMax(1, width() / (panelWidth + gap));
    const QColor bar = colourOf(Category::Washing);
    const QList<const Panel *> shown = shownPanels();
    for (int i = 0; i < shown.size(); ++i) {
        const Panel &panel = *shown.at(i);
        const QRect frame((i % columns) * (panelWidth + gap) + gap,
                          (i / columns) * (panelHeight + gap) + gap, panelWidth, panelHeight);
        painter.setPen(palette().color(QPalette::Mid));
        painter.setBrush(palette().color(QPalette::Base));
        painter.drawRoundedRect(frame, 4, 4);
        painter.setPen(palette().color(QPalette::Text));
        const QRect titleRect = frame.adjusted(6, 2, -6, 0);
        painter.drawText(
            titleRect, Qt::AlignLeft | Qt::AlignTop,
            painter.fontMetrics().elidedText(panel.title, Qt::ElideRight, titleRect.width()));
        const QRect plot = frame.adjusted(8, painter.fontMetrics().height() + 6, -8, -6);
        const int n = int(panel.weeks.size());
        if (n == 0)
            continue;
        const double slot = double(plot.width()) / n;
        for (int w = 0; w < n; ++w) {
            const double kwh = panel.weeks.at(w);
            if (kwh < 0)
                continue;
            const double h = plot.height() * kwh / panel.scale;
            const QRectF r(plot.left() + w * slot + slot * 0.15, plot.bottom() - h, slot * 0.7, h);
            QColor fill = bar;
            if (panel.estimated.at(w))
                fill.setAlpha(110); // estimated weeks paler
            painter.setPen(Qt::NoPen);
            painter.setBrush(fill);
            painter.drawRect(r);
        }
        if (panel.baseline > 0) {
            const double y = plot.bottom() - plot.height() * panel.baseline / panel.scale;
            painter.setPen(QPen(chartstyle::reference(), 1.5, Qt::DashLine));
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        }
    }
}

} // namespace wattelier::ui
