// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appliancecsv.h"
#include "appliancemapping.h"
#include "inventory/appliance.h"

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

namespace wattelier {

class Workshop;

/*! One line of the file as it will be imported, or why it cannot be. */
struct ImportedAppliance
{
    int line = 0; //!< physical line in the file, 1-based, counting the header
    Appliance appliance;
    QStringList problems; //!< translated sentences; empty: ready to import
    /*! Fields not given by the file, filled in with the catalogue entry's typical values. */
    QList<ApplianceField> typicalFields;

    bool ok() const { return problems.isEmpty(); }
};

/*! What a spreadsheet's appliance list becomes with a column mapping. */
struct ApplianceImport
{
    QString fileName;
    QList<ImportedAppliance> rows;
    std::optional<ImportProblem> fileProblem; //!< empty file, no name column, no rows…
    QStringList notes;                        //!< e.g. how the file was decoded

    /*! True when there is something to import and nothing wrong: all or nothing. */
    bool canImport() const;
    /*! Every problem with its file and line, the file's own first. */
    QList<ImportProblem> problems() const;
    /*! The appliances to add, in the file's order (only meaningful when canImport()). */
    QList<Appliance> appliances() const;
};

/*!
 * Turns the records of \a table into appliances of \a householdId with
 * \a mapping. A cell that is empty, or a field without a column, takes the
 * typical value of the catalogue entry the name matches (its key is kept),
 * else a neutral default (category Other, priority Useful, flexibility None,
 * quantity 1). The usage mode follows from the figures the file gives: hours
 * per day, or cycles per week and kWh per cycle. Every invalid cell is a
 * problem of its line; values are checked as InventoryEditor checks typing.
 */
ApplianceImport buildApplianceImport(const DelimitedTable &table, const ColumnMapping &mapping,
                                     qint64 householdId);

/*! Whether \a field counts for \a appliance: hours and days, or cycles and kWh, by usage mode. */
bool fieldApplies(const Appliance &appliance, ApplianceField field);

/*!
 * Adds the appliances of \a import to the workshop as one undo step, at the
 * end of their household. All or nothing: when any line has a problem
 * (canImport() is false) nothing is written. Returns how many were added.
 */
int applyApplianceImport(Workshop &workshop, const ApplianceImport &import);

} // namespace wattelier
