// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportoutput.h"

#include "core/workshop.h"
#include "inventory/household.h"
#include "inventory/householdstore.h"
#include "report/reportlanguage.h"
#include "report/reportsections.h"
#include "sharing/membersharing.h"

#include <QApplication>
#include <QDir>
#include <QProgressDialog>
#include <QTextDocument>

namespace wattelier::ui {

int paintReport(const Workshop &workshop, const ReportRequest &request, const QString &language,
                QPagedPaintDevice &device, QString *error)
{
    const ReportLanguage scope(language);
    ReportDocument report = buildReport(workshop, request);
    if (!report.document) {
        *error = report.error;
        return 0;
    }
    const int pages = paintReportDocument(*report.document, device, report.decoration);
    if (pages == 0)
        *error = QApplication::translate("ReportOutput", "The printer could not be started.");
    return pages;
}

int writeReportPdfFile(const Workshop &workshop, const ReportRequest &request,
                       const QString &language, const QString &path, const QPageSize &pageSize,
                       QString *error)
{
    const ReportLanguage scope(language);
    ReportDocument report = buildReport(workshop, request);
    if (!report.document) {
        *error = report.error;
        return 0;
    }
    const auto pages =
        writeReportPdf(*report.document, path, pageSize, report.title, report.decoration);
    *error = pages.error();
    return pages.valueOr(0);
}

int writeHouseholdSheets(const Workshop &workshop, ReportRequest request, const QString &language,
                         const QString &folder, const QPageSize &pageSize, QWidget *parent,
                         QString *error)
{
    const QList<Household> households = workshop.households().all();
    QProgressDialog progress(
        QApplication::translate("ReportOutput", "Writing the household sheets…"),
        QApplication::translate("ReportOutput", "Stop"), 0, int(households.size()), parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    int written = 0;
    {
        // Each member's result under the sharing keys, once for all the sheets.
        const ReportLanguage scope(language);
        request.sharing = std::make_shared<SharingByMember>(
            sharingByMember(workshop, reportEnergyYear(workshop, request), request.tariff));
    }
    for (const Household &household : households) {
        if (progress.wasCanceled())
            break;
        progress.setValue(written);
        request.householdId = household.id;
        // The file is named in the document's language, like the pseudonym inside it.
        QString fileName;
        {
            const ReportLanguage scope(language);
            fileName = householdSheetFileName(household);
        }
        if (writeReportPdfFile(workshop, request, language, QDir(folder).filePath(fileName),
                               pageSize, error) == 0)
            break;
        ++written;
    }
    progress.setValue(int(households.size()));
    return written;
}

} // namespace wattelier::ui
