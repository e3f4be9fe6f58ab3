// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appliance.h"
#include "wattmeter/wattmeterreading.h"

#include <QHash>

#include <QAbstractTableModel>
#include <QList>

namespace wattelier {

class Workshop;

/*!
 * The appliances of one household as an editable table. Edits go through
 * InventoryEditor (undoable, written at once); the model follows the store's
 * change signals, so undo and other views update it too.
 */
class ApplianceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        CategoryColumn,
        PriorityColumn,
        FlexibilityColumn,
        QuantityColumn,
        PowerColumn,
        StandbyColumn,
        UsageModeColumn,
        HoursPerDayColumn,
        DaysPerWeekColumn,
        CyclesPerWeekColumn,
        KwhPerCycleColumn,
        EstimateColumn,
        MeasuredColumn, //!< from wattmeter readings, empty when not measured
        SourceColumn,   //!< estimated / measured / mixed
        NotesColumn,
        ColumnCount
    };

    enum Role
    {
        SortRole = Qt::UserRole + 1, //!< Raw number or label, for sorting.
        ApplianceIdRole,
        PriorityKeyRole, //!< Stable key, for filtering.
        CategoryKeyRole, //!< Stable key, for filtering.
        FieldKindRole,   //!< "text", "number", "category", "priority", "flexibility", "usage".
    };

    explicit ApplianceTableModel(Workshop &workshop, QObject *parent = nullptr);

    void setHouseholdId(qint64 householdId);
    qint64 householdId() const { return mHouseholdId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    int rowOf(qint64 applianceId) const;
    qint64 applianceIdAt(int row) const;
    const Appliance &applianceAt(int row) const { return mAppliances.at(row); }

    /*! The field a column edits, if any (the estimate column edits nothing). */
    static std::optional<ApplianceField> fieldOf(int column);

signals:
    /*! An edit was refused; \a message says why, ready for the status bar. */
    void editRejected(const QString &message);

private:
    void onAdded(qint64 householdId, qint64 id);
    void onChanged(qint64 householdId, qint64 id);
    void onRemoved(qint64 householdId, qint64 id);
    void onHouseholdRemoved(qint64 householdId);
    void onReadingsChanged(qint64 applianceId);
    QVariant displayValue(const Appliance &appliance, int column) const;
    bool isApplicable(const Appliance &appliance, int column) const;

    Workshop &mWorkshop;
    qint64 mHouseholdId = 0;
    QList<Appliance> mAppliances;
    QHash<qint64, QList<WattmeterReading>> mReadings; //!< of the shown appliances
};

} // namespace wattelier
