// SPDX-License-Identifier: GPL-3.0-or-later
#include "appliance.h"

#include "core/enumkeys.h"
#include "core/enumtable.h"

#include <QCoreApplication>

namespace wattelier {
namespace {

std::optional<double> toDouble(const QVariant &value)
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !qIsFinite(number))
        return std::nullopt;
    return number;
}

// Labels as in "Change power" (the undo stack, the merge plan).
constexpr EnumEntry<ApplianceField> applianceFields[] = {
    {ApplianceField::Name, "name", QT_TRANSLATE_NOOP("ApplianceCommands", "Name")},
    {ApplianceField::Category, "category", QT_TRANSLATE_NOOP("ApplianceCommands", "Category")},
    {ApplianceField::Priority, "priority", QT_TRANSLATE_NOOP("ApplianceCommands", "Priority")},
    {ApplianceField::Flexibility, "flexibility",
     QT_TRANSLATE_NOOP("ApplianceCommands", "Flexibility")},
    {ApplianceField::Quantity, "quantity", QT_TRANSLATE_NOOP("ApplianceCommands", "Quantity")},
    {ApplianceField::PowerW, "power_w", QT_TRANSLATE_NOOP("ApplianceCommands", "Power")},
    {ApplianceField::StandbyW, "standby_w", QT_TRANSLATE_NOOP("ApplianceCommands", "Standby")},
    {ApplianceField::UsageMode, "usage_mode", QT_TRANSLATE_NOOP("ApplianceCommands", "Usage")},
    {ApplianceField::HoursPerDay, "hours_per_day",
     QT_TRANSLATE_NOOP("ApplianceCommands", "Hours/day")},
    {ApplianceField::DaysPerWeek, "days_per_week",
     QT_TRANSLATE_NOOP("ApplianceCommands", "Days/week")},
    {ApplianceField::CyclesPerWeek, "cycles_per_week",
     QT_TRANSLATE_NOOP("ApplianceCommands", "Cycles/week")},
    {ApplianceField::KwhPerCycle, "kwh_per_cycle",
     QT_TRANSLATE_NOOP("ApplianceCommands", "kWh/cycle")},
    {ApplianceField::Notes, "notes", QT_TRANSLATE_NOOP("ApplianceCommands", "Notes")},
    {ApplianceField::CatalogueKey, "catalogue_key",
     QT_TRANSLATE_NOOP("ApplianceCommands", "Catalogue entry")},
};

QString Appliance::*textMember(ApplianceField field)
{
    switch (field) {
    case ApplianceField::Name:
        return &Appliance::name;
    case ApplianceField::Notes:
        return &Appliance::notes;
    case ApplianceField::CatalogueKey:
        return &Appliance::catalogueKey;
    default:
        return nullptr;
    }
}

} // namespace

QString fieldKey(ApplianceField field)
{
    return enumtable::keyOf(applianceFields, field);
}

QString applianceFieldLabel(ApplianceField field)
{
    return enumtable::labelOf("ApplianceCommands", applianceFields, field);
}

QList<ApplianceField> allApplianceFields()
{
    return enumtable::values(applianceFields);
}

double Appliance::*numberMember(ApplianceField field)
{
    switch (field) {
    case ApplianceField::PowerW:
        return &Appliance::powerW;
    case ApplianceField::HoursPerDay:
        return &Appliance::hoursPerDay;
    case ApplianceField::DaysPerWeek:
        return &Appliance::daysPerWeek;
    case ApplianceField::CyclesPerWeek:
        return &Appliance::cyclesPerWeek;
    case ApplianceField::KwhPerCycle:
        return &Appliance::kwhPerCycle;
    default:
        return nullptr;
    }
}

QVariant fieldValue(const Appliance &a, ApplianceField field)
{
    if (const auto member = numberMember(field))
        return a.*member;
    if (const auto member = textMember(field))
        return a.*member;
    switch (field) {
    case ApplianceField::Category:
        return key(a.category);
    case ApplianceField::Priority:
        return key(a.priority);
    case ApplianceField::Flexibility:
        return key(a.flexibility);
    case ApplianceField::UsageMode:
        return key(a.usageMode);
    case ApplianceField::Quantity:
        return a.quantity;
    case ApplianceField::StandbyW:
        return a.standbyW ? QVariant(*a.standbyW) : QVariant();
    default:
        return {};
    }
}

bool setFieldValue(Appliance &a, ApplianceField field, const QVariant &value)
{
    if (!validateField(field, value).isEmpty())
        return false;
    if (const auto member = numberMember(field)) {
        a.*member = value.toDouble();
        return true;
    }
    if (const auto member = textMember(field)) {
        // A name is typed; notes keep their spacing as written.
        a.*member = field == ApplianceField::Name ? value.toString().trimmed() : value.toString();
        return true;
    }
    switch (field) {
    case ApplianceField::Category:
        a.category = *categoryFromKey(value.toString());
        return true;
    case ApplianceField::Priority:
        a.priority = *priorityFromKey(value.toString());
        return true;
    case ApplianceField::Flexibility:
        a.flexibility = *flexibilityFromKey(value.toString());
        return true;
    case ApplianceField::UsageMode:
        a.usageMode = *usageModeFromKey(value.toString());
        return true;
    case ApplianceField::Quantity:
        a.quantity = value.toInt();
        return true;
    case ApplianceField::StandbyW:
        a.standbyW = value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
        return true;
    default:
        return false;
    }
}

QString validateField(ApplianceField field, const QVariant &value)
{
    const auto inRange = [&](double low, double high, const char *message) -> QString {
        const auto number = toDouble(value);
        if (!number || *number < low || *number > high)
            return QCoreApplication::translate("Appliance", message);
        return {};
    };
    switch (field) {
    case ApplianceField::Name:
        return value.toString().trimmed().isEmpty()
                   ? QCoreApplication::translate("Appliance", "An appliance needs a name.")
                   : QString();
    case ApplianceField::Category:
        return categoryFromKey(value.toString())
                   ? QString()
                   : QCoreApplication::translate("Appliance", "Unknown category.");
    case ApplianceField::Priority:
        return priorityFromKey(value.toString())
                   ? QString()
                   : QCoreApplication::translate("Appliance", "Unknown priority.");
    case ApplianceField::Flexibility:
        return flexibilityFromKey(value.toString())
                   ? QString()
                   : QCoreApplication::translate("Appliance", "Unknown flexibility.");
    case ApplianceField::UsageMode:
        return usageModeFromKey(value.toString())
                   ? QString()
                   : QCoreApplication::translate("Appliance", "Unknown usage mode.");
    case ApplianceField::Quantity: {
        bool ok = false;
        const int quantity = value.toInt(&ok);
        return ok && quantity >= 1 && quantity <= 1000
                   ? QString()
                   : QCoreApplication::translate(
                         "Appliance", "The quantity must be a whole number from 1 to 1000.");
    }
    case ApplianceField::PowerW:
        return inRange(0, 50000,
                       QT_TRANSLATE_NOOP("Appliance", "The power must be between 0 and 50,000 W."));
    case ApplianceField::StandbyW:
        if (value.isNull())
            return {};
        return inRange(
            0, 1000,
            QT_TRANSLATE_NOOP("Appliance", "The standby power must be between 0 and 1,000 W."));
    case ApplianceField::HoursPerDay:
        return inRange(0, 24,
                       QT_TRANSLATE_NOOP("Appliance", "Hours per day must be between 0 and 24."));
    case ApplianceField::DaysPerWeek:
        return inRange(0, 7,
                       QT_TRANSLATE_NOOP("Appliance", "Days per week must be between 0 and 7."));
    case ApplianceField::CyclesPerWeek:
        return inRange(
            0, 100, QT_TRANSLATE_NOOP("Appliance", "Cycles per week must be between 0 and 100."));
    case ApplianceField::KwhPerCycle:
        return inRange(
            0, 200,
            QT_TRANSLATE_NOOP("Appliance", "The energy per cycle must be between 0 and 200 kWh."));
    case ApplianceField::Notes:
    case ApplianceField::CatalogueKey:
        return {};
    }
    return {};
}

} // namespace wattelier
