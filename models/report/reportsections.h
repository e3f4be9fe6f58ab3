// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The parts of each printed document, one file each; buildReport() puts them together.

#include "report/reportdocument.h"

namespace wattelier {

class ReportBuilder;

void writeSummary(ReportBuilder &builder, const Workshop &workshop, const ReportRequest &request);
void writeHouseholdSheet(ReportBuilder &builder, const Workshop &workshop,
                         const Household &household, const ReportRequest &request);
/*! The three blank forms, one page each; \a household null: no pseudonym printed. */
void writeBlankForms(ReportBuilder &builder, const Workshop &workshop, const Household *household,
                     const ReportRequest &request);

/*! The défi énergie (models/challenge/challengesection.cpp). */
void writeChallengeSection(ReportBuilder &builder, const Workshop &workshop, bool showNames);

/*! The peaks behind the cabin (models/peaks/peakssection.cpp). */
void writePeaksSection(ReportBuilder &builder, const Workshop &workshop,
                       const ReportRequest &request);

/*! Sharing the sun: the workshop's keys (models/sharing/sharingsection.cpp). */
void writeSharingSection(ReportBuilder &builder, const Workshop &workshop,
                         const ReportRequest &request);

/*! A household's sheet: its own result under each sharing key (models/sharing/sharingsheet.cpp). */
void writeOwnSharing(ReportBuilder &builder, const Workshop &workshop, const Household &household,
                     const ReportRequest &request);

/*! The year a document's energy figures cover: the settings' energy date, else the curves'. */
int reportEnergyYear(const Workshop &workshop, const ReportRequest &request);

/*! The meeting's date in words, "29 November 2026". */
QString longDate(const QDate &date);

} // namespace wattelier
