// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpaint.h"

#include "report/reportbuilder.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace wattelier {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)
};

constexpr double footerHeightMm = 8.0;
// Room a heading needs below it on its page, or it moves to the next page:
// its whole section when that is short, else enough to start it properly.
constexpr double keepWithNextMinMm = 25.0;
constexpr double keepWithNextMaxMm = 90.0;

/*!
 * QTextDocument has no "keep with next": a heading can end a page with its
 * table or chart on the next one. Headings too near a page's foot get a page
 * break before them, one at a time, as each move shifts what follows.
 */
void keepHeadingsWithNext(QTextDocument &document, double pageHeight)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const auto isHeading = [](const QTextBlock &block) {
        return block.blockFormat().boolProperty(keepWithNextProperty);
    };
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (!isHeading(block) || format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue;
        const QRectF rect = layout->blockBoundingRect(block);
        double sectionEnd = layout->documentSize().height();
        for (QTextBlock next = block.next(); next.isValid(); next = next.next())
            if (isHeading(next)) {
                sectionEnd = layout->blockBoundingRect(next).top();
                break;
            }
        const double needed =
            std::clamp(sectionEnd - rect.bottom(), keepWithNextMinMm * reportDotsPerMm,
                       keepWithNextMaxMm * reportDotsPerMm);
        const double top = std::fmod(rect.top(), pageHeight);
        if (top > 0 && top + rect.height() + needed > pageHeight) {
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format); // lays the rest out again
        }
    }
}

} // namespace

int paintReportDocument(QTextDocument &document, QPagedPaintDevice &device,
                        const PageDecoration &decoration)
{
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    const double scaleX = device.logicalDpiX() / 96.0;
    const double scaleY = device.logicalDpiY() / 96.0;
    const double footerHeight = footerHeightMm * reportDotsPerMm;
    const QSizeF body(device.width() / scaleX, device.height() / scaleY - footerHeight);
    document.setPageSize(body);
    keepHeadingsWithNext(document, body.height());
    const int pages = document.pageCount();

    QFont footerFont = document.defaultFont();
    footerFont.setPixelSize(reportPixels(8));
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        painter.scale(scaleX, scaleY);
        const QRectF pageRect(0, page * body.height(), body.width(), body.height());
        painter.setClipRect(QRectF(QPointF(0, 0), body));
        painter.translate(0, -pageRect.top());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = pageRect;
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.save();
        painter.scale(scaleX, scaleY);
        painter.setFont(footerFont);
        painter.setPen(QColor(90, 90, 90));
        const QRectF foot(0, body.height() + footerHeight * 0.3, body.width(), footerHeight * 0.7);
        painter.drawText(foot, Qt::AlignLeft | Qt::AlignBottom, decoration.footer);
        painter.drawText(foot, Qt::AlignRight | Qt::AlignBottom,
                         Text::tr("Page %1 of %2").arg(page + 1).arg(pages));
        painter.restore();
    }
    painter.end();
    return pages;
}

Outcome<int> writeReportPdf(QTextDocument &document, const QString &path, const QPageSize &pageSize,
                            const QString &title, const PageDecoration &decoration)
{
    const QString shown = QDir::toNativeSeparators(path);
    const auto fail = [&shown](const QString &why) {
        return Outcome<int>::refused(Text::tr("“%1” cannot be written: %2").arg(shown, why));
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setPageSize(pageSize);
        writer.setPageMargins(QMarginsF(20, 15, 20, 12), QPageLayout::Millimeter);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Wattelier"));
        writer.setResolution(600);
        pages = paintReportDocument(document, writer, decoration);
    }
    if (pages == 0) {
        file.cancelWriting();
        return fail(Text::tr("the PDF could not be started"));
    }
    if (!file.commit())
        return fail(file.errorString());
    return pages;
}

} // namespace wattelier
