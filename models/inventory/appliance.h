// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain.h"

#include <optional>

#include <QList>
#include <QString>
#include <QtGlobal>
#include <QVariant>

namespace wattelier {

/*! One line of a household's appliance inventory. */
struct Appliance
{
    qint64 id = 0;
    qint64 householdId = 0;
    QString name;
    Category category = Category::Other;
    Priority priority = Priority::Useful;
    Flexibility flexibility = Flexibility::None;
    int quantity = 1;
    double powerW = 0.0;            //!< Power when on, watts.
    std::optional<double> standbyW; //!< Standby power, watts; empty when not given.
    UsageMode usageMode = UsageMode::Hours;
    double hoursPerDay = 0.0;
    double daysPerWeek = 7.0;
    double cyclesPerWeek = 0.0;
    double kwhPerCycle = 0.0;
    QString notes;
    QString catalogueKey; //!< Catalogue entry that pre-filled it, if any.
    int position = 0;
    QString uid; //!< Stable id across files (household files, #9); made on insert when empty.
};

/*! Fields of an appliance that can be edited one at a time (undo commands, item models). */
enum class ApplianceField
{
    Name,
    Category,
    Priority,
    Flexibility,
    Quantity,
    PowerW,
    StandbyW,
    UsageMode,
    HoursPerDay,
    DaysPerWeek,
    CyclesPerWeek,
    KwhPerCycle,
    Notes,
    CatalogueKey,
};

/*! The field's stable key: its column in the workshop file, also used in JSON. */
QString fieldKey(ApplianceField field);
QList<ApplianceField> allApplianceFields();
/*! The translated name of a field, as in "Change power". */
QString applianceFieldLabel(ApplianceField field);
/*! The member of the fields that are a plain number (power, hours, …), or nullptr. */
double Appliance::*numberMember(ApplianceField field);

/*!
 * The value of one field as stored: enums as their stable keys, an absent
 * standby as a null QVariant, numbers as double or int.
 */
QVariant fieldValue(const Appliance &appliance, ApplianceField field);

/*! Sets one field from a stored value; returns false when the value is invalid. */
bool setFieldValue(Appliance &appliance, ApplianceField field, const QVariant &value);

/*! Checks a value a user typed for a field; returns a translated message, or empty when valid. */
QString validateField(ApplianceField field, const QVariant &value);

} // namespace wattelier
