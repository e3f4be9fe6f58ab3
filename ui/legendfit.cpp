// SPDX-License-Identifier: GPL-3.0-or-later
#include "legendfit.h"

#include <qcustomplot.h>

#include <algorithm>
#include <numeric>
#include <vector>

namespace wattelier::ui {
namespace {

/*! The legend's entries in order (its grid may hold empty cells after a wrap). */
std::vector<QCPAbstractLegendItem *> entriesOf(const QCPLegend *legend)
{
    std::vector<QCPAbstractLegendItem *> entries;
    for (int i = 0; i < legend->itemCount(); ++i)
        if (QCPAbstractLegendItem *entry = legend->item(i))
            entries.push_back(entry);
    return entries;
}

/*! Width the legend needs with \a columns entries a row (filled row by row). */
int neededWidth(const QCPLegend *legend, int columns)
{
    const std::vector<QCPAbstractLegendItem *> entries = entriesOf(legend);
    std::vector<int> widths(std::size_t(std::max(1, columns)), 0);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        int &column = widths[i % std::size_t(columns)];
        column = std::max(column, entries[i]->minimumOuterSizeHint().width());
    }
    return std::accumulate(widths.begin(), widths.end(), 0) +
           legend->columnSpacing() * (columns - 1) + legend->margins().left() +
           legend->margins().right();
}

} // namespace

void fitLegend(QCustomPlot *plot)
{
    QCPLegend *legend = plot->legend;
    const int count = int(entriesOf(legend).size());
    if (count == 0)
        return;
    int columns = count;
    while (columns > 1 && neededWidth(legend, columns) > plot->width())
        --columns;
    // As many entries on each row as the rows allow: 3 + 2, not 4 + 1.
    const int rows = (count + columns - 1) / columns;
    columns = (count + rows - 1) / rows;
    if (legend->wrap() != columns) {
        legend->setWrap(columns);
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true); // re-arranged on the new wrap
    }
}

QStringList clippedLegendEntries(const QCustomPlot *plot)
{
    const QCPLegend *legend = plot->legend;
    QStringList clipped;
    const std::vector<QCPAbstractLegendItem *> entries = entriesOf(legend);
    if (!legend->visible() || entries.empty())
        return clipped;
    const int columns = std::clamp(legend->wrap(), 1, int(entries.size()));
    if (neededWidth(legend, columns) <= plot->width())
        return clipped;
    for (QCPAbstractLegendItem *item : entries)
        if (auto *entry = qobject_cast<QCPPlottableLegendItem *>(item))
            clipped.append(entry->plottable()->name());
    return clipped;
}

} // namespace wattelier::ui
