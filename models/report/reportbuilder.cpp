// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportbuilder.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace wattelier {
namespace {

const QColor ruleColour(140, 140, 140);
const QColor headerBackground(232, 232, 232);
const QColor mutedText(80, 80, 80);

double mm(double millimetres)
{
    return millimetres * reportDotsPerMm;
}

} // namespace

ReportBuilder::ReportBuilder(QTextDocument &document, double basePoints)
    : mDocument(document)
    , mCursor(&document)
    , mCharts(ReportCharts::create(document))
    , mBase(basePoints)
{
    mDocument.clear();
    mDocument.setDocumentMargin(0); // the page's margins are the printer's
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(reportPixels(basePoints));
    mDocument.setDefaultFont(font);
}

QTextCharFormat ReportBuilder::textFormat(double points, bool bold) const
{
    QTextCharFormat format;
    format.setProperty(QTextFormat::FontPixelSize, reportPixels(points));
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    format.setForeground(Qt::black);
    return format;
}

void ReportBuilder::block(const QString &text, const QTextCharFormat &format, double spaceBeforeMm,
                          double spaceAfterMm)
{
    QTextBlockFormat blockFormat;
    blockFormat.setTopMargin(mm(spaceBeforeMm));
    blockFormat.setBottomMargin(mm(spaceAfterMm));
    if (mBreakBefore)
        blockFormat.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    mBreakBefore = false;
    if (mFirstBlock)
        mCursor.setBlockFormat(blockFormat); // the document's first, empty block
    else
        mCursor.insertBlock(blockFormat);
    mFirstBlock = false;
    mCursor.setBlockCharFormat(format);
    mCursor.insertText(text, format);
}

void ReportBuilder::title(const QString &text)
{
    block(text, textFormat(mBase * 2.0, true), 0, 1);
}

void ReportBuilder::subtitle(const QString &text)
{
    QTextCharFormat format = textFormat(mBase * 1.2);
    format.setForeground(mutedText);
    block(text, format, 0, 3);
}

void ReportBuilder::heading(const QString &text)
{
    block(text, textFormat(mBase * 1.4, true), 6, 2);
    QTextBlockFormat format = mCursor.blockFormat();
    // A thin rule under the heading, and never a heading alone at a page's foot.
    format.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth, QTextLength());
    format.setNonBreakableLines(true);
    format.setProperty(keepWithNextProperty, true);
    mCursor.setBlockFormat(format);
}

void ReportBuilder::paragraph(const QString &text)
{
    block(text, textFormat(mBase), 0, 2);
}

void ReportBuilder::smallText(const QString &text)
{
    QTextCharFormat format = textFormat(mBase * 0.85);
    format.setForeground(mutedText);
    block(text, format, 0, 2);
}

void ReportBuilder::plainText(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        block(line, textFormat(mBase), 0, 1);
}

void ReportBuilder::figures(const QList<SlideFigure> &figures)
{
    if (figures.isEmpty())
        return;
    block(QString(), textFormat(mBase), 0, 0);
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellPadding(mm(1.5));
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    // Four columns whatever the count, so figures line up from one row to the next.
    const int columns = std::max<int>(4, int(figures.size()));
    format.setColumnWidthConstraints(
        QList<QTextLength>(columns, QTextLength(QTextLength::PercentageLength, 100.0 / columns)));
    QTextTable *table = mCursor.insertTable(1, columns, format);
    for (int i = 0; i < figures.size(); ++i) {
        QTextCursor cell = table->cellAt(0, i).firstCursorPosition();
        QTextCharFormat value = textFormat(mBase * 1.5, true);
        if (figures.at(i).colour.isValid())
            value.setForeground(figures.at(i).colour.darker(115));
        cell.insertText(figures.at(i).value, value);
        QTextCharFormat labelFormat = textFormat(mBase * 0.9);
        labelFormat.setForeground(mutedText);
        cell.insertBlock();
        cell.insertText(figures.at(i).label, labelFormat);
    }
    mCursor.movePosition(QTextCursor::End);
}

void ReportBuilder::table(const ReportTable &spec)
{
    const int columns = int(spec.headers.size());
    if (columns == 0)
        return;
    block(QString(), textFormat(mBase * 0.5), 0, 0);
    QTextTableFormat format;
    // Collapsed borders: each cell draws its own (a full grid on forms, rules elsewhere).
    format.setBorder(spec.grid ? 1 : 0);
    format.setBorderBrush(QColor(90, 90, 90));
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellPadding(mm(1.2));
    format.setCellSpacing(0);
    format.setHeaderRowCount(1); // repeated on every page the table spans
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    if (spec.widthsPercent.size() == columns) {
        QList<QTextLength> widths;
        for (double w : spec.widthsPercent)
            widths.append(QTextLength(QTextLength::PercentageLength, w));
        format.setColumnWidthConstraints(widths);
    }
    QTextTable *table = mCursor.insertTable(int(spec.rows.size()) + 1, columns, format);
    const auto fill = [&](int row, int column, const QString &text, const QTextCharFormat &chars) {
        QTextTableCell cell = table->cellAt(row, column);
        QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
        cellFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        if (spec.grid) {
            cellFormat.setBorder(1);
            cellFormat.setBorderBrush(QColor(90, 90, 90));
        } else {
            cellFormat.setBorder(0);
            cellFormat.setBottomBorder(0.75);
            cellFormat.setBottomBorderBrush(ruleColour);
        }
        if (row == 0)
            cellFormat.setBackground(headerBackground);
        else if (spec.rowHeightMm > 0) { // room to write: the padding makes the height
            const double padding = mm(spec.rowHeightMm / 2.0) - reportPixels(mBase) * 0.6;
            cellFormat.setTopPadding(padding);
            cellFormat.setBottomPadding(padding);
        }
        cell.setFormat(cellFormat);
        QTextCursor cursor = cell.firstCursorPosition();
        QTextBlockFormat blockFormat;
        blockFormat.setAlignment(spec.numericColumns.contains(column) ? Qt::AlignRight
                                                                      : Qt::AlignLeft);
        cursor.setBlockFormat(blockFormat);
        // A lone empty cell would have no line at all; a no-break space keeps its height.
        cursor.insertText(text.isEmpty() ? QString(QChar::Nbsp) : text, chars);
    };
    const QTextCharFormat header = textFormat(mBase * 0.85, true);
    for (int column = 0; column < columns; ++column)
        fill(0, column, spec.headers.at(column), header);
    for (int row = 0; row < spec.rows.size(); ++row) {
        const bool total = spec.lastRowIsTotal && row == spec.rows.size() - 1;
        const QTextCharFormat chars = textFormat(mBase * 0.9, total);
        for (int column = 0; column < columns; ++column)
            fill(row + 1, column, spec.rows.at(row).value(column), chars);
    }
    mCursor.movePosition(QTextCursor::End);
}

void ReportBuilder::chart(ReportChart chart, double heightMm)
{
    block(QString(), textFormat(mBase), 1, 2);
    QTextBlockFormat format = mCursor.blockFormat();
    format.setNonBreakableLines(true);
    mCursor.setBlockFormat(format);
    mCharts->insert(mCursor, std::move(chart), textWidthMm, heightMm);
}

void ReportBuilder::box(const QString &title, const QStringList &lines)
{
    block(QString(), textFormat(mBase * 0.5), 0, 0);
    QTextFrameFormat frame;
    frame.setBorder(1);
    frame.setBorderBrush(ruleColour);
    frame.setPadding(mm(3));
    frame.setBackground(QColor(245, 245, 245));
    mCursor.insertFrame(frame);
    mCursor.insertText(title, textFormat(mBase, true));
    for (const QString &line : lines) {
        QTextBlockFormat item;
        item.setIndent(0);
        item.setTopMargin(mm(1));
        mCursor.insertBlock(item);
        mCursor.insertText(QStringLiteral("• ") + line, textFormat(mBase));
    }
    mCursor.movePosition(QTextCursor::End);
}

ReportBuilder::~ReportBuilder()
{
    mCharts->install();
}

void ReportBuilder::pageBreak()
{
    if (!mFirstBlock)
        mBreakBefore = true;
}

void ReportBuilder::space(double millimetres)
{
    block(QString(), textFormat(mBase * 0.5), 0, millimetres);
}

} // namespace wattelier
