// SPDX-License-Identifier: GPL-3.0-or-later
#include "appliancetablemodel.h"

#include "appliancestore.h"
#include "core/columntitles.h"
#include "core/enumkeys.h"
#include "core/palette.h"
#include "core/units.h"
#include "core/workshop.h"
#include "estimate.h"
#include "householdstore.h"
#include "inventoryeditor.h"
#include "wattmeter/measuredconsumption.h"
#include "wattmeter/wattmeterreadingstore.h"

#include <QBrush>
#include <QCoreApplication>
#include <QLocale>

namespace wattelier {

ApplianceTableModel::ApplianceTableModel(Workshop &workshop, QObject *parent)
    : QAbstractTableModel(parent)
    , mWorkshop(workshop)
{
    const ApplianceStore *store = &workshop.appliances();
    connect(store, &ApplianceStore::added, this, &ApplianceTableModel::onAdded);
    connect(store, &ApplianceStore::changed, this, &ApplianceTableModel::onChanged);
    connect(store, &ApplianceStore::removed, this, &ApplianceTableModel::onRemoved);
    connect(&workshop.households(), &HouseholdStore::removed, this,
            &ApplianceTableModel::onHouseholdRemoved);
    connect(&workshop.wattmeterReadings(), &WattmeterReadingStore::changed, this,
            &ApplianceTableModel::onReadingsChanged);
    connect(store, &ApplianceStore::reset, this, [this] {
        setHouseholdId(mWorkshop.households().get(mHouseholdId) ? mHouseholdId : 0);
    });
}

std::optional<ApplianceField> ApplianceTableModel::fieldOf(int column)
{
    // The columns from Name to kWh/cycle show the fields in the order ApplianceField lists them.
    static_assert(KwhPerCycleColumn - NameColumn ==
                  int(ApplianceField::KwhPerCycle) - int(ApplianceField::Name));
    if (column >= NameColumn && column <= KwhPerCycleColumn)
        return ApplianceField(int(ApplianceField::Name) + column - NameColumn);
    if (column == NotesColumn)
        return ApplianceField::Notes;
    return std::nullopt;
}

void ApplianceTableModel::setHouseholdId(qint64 householdId)
{
    beginResetModel();
    mHouseholdId = householdId;
    mAppliances =
        householdId > 0 ? mWorkshop.appliances().forHousehold(householdId) : QList<Appliance>{};
    mReadings = householdId > 0 ? mWorkshop.wattmeterReadings().byAppliance(householdId)
                                : QHash<qint64, QList<WattmeterReading>>{};
    endResetModel();
}

int ApplianceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mAppliances.size());
}

int ApplianceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ApplianceTableModel::isApplicable(const Appliance &a, int column) const
{
    switch (column) {
    case HoursPerDayColumn:
    case DaysPerWeekColumn:
        return a.usageMode == UsageMode::Hours;
    case CyclesPerWeekColumn:
    case KwhPerCycleColumn:
        return a.usageMode == UsageMode::Cycles;
    case PowerColumn:
        return a.usageMode == UsageMode::Hours;
    default:
        return true;
    }
}

QVariant ApplianceTableModel::displayValue(const Appliance &a, int column) const
{
    if (!isApplicable(a, column))
        return QStringLiteral("—");
    switch (column) {
    case NameColumn:
        return a.name;
    case CategoryColumn:
        return label(a.category);
    case PriorityColumn:
        return label(a.priority);
    case FlexibilityColumn:
        return label(a.flexibility);
    case QuantityColumn:
        return QLocale().toString(a.quantity);
    case PowerColumn:
        return units::watts(a.powerW);
    case StandbyColumn:
        return a.standbyW ? units::watts(*a.standbyW) : QString();
    case UsageModeColumn:
        return label(a.usageMode);
    case HoursPerDayColumn:
        return units::number(a.hoursPerDay);
    case DaysPerWeekColumn:
        return units::number(a.daysPerWeek);
    case CyclesPerWeekColumn:
        return units::number(a.cyclesPerWeek);
    case KwhPerCycleColumn:
        return units::number(a.kwhPerCycle, 3);
    case EstimateColumn:
        return units::kwh(estimatedKwhPerYear(a));
    case MeasuredColumn: {
        const auto measured = applianceConsumption(a, mReadings.value(a.id)).measuredKwhPerYear;
        return measured ? units::kwh(*measured) : QString();
    }
    case SourceColumn:
        return label(applianceConsumption(a, mReadings.value(a.id)).source);
    case NotesColumn:
        return a.notes;
    default:
        return {};
    }
}

QVariant ApplianceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mAppliances.size())
        return {};
    const Appliance &a = mAppliances.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(a, column);
    case Qt::EditRole: {
        const auto field = fieldOf(column);
        return field ? fieldValue(a, *field) : QVariant();
    }
    case Qt::ToolTipRole:
        if (column == EstimateColumn) {
            return a.usageMode == UsageMode::Hours
                       ? tr("Quantity × [power × hours/day × days/week × 365/7 + standby × "
                            "remaining hours of the year] ÷ 1000")
                       : tr("Quantity × [kWh per cycle × cycles/week × 365/7 + standby × 8760 h "
                            "÷ 1000]");
        }
        if (column == StandbyColumn && !a.standbyW)
            return tr("No standby power given: standby is not counted.");
        if (!isApplicable(a, column))
            return a.usageMode == UsageMode::Hours
                       ? tr("Not used: this appliance is counted in hours per day.")
                       : tr("Not used: this appliance is counted in cycles per week.");
        return {};
    case Qt::TextAlignmentRole:
        if (column >= QuantityColumn && column <= MeasuredColumn && column != UsageModeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::DecorationRole:
        if (column == PriorityColumn)
            return colourOf(a.priority);
        if (column == CategoryColumn)
            return colourOf(a.category);
        return {};
    case Qt::ForegroundRole:
        if (!isApplicable(a, column))
            return QBrush(QColor(0x8A, 0x8A, 0x8A)); // no QPalette: models work without a GUI
        return {};
    case SortRole:
        switch (column) {
        case EstimateColumn:
            return estimatedKwhPerYear(a);
        case MeasuredColumn:
            return applianceConsumption(a, mReadings.value(a.id)).measuredKwhPerYear.value_or(-1.0);
        case SourceColumn:
        case CategoryColumn:
        case PriorityColumn:
        case FlexibilityColumn:
        case UsageModeColumn:
        case NameColumn:
        case NotesColumn:
            return displayValue(a, column);
        default: {
            const auto field = fieldOf(column);
            return field ? fieldValue(a, *field) : QVariant();
        }
        }
    case ApplianceIdRole:
        return a.id;
    case PriorityKeyRole:
        return key(a.priority);
    case CategoryKeyRole:
        return key(a.category);
    case FieldKindRole:
        switch (column) {
        case CategoryColumn:
            return QStringLiteral("category");
        case PriorityColumn:
            return QStringLiteral("priority");
        case FlexibilityColumn:
            return QStringLiteral("flexibility");
        case UsageModeColumn:
            return QStringLiteral("usage");
        case NameColumn:
        case NotesColumn:
            return QStringLiteral("text");
        default:
            return QStringLiteral("number");
        }
    default:
        return {};
    }
}

QVariant ApplianceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle({tr("Appliance"), tr("Category"), tr("Priority"), tr("Flexibility"),
                            tr("Qty"), tr("Power"), tr("Standby"), tr("Counted in"),
                            tr("Hours/day"), tr("Days/week"), tr("Cycles/week"), tr("kWh/cycle"),
                            tr("kWh/year"), tr("Measured"), tr("Source"), tr("Notes")},
                           ColumnCount, section);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PowerColumn:
            return tr("Power when on, in watts (W)");
        case StandbyColumn:
            return tr("Power drawn when “off”, in watts (W); leave empty if none");
        case FlexibilityColumn:
            return tr("Could its use move to another time?");
        case EstimateColumn:
            return tr("Estimated electricity use per year, in kWh");
        case MeasuredColumn:
            return tr("Electricity use per year from wattmeter readings, in kWh");
        default:
            return {};
        }
    }
    return {};
}

bool ApplianceTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= mAppliances.size())
        return false;
    const auto field = fieldOf(index.column());
    if (!field)
        return false;
    QVariant stored = value;
    // An emptied standby cell means "no standby given", not 0 W.
    if (*field == ApplianceField::StandbyW && value.toString().trimmed().isEmpty())
        stored = QVariant();
    const QString problem =
        InventoryEditor(mWorkshop).editAppliance(mAppliances.at(index.row()).id, *field, stored);
    if (!problem.isEmpty()) {
        emit editRejected(problem);
        return false;
    }
    return true;
}

Qt::ItemFlags ApplianceTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (fieldOf(index.column()) && isApplicable(mAppliances.at(index.row()), index.column()))
        result |= Qt::ItemIsEditable;
    return result;
}

int ApplianceTableModel::rowOf(qint64 applianceId) const
{
    for (int row = 0; row < mAppliances.size(); ++row) {
        if (mAppliances.at(row).id == applianceId)
            return row;
    }
    return -1;
}

qint64 ApplianceTableModel::applianceIdAt(int row) const
{
    return row >= 0 && row < mAppliances.size() ? mAppliances.at(row).id : 0;
}

void ApplianceTableModel::onAdded(qint64 householdId, qint64 id)
{
    if (householdId != mHouseholdId || rowOf(id) >= 0)
        return;
    const auto appliance = mWorkshop.appliances().get(id);
    if (!appliance)
        return;
    int row = 0;
    while (row < mAppliances.size() &&
           (mAppliances.at(row).position < appliance->position ||
            (mAppliances.at(row).position == appliance->position && mAppliances.at(row).id < id)))
        ++row;
    beginInsertRows({}, row, row);
    mAppliances.insert(row, *appliance);
    mReadings.insert(id, mWorkshop.wattmeterReadings().forAppliance(id));
    endInsertRows();
}

void ApplianceTableModel::onChanged(qint64 householdId, qint64 id)
{
    if (householdId != mHouseholdId)
        return;
    const int row = rowOf(id);
    const auto appliance = mWorkshop.appliances().get(id);
    if (row < 0 || !appliance)
        return;
    mAppliances[row] = *appliance;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ApplianceTableModel::onRemoved(qint64 householdId, qint64 id)
{
    if (householdId != mHouseholdId)
        return;
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    mAppliances.removeAt(row);
    endRemoveRows();
}

void ApplianceTableModel::onReadingsChanged(qint64 applianceId)
{
    const int row = rowOf(applianceId);
    if (row < 0)
        return;
    mReadings.insert(applianceId, mWorkshop.wattmeterReadings().forAppliance(applianceId));
    emit dataChanged(index(row, MeasuredColumn), index(row, SourceColumn));
}

void ApplianceTableModel::onHouseholdRemoved(qint64 householdId)
{
    if (householdId == mHouseholdId)
        setHouseholdId(0);
}

} // namespace wattelier
