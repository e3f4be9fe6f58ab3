// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcommand.h"

#include "cliarguments.h"
#include "clioutput.h"
#include "core/workshop.h"
#include "inventory/catalogue.h"
#include "inventory/household.h"
#include "inventory/householdstore.h"
#include "report/reportdocument.h"
#include "report/reportlanguage.h"
#include "report/reportsections.h"
#include "sharing/membersharing.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTextDocument>

namespace wattelier::app {
namespace {

/*!
 * The language of the document: --lang, else the workshop's, else French (the
 * language most users read). Never the desktop's locale: the same command
 * makes the same document on every laptop (#19).
 */
QString languageFor(const ParsedArguments &args, const ReportSettings &settings)
{
    if (args.options.contains(QStringLiteral("--lang")))
        return args.options.value(QStringLiteral("--lang"));
    if (!settings.language.isEmpty())
        return settings.language;
    return QStringLiteral("fr");
}

/*! Writes one document; its JSON entry, or an empty object with \a error set. */
QJsonObject writeOne(const Workshop &workshop, const ReportRequest &request, const QString &path,
                     const QPageSize &pageSize, QString *error)
{
    ReportDocument report = buildReport(workshop, request);
    if (!report.document) {
        *error = report.error;
        return {};
    }
    const auto pages =
        writeReportPdf(*report.document, path, pageSize, report.title, report.decoration);
    if (!pages) {
        *error = pages.error();
        return {};
    }
    return QJsonObject{{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                       {QStringLiteral("pages"), *pages},
                       {QStringLiteral("title"), report.title}};
}

} // namespace

int runReport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const ParsedArguments args =
        parseArguments(arguments,
                       QStringList{QStringLiteral("--out"), QStringLiteral("--kind"),
                                   QStringLiteral("--household"), QStringLiteral("--lang"),
                                   QStringLiteral("--page")} +
                           tariffOptions(),
                       {QStringLiteral("--names")});
    if (!args.error.isEmpty())
        return usageError(err, args.error);
    if (args.positional.size() != 1)
        return usageError(err, QStringLiteral("report takes one workshop file."));
    const QString outPath = args.options.value(QStringLiteral("--out"));
    if (outPath.isEmpty())
        return usageError(err, QStringLiteral("report needs --out OUT.pdf."));
    const auto kind =
        reportKindFromKey(args.options.value(QStringLiteral("--kind"), QStringLiteral("summary")));
    if (!kind)
        return usageError(err, QStringLiteral("--kind is summary, household or forms, not “%1”.")
                                   .arg(args.options.value(QStringLiteral("--kind"))));
    const auto pageSize =
        pageSizeFromKey(args.options.value(QStringLiteral("--page"), QStringLiteral("a4")));
    if (!pageSize)
        return usageError(err, QStringLiteral("--page is a4 or letter, not “%1”.")
                                   .arg(args.options.value(QStringLiteral("--page"))));
    if (*kind == ReportKind::Summary && args.options.contains(QStringLiteral("--household")))
        return usageError(err, QStringLiteral("a summary is for the whole group: --household "
                                              "goes with --kind household or forms."));

    WorkshopError openError;
    const std::unique_ptr<Workshop> workshop = Workshop::open(args.positional.first(), &openError);
    if (!workshop)
        return failure(err, openError.message);

    ReportRequest request;
    request.kind = *kind;
    request.settings = reportSettings(*workshop);
    request.showNames = args.flags.contains(QStringLiteral("--names"));
    QString priceError;
    request.tariff = tariffFromOptions(args, *workshop, &priceError);
    if (!priceError.isEmpty())
        return usageError(err, priceError);
    std::optional<Household> household;
    if (args.options.contains(QStringLiteral("--household"))) {
        household = findHousehold(*workshop, args.options.value(QStringLiteral("--household")));
        if (!household)
            return failure(err, QStringLiteral("no household named “%1” in “%2” (a name, a "
                                               "pseudonym such as “Household C”, or its letter).")
                                    .arg(args.options.value(QStringLiteral("--household")),
                                         workshop->filePath()));
        request.householdId = household->id;
    }

    const QString language = languageFor(args, request.settings);
    if (!ReportLanguage::localeFor(language))
        return usageError(err, QStringLiteral("--lang is fr, nl or en, not “%1”.").arg(language));
    const ReportLanguage documentLanguage(language);
    if (!documentLanguage.isValid())
        return failure(err,
                       QStringLiteral("the %1 translation could not be loaded.").arg(language));

    QJsonObject result{{QStringLiteral("kind"), key(*kind)},
                       {QStringLiteral("language"), language},
                       {QStringLiteral("names"), request.showNames},
                       {QStringLiteral("page"), pageSize->key()}};
    QString error;
    if (*kind == ReportKind::HouseholdSheet && !household) {
        // A batch: one sheet per household, named by pseudonym, in the folder --out.
        if (!QDir().mkpath(outPath))
            return failure(err, QStringLiteral("the folder “%1” cannot be created.")
                                    .arg(QDir::toNativeSeparators(outPath)));
        QJsonArray files;
        // Each member's result under the sharing keys, once for all the sheets.
        request.sharing = std::make_shared<SharingByMember>(
            sharingByMember(*workshop, reportEnergyYear(*workshop, request), request.tariff));
        for (const Household &h : workshop->households().all()) {
            request.householdId = h.id;
            QJsonObject one =
                writeOne(*workshop, request, QDir(outPath).filePath(householdSheetFileName(h)),
                         *pageSize, &error);
            if (one.isEmpty())
                return failure(err, error);
            one.insert(QStringLiteral("household"), pseudonym(h));
            files.append(one);
        }
        result.insert(QStringLiteral("folder"), QFileInfo(outPath).absoluteFilePath());
        result.insert(QStringLiteral("files"), files);
    } else {
        const QJsonObject one = writeOne(*workshop, request, outPath, *pageSize, &error);
        if (one.isEmpty())
            return failure(err, error);
        for (auto it = one.begin(); it != one.end(); ++it)
            result.insert(it.key(), it.value());
        if (household)
            result.insert(QStringLiteral("household"), pseudonym(*household));
    }
    printJson(out, result);
    return exitOk;
}

} // namespace wattelier::app
