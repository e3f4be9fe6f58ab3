// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "energy/energybalance.h"
#include "presentation/slidecontent.h"

#include <QColor>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTextObjectInterface>

class QTextCursor;
class QTextDocument;

namespace wattelier {

/*! One series of a grouped bar chart: a value per group (NaN: no data). */
struct ChartSeries
{
    QString name;
    QColor colour;
    QList<double> values;
};

/*!
 * A chart of a printed document, drawn with QPainter when the document is
 * painted: vector in a PDF and sharp at any printer resolution.
 */
struct ReportChart
{
    enum class Kind
    {
        Bars,        //!< horizontal bars, one per label, with an optional reference mark
        GroupedBars, //!< vertical bars, one per series in each group (months)
        Curves,      //!< production and consumption over a period, in kW
    };
    Kind kind = Kind::Bars;
    QList<SlideBar> bars;   //!< Bars
    QString referenceLabel; //!< Bars: what the mark means, shown in the legend
    QStringList groups;     //!< GroupedBars: the labels under each group
    QList<ChartSeries> series;
    QString unit;         //!< GroupedBars: the values' unit, on the axis
    AlignedCurves curves; //!< Curves
    qint64 fromUtc = 0;
    qint64 toUtc = 0;
};

/*!
 * Printed documents are laid out in units of 1/96 inch whatever the device,
 * and painted through a scaled painter (see paintReportDocument()): a
 * millimetre of paper is always this many layout units.
 */
inline constexpr double reportDotsPerMm = 96.0 / 25.4;

/*! Paints \a chart in \a rect (layout units) with text in \a font (a pixel-sized font). */
void paintReportChart(QPainter &painter, const QRectF &rect, const ReportChart &chart,
                      const QFont &font);

/*!
 * The text-object handler that lets a QTextDocument hold charts. Create it
 * once per document (it becomes the document's child), insert charts, then
 * install it: a document without a layout is written much faster, as every
 * edit of a laid-out document lays it out again.
 */
class ReportCharts : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int objectType = QTextFormat::UserObject + 41;

    static ReportCharts *create(QTextDocument &document);
    /*! Registers the handler with the document's layout (creating the layout). */
    void install();

    /*! Inserts \a chart at the cursor, \a widthMm × \a heightMm on paper. */
    void insert(QTextCursor &cursor, ReportChart chart, double widthMm, double heightMm);
    int count() const { return int(mCharts.size()); }
    const ReportChart &chart(int index) const { return mCharts.at(index); }

    QSizeF intrinsicSize(QTextDocument *document, int positionInDocument,
                         const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document,
                    int positionInDocument, const QTextFormat &format) override;

private:
    explicit ReportCharts(QTextDocument &document);
    QList<ReportChart> mCharts;
};

} // namespace wattelier
