// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdocument.h"

#include "core/units.h"
#include "core/workshop.h"
#include "energy/workshopcurves.h"
#include "inventory/household.h"
#include "inventory/householdstore.h"
#include "report/reportbuilder.h"
#include "report/reportsections.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextDocument>

#include <cmath>

namespace wattelier {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
};

} // namespace

int reportEnergyYear(const Workshop &workshop, const ReportRequest &request)
{
    const QDate energyDate = request.settings.energyDate;
    return energyDate.isValid() ? energyDate.year() : defaultCurveYear(workshop);
}

QString longDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString householdSheetFileName(const Household &household)
{
    QString name = pseudonym(household);
    // Pseudonyms are letters and spaces; keep file names portable anyway.
    for (QChar &c : name)
        if (QStringLiteral("/\\:*?\"<>|").contains(c))
            c = QLatin1Char('_');
    return name + QStringLiteral(".pdf");
}

ReportDocument buildReport(const Workshop &workshop, const ReportRequest &request)
{
    ReportDocument result;
    std::optional<Household> household;
    if (request.householdId != 0) {
        for (const Household &h : workshop.households().all())
            if (h.id == request.householdId)
                household = h;
        if (!household) {
            result.error = Text::tr("This household is not in the workshop.");
            return result;
        }
    }
    if (request.kind == ReportKind::HouseholdSheet && !household) {
        result.error = Text::tr("Choose the household whose sheet to make.");
        return result;
    }
    result.document = std::make_unique<QTextDocument>();
    QString kindTitle;
    switch (request.kind) {
    case ReportKind::Summary: {
        ReportBuilder builder(*result.document);
        writeSummary(builder, workshop, request);
        kindTitle = Text::tr("Meeting summary");
        break;
    }
    case ReportKind::HouseholdSheet: {
        ReportBuilder builder(*result.document);
        writeHouseholdSheet(builder, workshop, *household, request);
        kindTitle = Text::tr("Household sheet");
        break;
    }
    case ReportKind::BlankForms: {
        ReportBuilder builder(*result.document, 12.0); // large type for handwriting
        writeBlankForms(builder, workshop, household ? &*household : nullptr, request);
        kindTitle = Text::tr("Forms");
        break;
    }
    }
    QString who;
    if (household)
        who = request.showNames && !household->name.isEmpty() ? household->name
                                                              : pseudonym(*household);
    result.title = who.isEmpty() ? Text::tr("%1 — %2").arg(kindTitle, workshop.name())
                                 : Text::tr("%1 — %2 — %3").arg(kindTitle, workshop.name(), who);
    result.decoration.footer = Text::tr("Wattelier · %1").arg(result.title);
    result.document->setMetaInformation(QTextDocument::DocumentTitle, result.title);
    return result;
}

} // namespace wattelier
