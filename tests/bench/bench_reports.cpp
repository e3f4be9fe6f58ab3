// SPDX-License-Identifier: GPL-3.0-or-later
// Printed documents (#8) on the demo workshop: prints figures, asserts nothing.
//  - building each document (QTextDocument with its charts);
//  - laying it out and writing the PDF;
//  - every household's sheet, as the batch export does.
// Usage: QT_QPA_PLATFORM=offscreen bench_reports

#include "benchtiming.h"
#include "core/workshop.h"
#include "demo/demoworkshop.h"
#include "inventory/catalogue.h"
#include "inventory/household.h"
#include "inventory/householdstore.h"
#include "report/reportdocument.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextDocument>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace wattelier;
using bench::bestOf;

int main(int argc, char *argv[])
{
    QGuiApplication application(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.wattelier"));
    WorkshopError error;
    if (!writeDemoWorkshop(path, Catalogue::builtIn(), &error))
        return 1;
    const std::unique_ptr<Workshop> workshop = Workshop::open(path, &error);
    const QList<Household> households = workshop->households().all();

    const auto measure = [&](const char *name, ReportRequest request) {
        const double build = bestOf(5, [&] { buildReport(*workshop, request); });
        int pages = 0;
        const double write = bestOf(5, [&] {
            ReportDocument report = buildReport(*workshop, request);
            pages = writeReportPdf(*report.document, dir.filePath(QStringLiteral("x.pdf")),
                                   QPageSize(QPageSize::A4), report.title, report.decoration)
                        .valueOr(0);
        });
        std::printf("%-34s build %7.1f ms   build + PDF %7.1f ms   %d pages\n", name, build, write,
                    pages);
    };
    ReportRequest summary;
    measure("meeting summary (every section)", summary);
    ReportRequest sheet;
    sheet.kind = ReportKind::HouseholdSheet;
    sheet.householdId = households.first().id;
    measure("household sheet", sheet);
    ReportRequest forms;
    forms.kind = ReportKind::BlankForms;
    forms.householdId = households.first().id;
    measure("blank forms", forms);

    const double batch = bestOf(3, [&] {
        for (const Household &h : households) {
            sheet.householdId = h.id;
            ReportDocument report = buildReport(*workshop, sheet);
            (void)writeReportPdf(*report.document, dir.filePath(householdSheetFileName(h)),
                                 QPageSize(QPageSize::A4), report.title, report.decoration);
        }
    });
    std::printf("every household's sheet (%lld PDFs)   %7.1f ms\n",
                static_cast<long long>(households.size()), batch);
    return 0;
}
