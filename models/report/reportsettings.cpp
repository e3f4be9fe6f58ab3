// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportsettings.h"

#include "core/workshop.h"

#include <QCoreApplication>

namespace wattelier {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportSettings)
};

const QString sectionsKey = QStringLiteral("report_sections");
const QString meetingDateKey = QStringLiteral("report_meeting_date");
const QString periodKey = QStringLiteral("report_energy_period");
const QString dateKey = QStringLiteral("report_energy_date");
const QString notesKey = QStringLiteral("report_notes");
const QString languageKey = QStringLiteral("report_language");
// Set once the facilitator has saved a choice: an empty section list is then a choice too.
const QString savedKey = QStringLiteral("report_saved");

const QList<std::pair<ReportSection, const char *>> sectionKeys = {
    {ReportSection::KeyFigures, "key_figures"},
    {ReportSection::InventoryPriority, "inventory_priority"},
    {ReportSection::InventoryCategory, "inventory_category"},
    {ReportSection::Wattmeter, "wattmeter"},
    {ReportSection::Challenge, "challenge"},
    {ReportSection::Energy, "energy"},
    {ReportSection::Scenarios, "scenarios"},
    {ReportSection::Notes, "notes"},
};

const QList<std::pair<PeriodKind, const char *>> periodKeys = {
    {PeriodKind::Day, "day"},
    {PeriodKind::Week, "week"},
    {PeriodKind::Month, "month"},
    {PeriodKind::Year, "year"},
};

} // namespace

QString key(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Summary:
        return QStringLiteral("summary");
    case ReportKind::HouseholdSheet:
        return QStringLiteral("household");
    case ReportKind::BlankForms:
        return QStringLiteral("forms");
    }
    return {};
}

std::optional<ReportKind> reportKindFromKey(const QString &text)
{
    for (ReportKind kind :
         {ReportKind::Summary, ReportKind::HouseholdSheet, ReportKind::BlankForms})
        if (key(kind) == text)
            return kind;
    return std::nullopt;
}

QList<ReportSection> allReportSections()
{
    QList<ReportSection> all;
    for (const auto &[section, name] : sectionKeys)
        all.append(section);
    return all;
}

QString key(ReportSection section)
{
    for (const auto &[candidate, name] : sectionKeys)
        if (candidate == section)
            return QLatin1String(name);
    return {};
}

std::optional<ReportSection> reportSectionFromKey(const QString &text)
{
    for (const auto &[section, name] : sectionKeys)
        if (text == QLatin1String(name))
            return section;
    return std::nullopt;
}

QString label(ReportSection section)
{
    switch (section) {
    case ReportSection::KeyFigures:
        return Text::tr("The group in figures");
    case ReportSection::InventoryPriority:
        return Text::tr("Inventory by priority");
    case ReportSection::InventoryCategory:
        return Text::tr("Inventory by category");
    case ReportSection::Wattmeter:
        return Text::tr("Wattmeter surprises");
    case ReportSection::Challenge:
        return Text::tr("Défi énergie");
    case ReportSection::Energy:
        return Text::tr("Production and consumption");
    case ReportSection::Scenarios:
        return Text::tr("What if…");
    case ReportSection::Notes:
        return Text::tr("Notes");
    }
    return {};
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
    }
    settings.meetingDate = QDate::fromString(workshop.info(meetingDateKey), Qt::ISODate);
    const QString period = workshop.info(periodKey);
    for (const auto &[kind, name] : periodKeys)
        if (period == QLatin1String(name))
            settings.energyPeriod = kind;
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
    QString period;
    for (const auto &[kind, name] : periodKeys)
        if (kind == settings.energyPeriod)
            period = QLatin1String(name);
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
