// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "presentation/slidecontent.h"
#include "report/reportchart.h"

#include <QList>
#include <QStringList>
#include <QTextCursor>

class QTextDocument;

namespace wattelier {

/*! A table of a printed document: a header row, then rows of text. */
struct ReportTable
{
    QStringList headers;
    QList<QStringList> rows;
    QList<int> numericColumns;   //!< right-aligned
    QList<double> widthsPercent; //!< optional, one per column
    bool lastRowIsTotal = false; //!< printed in bold
    double rowHeightMm = 0;      //!< forms: room to write by hand; 0 = fit the text
    bool grid = false;           //!< forms: every cell framed; else rules between rows
};

/*!
 * Writes a printed document into a QTextDocument with Wattelier's house
 * style: sober black text, colour only where it carries meaning (the same
 * palette as the screens), fonts sized in layout units so the document looks
 * the same in the preview, a PDF and on paper.
 */
class ReportBuilder
{
public:
    /*! Starts an empty document; \a basePoints is the body text size (forms use larger type). */
    explicit ReportBuilder(QTextDocument &document, double basePoints = 10.0);
    /*! Lays the document out once, now that it is complete (see ReportCharts). */
    ~ReportBuilder();
    ReportBuilder(const ReportBuilder &) = delete;
    ReportBuilder &operator=(const ReportBuilder &) = delete;

    /*! Width of the text on the narrowest page offered (A4 and Letter, 17 cm). */
    static constexpr double textWidthMm = 170.0;

    void title(const QString &text);
    void subtitle(const QString &text);
    /*! A section's heading; kept on the same page as what follows it when it can be. */
    void heading(const QString &text);
    void paragraph(const QString &text);
    void smallText(const QString &text);
    /*! Several lines typed by someone (line breaks kept). */
    void plainText(const QString &text);
    /*! Big figures side by side: "Self-consumption / 63 %". */
    void figures(const QList<SlideFigure> &figures);
    void table(const ReportTable &table);
    /*! A chart across the text's width. */
    void chart(ReportChart chart, double heightMm);
    /*! A framed box (a how-to), its lines as bullet points. */
    void box(const QString &title, const QStringList &lines);
    /*! The next text starts on a new page. */
    void pageBreak();
    /*! Vertical space, in millimetres of paper. */
    void space(double mm);

    QTextDocument &document() { return mDocument; }

private:
    QTextCharFormat textFormat(double points, bool bold = false) const;
    void block(const QString &text, const QTextCharFormat &format, double spaceBeforeMm,
               double spaceAfterMm);

    QTextDocument &mDocument;
    QTextCursor mCursor;
    ReportCharts *mCharts;
    double mBase;
    bool mFirstBlock = true;
    bool mBreakBefore = false;
};

/*! Block property of headings: paintReportDocument() keeps them with what follows. */
inline constexpr int keepWithNextProperty = QTextFormat::UserProperty + 10;

/*! Points of type in the document's layout units (1/96 inch). */
inline int reportPixels(double points)
{
    return qRound(points * 96.0 / 72.0);
}

} // namespace wattelier
