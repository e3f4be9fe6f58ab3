// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportchart.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace wattelier {
namespace {

enum ChartProperty
{
    ChartIndex = QTextFormat::UserProperty + 1,
    WidthMm,
    HeightMm,
};

} // namespace

ReportCharts::ReportCharts(QTextDocument &document)
    : QObject(&document)
{}

ReportCharts *ReportCharts::create(QTextDocument &document)
{
    return new ReportCharts(document);
}

void ReportCharts::install()
{
    auto *document = static_cast<QTextDocument *>(parent());
    document->documentLayout()->registerHandler(objectType, this);
}

void ReportCharts::insert(QTextCursor &cursor, ReportChart chart, double widthMm, double heightMm)
{
    QTextCharFormat format;
    format.setObjectType(objectType);
    format.setProperty(ChartIndex, int(mCharts.size()));
    format.setProperty(WidthMm, widthMm);
    format.setProperty(HeightMm, heightMm);
    mCharts.append(std::move(chart));
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

QSizeF ReportCharts::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    return {format.doubleProperty(WidthMm) * reportDotsPerMm,
            format.doubleProperty(HeightMm) * reportDotsPerMm};
}

void ReportCharts::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int,
                              const QTextFormat &format)
{
    const int index = format.intProperty(ChartIndex);
    if (index < 0 || index >= mCharts.size())
        return;
    // In layout units: a point size would be resolved again at the printer's resolution.
    QFont font = document->defaultFont();
    font.setPixelSize(qRound(font.pixelSize() * 0.85));
    painter->save();
    paintReportChart(*painter, rect, mCharts.at(index), font);
    painter->restore();
}

} // namespace wattelier
