// SPDX-License-Identifier: GPL-3.0-or-later
#include "appliance.h"

#include "core/enumkeys.h"

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

} // namespace

QString fieldKey(ApplianceField field)
{
    switch (field) {
    case ApplianceField::Name:
        return QStringLiteral("name");
    case ApplianceField::Category:
        return QStringLiteral("category");
    case ApplianceField::Priority:
        return QStringLiteral("priority");
    case ApplianceField::Flexibility:
        return QStringLiteral("flexibility");
    case ApplianceField::Quantity:
        return QStringLiteral("quantity");
    case ApplianceField::PowerW:
        return QStringLiteral("power_w");
    case ApplianceField::StandbyW:
        return QStringLiteral("standby_w");
    case ApplianceField::UsageMode:
        return QStringLiteral("usage_mode");
    case ApplianceField::HoursPerDay:
        return QStringLiteral("hours_per_day");
    case ApplianceField::DaysPerWeek:
        return QStringLiteral("days_per_week");
    case ApplianceField::CyclesPerWeek:
        return QStringLiteral("cycles_per_week");
    case ApplianceField::KwhPerCycle:
        return QStringLiteral("kwh_per_cycle");
    case ApplianceField::Notes:
        return QStringLiteral("notes");
    case ApplianceField::CatalogueKey:
        return QStringLiteral("catalogue_key");
    }
    return {};
}

QList<ApplianceField> allApplianceFields()
{
    QList<ApplianceField> fields;
    for (int f = int(ApplianceField::Name); f <= int(ApplianceField::CatalogueKey); ++f)
        fields.append(ApplianceField(f));
    return fields;
}

QVariant fieldValue(const Appliance &a, ApplianceField field)
{
    switch (field) {
    case ApplianceField::Name:
        return a.name;
    case ApplianceField::Category:
        return key(a.category);
    case ApplianceField::Priority:
        return key(a.priority);
    case ApplianceField::Flexibility:
        return key(a.flexibility);
    case ApplianceField::Quantity:
        return a.quantity;
    case ApplianceField::PowerW:
        return a.powerW;
    case ApplianceField::StandbyW:
        return a.standbyW ? QVariant(*a.standbyW) : QVariant();
    case ApplianceField::UsageMode:
        return key(a.usageMode);
    case ApplianceField::HoursPerDay:
        return a.hoursPerDay;
    case ApplianceField::DaysPerWeek:
        return a.daysPerWeek;
    case ApplianceField::CyclesPerWeek:
        return a.cyclesPerWeek;
    case ApplianceField::KwhPerCycle:
        return a.kwhPerCycle;
    case ApplianceField::Notes:
        return a.notes;
    case ApplianceField::CatalogueKey:
        return a.catalogueKey;
    }
    return {};
}

bool setFieldValue(Appliance &a, ApplianceField field, const QVariant &value)
{
    if (!validateField(field, value).isEmpty())
        return false;
    switch (field) {
    case ApplianceField::Name:
        a.name = value.toString().trimmed();
        return true;
    case ApplianceField::Category:
        a.category = *categoryFromKey(value.toString());
        return true;
    case ApplianceField::Priority:
        a.priority = *priorityFromKey(value.toString());
        return true;
    case ApplianceField::Flexibility:
        a.flexibility = *flexibilityFromKey(value.toString());
        return true;
    case ApplianceField::Quantity:
        a.quantity = value.toInt();
        return true;
    case ApplianceField::PowerW:
        a.powerW = value.toDouble();
        return true;
    case ApplianceField::StandbyW:
        a.standbyW = value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
        return true;
    case ApplianceField::UsageMode:
        a.usageMode = *usageModeFromKey(value.toString());
        return true;
    case ApplianceField::HoursPerDay:
        a.hoursPerDay = value.toDouble();
        return true;
    case ApplianceField::DaysPerWeek:
        a.daysPerWeek = value.toDouble();
        return true;
    case ApplianceField::CyclesPerWeek:
        a.cyclesPerWeek = value.toDouble();
        return true;
    case ApplianceField::KwhPerCycle:
        a.kwhPerCycle = value.toDouble();
        return true;
    case ApplianceField::Notes:
        a.notes = value.toString();
        return true;
    case ApplianceField::CatalogueKey:
        a.catalogueKey = value.toString();
        return true;
    }
    return false;
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
