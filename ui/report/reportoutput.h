// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportdocument.h"

#include <QString>

class QPagedPaintDevice;
class QWidget;

namespace wattelier::ui {

/*!
 * Makes the document of \a request in \a language ("fr", "nl", "en"; empty:
 * the interface's) and paints it on \a device (a printer or the preview's).
 * Returns the number of pages, 0 with \a error set on failure.
 */
int paintReport(const Workshop &workshop, const ReportRequest &request, const QString &language,
                QPagedPaintDevice &device, QString *error);

/*! Writes the document as a PDF; the number of pages, or 0 with \a error set. */
int writeReportPdfFile(const Workshop &workshop, const ReportRequest &request,
                       const QString &language, const QString &path, const QPageSize &pageSize,
                       QString *error);

/*!
 * One household sheet per household in \a folder, named by pseudonym, with a
 * progress dialog over \a parent that can cancel between two sheets. Returns
 * the number of files written; \a error is set when one failed.
 */
int writeHouseholdSheets(const Workshop &workshop, ReportRequest request, const QString &language,
                         const QString &folder, const QPageSize &pageSize, QWidget *parent,
                         QString *error);

} // namespace wattelier::ui
