// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applianceimport.h"

#include <optional>

#include <QAbstractTableModel>

namespace wattelier {

/*!
 * The preview of an appliance import: one row per line of the file, as it
 * will be imported (values filled in from the catalogue in italics), with
 * the line number and a status that says what is wrong with it, if anything.
 * Read-only; the dialog gives it a new ApplianceImport when the file, the
 * header choice or the column mapping changes.
 */
class ApplianceImportModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LineColumn,
        StatusColumn,
        FirstFieldColumn, //!< then one column per importableFields(), in that order
    };

    enum Role
    {
        HasProblemRole = Qt::UserRole + 1, //!< bool: the row cannot be imported as it is
        LineRole,                          //!< int: the line in the file
        TypicalValueRole,                  //!< bool: the value comes from the catalogue
    };

    explicit ApplianceImportModel(QObject *parent = nullptr);

    void setImport(const ApplianceImport &import);
    const ApplianceImport &import() const { return mImport; }

    /*! The appliance field a column shows, if any. */
    static std::optional<ApplianceField> fieldOf(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString statusText(const ImportedAppliance &row) const;

    ApplianceImport mImport;
};

} // namespace wattelier
