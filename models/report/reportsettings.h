// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "energy/localperiods.h"

#include <QDate>
#include <QList>
#include <QPageSize>
#include <QString>

namespace wattelier {

class Workshop;

/*! A printable document Wattelier makes. */
enum class ReportKind
{
    Summary,        //!< the meeting summary for the whole group (anonymous by default)
    HouseholdSheet, //!< one household's own figures, to hand to that household only
    BlankForms,     //!< the paper forms households fill at home
};

QString key(ReportKind kind);
std::optional<ReportKind> reportKindFromKey(const QString &key);

/*! A section of the meeting summary, in the order it is printed. */
enum class ReportSection
{
    KeyFigures,
    InventoryPriority,
    InventoryCategory,
    Wattmeter,
    Challenge,
    Energy,
    Scenarios,
    Peaks,   //!< chosen by default once the cabin is described (#23)
    Sharing, //!< chosen by default once a sharing key is saved (#22)
    Notes,
};

QList<ReportSection> allReportSections();
/*! Every section but the peaks, which a group that described its cabin gets by default. */
QList<ReportSection> defaultReportSections();
QString key(ReportSection section);
std::optional<ReportSection> reportSectionFromKey(const QString &key);
QString label(ReportSection section); //!< translated, for the sections' check boxes

/*!
 * What the facilitator chose for the meeting summary. Kept in the workshop
 * (workshop_info), so the command line prints exactly what the window
 * previews, and the notes survive a crash like every other edit.
 */
struct ReportSettings
{
    QList<ReportSection> sections = defaultReportSections();
    QDate meetingDate; //!< invalid: the day the document is made
    PeriodKind energyPeriod = PeriodKind::Year;
    QDate energyDate; //!< a day in that period; invalid: the curves' default year
    QString notes;    //!< the facilitator's free text, printed as typed
    QString language; //!< the workshop's documents: "fr", "nl", "en"; empty: not chosen yet

    bool has(ReportSection section) const { return sections.contains(section); }
    bool operator==(const ReportSettings &) const = default;
};

ReportSettings reportSettings(const Workshop &workshop);
/*! Writes \a settings into the workshop file; false (reported by the workshop) on failure. */
bool saveReportSettings(Workshop &workshop, const ReportSettings &settings);

/*! How a document is laid out on paper. */
struct PageOptions
{
    QPageSize pageSize = QPageSize(QPageSize::A4);
};

/*! "a4" or "letter" (any case); nullopt for anything else. */
std::optional<QPageSize> pageSizeFromKey(const QString &key);

} // namespace wattelier
