// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportsettings.h"

#include "core/enumtable.h"
#include "core/workshop.h"
#include "peaks/cabin.h"
#include "sharing/sharingscenariostore.h"

namespace wattelier {
namespace {

const QString sectionsKey = QStringLiteral("report_sections");
const QString meetingDateKey = QStringLiteral("report_meeting_date");
const QString periodKey = QStringLiteral("report_energy_period");
const QString dateKey = QStringLiteral("report_energy_date");
const QString notesKey = QStringLiteral("report_notes");
const QString languageKey = QStringLiteral("report_language");
// Set once the facilitator has saved a choice: an empty section list is then a choice too.
const QString savedKey = QStringLiteral("report_saved");

constexpr EnumEntry<ReportKind> reportKinds[] = {
    {ReportKind::Summary, "summary"},
    {ReportKind::HouseholdSheet, "household"},
    {ReportKind::BlankForms, "forms"},
};

// In printing order.
constexpr EnumEntry<ReportSection> reportSections[] = {
    {ReportSection::KeyFigures, "key_figures",
     QT_TRANSLATE_NOOP("ReportSettings", "The group in figures")},
    {ReportSection::InventoryPriority, "inventory_priority",
     QT_TRANSLATE_NOOP("ReportSettings", "Inventory by priority")},
    {ReportSection::InventoryCategory, "inventory_category",
     QT_TRANSLATE_NOOP("ReportSettings", "Inventory by category")},
    {ReportSection::Wattmeter, "wattmeter",
     QT_TRANSLATE_NOOP("ReportSettings", "Wattmeter surprises")},
    {ReportSection::Challenge, "challenge", QT_TRANSLATE_NOOP("ReportSettings", "Défi énergie")},
    {ReportSection::Energy, "energy",
     QT_TRANSLATE_NOOP("ReportSettings", "Production and consumption")},
    {ReportSection::Scenarios, "scenarios", QT_TRANSLATE_NOOP("ReportSettings", "What if…")},
    {ReportSection::Peaks, "peaks", QT_TRANSLATE_NOOP("ReportSettings", "Peaks behind the cabin")},
    {ReportSection::Sharing, "sharing", QT_TRANSLATE_NOOP("ReportSettings", "Sharing the sun")},
    {ReportSection::Notes, "notes", QT_TRANSLATE_NOOP("ReportSettings", "Notes")},
};

constexpr EnumEntry<PeriodKind> periodKinds[] = {
    {PeriodKind::Day, "day"},
    {PeriodKind::Week, "week"},
    {PeriodKind::Month, "month"},
    {PeriodKind::Year, "year"},
};

} // namespace

QString key(ReportKind kind)
{
    return enumtable::keyOf(reportKinds, kind);
}

std::optional<ReportKind> reportKindFromKey(const QString &text)
{
    return enumtable::fromKey(reportKinds, text);
}

QList<ReportSection> allReportSections()
{
    return enumtable::values(reportSections);
}

QList<ReportSection> defaultReportSections()
{
    QList<ReportSection> sections = allReportSections();
    sections.removeAll(ReportSection::Peaks);
    sections.removeAll(ReportSection::Sharing);
    return sections;
}

QString key(ReportSection section)
{
    return enumtable::keyOf(reportSections, section);
}

std::optional<ReportSection> reportSectionFromKey(const QString &text)
{
    return enumtable::fromKey(reportSections, text);
}

QString label(ReportSection section)
{
    return enumtable::labelOf("ReportSettings", reportSections, section);
}

ReportSettings reportSettings(const Workshop &workshop)
{
    ReportSettings settings;
    if (workshop.info(savedKey) == QLatin1String("1")) {
        settings.sections.clear();
        for (const QString &name :
             workshop.info(sectionsKey).split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (const auto section = reportSectionFromKey(name.trimmed()))
                settings.sections.append(*section);
    } else {
        // A group that described its cabin, or saved sharing keys, talks about them.
        const bool peaks = cabinOf(workshop).kva.has_value();
        const bool sharing = !workshop.sharingScenarios().all().isEmpty();
        settings.sections.clear();
        for (const ReportSection section : allReportSections())
            if ((section != ReportSection::Peaks || peaks) &&
                (section != ReportSection::Sharing || sharing))
                settings.sections.append(section);
    }
    settings.meetingDate = QDate::fromString(workshop.info(meetingDateKey), Qt::ISODate);
    settings.energyPeriod =
        enumtable::fromKey(periodKinds, workshop.info(periodKey)).value_or(settings.energyPeriod);
    settings.energyDate = QDate::fromString(workshop.info(dateKey), Qt::ISODate);
    settings.notes = workshop.info(notesKey);
    settings.language = workshop.info(languageKey);
    return settings;
}

bool saveReportSettings(Workshop &workshop, const ReportSettings &settings)
{
    QStringList sections;
    for (ReportSection section : allReportSections()) // stored in printing order
        if (settings.has(section))
            sections.append(key(section));
    const QString period = enumtable::keyOf(periodKinds, settings.energyPeriod);
    // One transaction: a crash never leaves half a choice in the file.
    return workshop.runWrites([&] {
        return workshop.setInfo(sectionsKey, sections.join(QLatin1Char(','))) &&
               workshop.setInfo(meetingDateKey, settings.meetingDate.toString(Qt::ISODate)) &&
               workshop.setInfo(periodKey, period) &&
               workshop.setInfo(dateKey, settings.energyDate.toString(Qt::ISODate)) &&
               workshop.setInfo(notesKey, settings.notes) &&
               workshop.setInfo(languageKey, settings.language) &&
               workshop.setInfo(savedKey, QStringLiteral("1"));
    });
}

std::optional<QPageSize> pageSizeFromKey(const QString &text)
{
    const QString lower = text.toLower();
    if (lower == QLatin1String("a4"))
        return QPageSize(QPageSize::A4);
    if (lower == QLatin1String("letter"))
        return QPageSize(QPageSize::Letter);
    return std::nullopt;
}

} // namespace wattelier
