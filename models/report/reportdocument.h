// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "energy/energybalance.h"
#include "report/reportpaint.h"
#include "report/reportsettings.h"

#include <QDate>
#include <QString>

#include <memory>

class QTextDocument;

namespace wattelier {

class Workshop;
struct Household;
struct SharingByMember;

/*! Everything that decides what a printed document says. */
struct ReportRequest
{
    ReportKind kind = ReportKind::Summary;
    ReportSettings settings; //!< the summary's sections, period, notes, meeting date
    /*!
     * Households' names instead of pseudonyms (the facilitator confirmed every
     * household agreed). Even then nothing is ranked.
     */
    bool showNames = false;
    /*! HouseholdSheet: whose sheet. BlankForms: whose pseudonym to print (0: left blank). */
    qint64 householdId = 0;
    Tariff tariff; //!< prices for the euros (Preferences)
    QDate today = QDate::currentDate();
    /*!
     * HouseholdSheet: each member's result under the workshop's sharing keys,
     * computed once for a batch of sheets; null: computed for the one sheet.
     */
    std::shared_ptr<const SharingByMember> sharing;
};

/*! A document ready to preview, print or write as PDF. */
struct ReportDocument
{
    std::unique_ptr<QTextDocument> document;
    QString title; //!< "Meeting summary — Les Tilleuls", the PDF's title
    PageDecoration decoration;
    QString error; //!< why nothing could be made (an unknown household), translated
};

/*!
 * Builds the document \a request asks for, in the current language (see
 * ReportLanguage). The window's preview, its PDF export, the command line and
 * the tests all go through here.
 */
ReportDocument buildReport(const Workshop &workshop, const ReportRequest &request);

/*! "Household C.pdf" (translated): the name of a household's sheet in a batch. */
QString householdSheetFileName(const Household &household);

} // namespace wattelier
