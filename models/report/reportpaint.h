// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outcome.h"

#include <QPageSize>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace wattelier {

/*! What a printed page carries besides the document: its footer. */
struct PageDecoration
{
    QString footer; //!< left of the foot of each page; "page n / N" goes on the right
};

/*!
 * Paints \a document page by page on \a device (a QPdfWriter or a QPrinter,
 * including the print preview's), which must be fresh: its first page is
 * used. The document is laid out in 1/96-inch units and the painter scaled to
 * the device, so the preview, the PDF and the paper agree. Returns the number
 * of pages, 0 when the device cannot be painted on.
 */
int paintReportDocument(QTextDocument &document, QPagedPaintDevice &device,
                        const PageDecoration &decoration);

/*!
 * Writes \a document as a PDF (text selectable, charts as vectors) to
 * \a path, atomically: an existing file is replaced only once the new one is
 * complete. Returns the number of pages, or why nothing was written (naming
 * the file).
 */
Outcome<int> writeReportPdf(QTextDocument &document, const QString &path, const QPageSize &pageSize,
                            const QString &title, const PageDecoration &decoration);

} // namespace wattelier
