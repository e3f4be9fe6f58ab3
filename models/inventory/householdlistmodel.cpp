// SPDX-License-Identifier: GPL-3.0-or-later
#include "householdlistmodel.h"

#include "appliancestore.h"
#include "core/units.h"
#include "core/workshop.h"
#include "householdstore.h"
#include "inventoryeditor.h"
#include "inventorytotals.h"
#include "wattmeter/wattmeterreadingstore.h"

#include <QLocale>

namespace wattelier {

HouseholdListModel::HouseholdListModel(Workshop &workshop, QObject *parent)
    : QAbstractTableModel(parent)
    , mWorkshop(workshop)
{
    connect(&workshop.households(), &HouseholdStore::added, this, &HouseholdListModel::onAdded);
    connect(&workshop.households(), &HouseholdStore::changed, this, &HouseholdListModel::onChanged);
    connect(&workshop.households(), &HouseholdStore::removed, this, &HouseholdListModel::onRemoved);
    const auto applianceChanged = [this](qint64 householdId, qint64) { refreshKwh(householdId); };
    connect(&workshop.appliances(), &ApplianceStore::added, this, applianceChanged);
    connect(&workshop.appliances(), &ApplianceStore::changed, this, applianceChanged);
    connect(&workshop.appliances(), &ApplianceStore::removed, this, applianceChanged);
    connect(&workshop.wattmeterReadings(), &WattmeterReadingStore::changed, this,
            [this](qint64 applianceId) {
                if (const auto appliance = mWorkshop.appliances().get(applianceId))
                    refreshKwh(appliance->householdId);
            });
    connect(&workshop.households(), &HouseholdStore::reset, this, &HouseholdListModel::reload);
    reload();
}

void HouseholdListModel::reload()
{
    beginResetModel();
    mHouseholds = mWorkshop.households().all();
    mKwhPerYear.clear();
    for (const Household &household : std::as_const(mHouseholds))
        mKwhPerYear.insert(household.id, kwhPerYearOf(household.id));
    endResetModel();
}

void HouseholdListModel::setShowNames(bool show)
{
    if (show == mShowNames)
        return;
    mShowNames = show;
    emit dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn));
    emit headerDataChanged(Qt::Horizontal, NameColumn, NameColumn);
}

int HouseholdListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mHouseholds.size());
}

int HouseholdListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HouseholdListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mHouseholds.size())
        return {};
    const Household &h = mHouseholds.at(index.row());
    const double kwh = mKwhPerYear.value(h.id);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return mShowNames ? h.name : pseudonym(h);
        case PseudonymColumn:
            return pseudonym(h);
        case OccupantsColumn:
            return QLocale().toString(h.occupants);
        case KwhColumn:
            return units::kwh(kwh);
        default:
            return {};
        }
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn:
            return h.name;
        case OccupantsColumn:
            return h.occupants;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        // Notes are personal: shown only with the names (#19).
        if (index.column() == NameColumn && mShowNames && !h.notes.isEmpty())
            return h.notes;
        if (index.column() == KwhColumn)
            return tr("Sum over this household's appliances: measured where there are wattmeter "
                      "readings, estimated elsewhere");
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= OccupantsColumn ? int(Qt::AlignRight | Qt::AlignVCenter)
                                                 : int(Qt::AlignLeft | Qt::AlignVCenter);
    case HouseholdIdRole:
        return h.id;
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return mShowNames ? h.name : h.pseudonymCode;
        case PseudonymColumn: // "B" before "AA", like spreadsheet columns
            return QStringLiteral("%1:%2")
                .arg(h.pseudonymCode.size(), 3, 10, QLatin1Char('0'))
                .arg(h.pseudonymCode);
        case OccupantsColumn:
            return h.occupants;
        case KwhColumn:
            return kwh;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant HouseholdListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return mShowNames ? tr("Household") : tr("Household (names hidden)");
    case PseudonymColumn:
        return tr("Pseudonym");
    case OccupantsColumn:
        return tr("Occupants");
    case KwhColumn:
        return tr("kWh/year");
    default:
        return {};
    }
}

bool HouseholdListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= mHouseholds.size())
        return false;
    HouseholdField field;
    switch (index.column()) {
    case NameColumn:
        field = HouseholdField::Name;
        break;
    case OccupantsColumn:
        field = HouseholdField::Occupants;
        break;
    default:
        return false;
    }
    const QString problem =
        InventoryEditor(mWorkshop).editHousehold(mHouseholds.at(index.row()).id, field, value);
    if (!problem.isEmpty()) {
        emit editRejected(problem);
        return false;
    }
    return true;
}

Qt::ItemFlags HouseholdListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if ((index.column() == NameColumn && mShowNames) || index.column() == OccupantsColumn)
        result |= Qt::ItemIsEditable;
    return result;
}

double HouseholdListModel::kwhPerYearOf(qint64 householdId) const
{
    // The same figure as the totals: measured where readings give one.
    const ReadingsByAppliance readings = mWorkshop.wattmeterReadings().byAppliance(householdId);
    return inventoryTotals(mWorkshop.appliances().forHousehold(householdId), &readings).kwhPerYear;
}

int HouseholdListModel::rowOf(qint64 householdId) const
{
    for (int row = 0; row < mHouseholds.size(); ++row) {
        if (mHouseholds.at(row).id == householdId)
            return row;
    }
    return -1;
}

qint64 HouseholdListModel::householdIdAt(int row) const
{
    return row >= 0 && row < mHouseholds.size() ? mHouseholds.at(row).id : 0;
}

void HouseholdListModel::onAdded(qint64 id)
{
    const auto household = mWorkshop.households().get(id);
    if (!household || rowOf(id) >= 0)
        return;
    int row = 0;
    while (row < mHouseholds.size() &&
           (mHouseholds.at(row).position < household->position ||
            (mHouseholds.at(row).position == household->position && mHouseholds.at(row).id < id)))
        ++row;
    beginInsertRows({}, row, row);
    mHouseholds.insert(row, *household);
    mKwhPerYear.insert(id, kwhPerYearOf(id));
    endInsertRows();
}

void HouseholdListModel::onChanged(qint64 id)
{
    const int row = rowOf(id);
    const auto household = mWorkshop.households().get(id);
    if (row < 0 || !household)
        return;
    mHouseholds[row] = *household;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void HouseholdListModel::onRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    mHouseholds.removeAt(row);
    mKwhPerYear.remove(id);
    endRemoveRows();
}

void HouseholdListModel::refreshKwh(qint64 householdId)
{
    const int row = rowOf(householdId);
    if (row < 0)
        return;
    mKwhPerYear.insert(householdId, kwhPerYearOf(householdId));
    emit dataChanged(index(row, KwhColumn), index(row, KwhColumn));
}

} // namespace wattelier
