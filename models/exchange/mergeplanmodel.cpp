// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergeplanmodel.h"

#include "challenge/indexreading.h"
#include "core/enumkeys.h"
#include "core/units.h"
#include "inventory/appliancecommands.h"
#include "wattmeter/wattmeterreading.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace wattelier::exchange {
namespace {

/*! An enum field's label, or the key itself when unknown. */
QString fieldValueLabel(const QString &field, const QString &value)
{
    if (field == fieldKey(ApplianceField::Category))
        if (const auto v = categoryFromKey(value))
            return label(*v);
    if (field == fieldKey(ApplianceField::Priority))
        if (const auto v = priorityFromKey(value))
            return label(*v);
    if (field == fieldKey(ApplianceField::Flexibility))
        if (const auto v = flexibilityFromKey(value))
            return label(*v);
    if (field == fieldKey(ApplianceField::UsageMode))
        if (const auto v = usageModeFromKey(value))
            return label(*v);
    return value;
}

QString readingText(const QJsonObject &content)
{
    const auto kind = readingKindFromKey(content.value(QStringLiteral("kind")).toString());
    if (!kind)
        return units::noValue();
    QString value = QStringLiteral("%1 %2").arg(
        units::number(content.value(QStringLiteral("value")).toDouble()), unitOf(*kind));
    if (*kind == ReadingKind::EnergyOverDuration)
        value =
            QCoreApplication::translate("MergePlanModel", "%1 in %2 h")
                .arg(value, units::number(content.value(QStringLiteral("duration_h")).toDouble()));
    return QStringLiteral("%1: %2").arg(label(*kind), value);
}

} // namespace

MergePlanModel::MergePlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MergePlanModel::setPlan(const MergePlan &plan)
{
    beginResetModel();
    mPlan = plan;
    endResetModel();
}

int MergePlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mPlan.changes.size());
}

int MergePlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MergePlanModel::recordLabel(RecordKind record)
{
    switch (record) {
    case RecordKind::Household:
        return QCoreApplication::translate("MergePlanModel", "Household");
    case RecordKind::Appliance:
        return QCoreApplication::translate("MergePlanModel", "Appliance");
    case RecordKind::WattmeterReading:
        return QCoreApplication::translate("MergePlanModel", "Wattmeter reading");
    case RecordKind::IndexReading:
        return QCoreApplication::translate("MergePlanModel", "Meter reading");
    }
    return {};
}

QString MergePlanModel::fieldLabel(const QString &field)
{
    if (field.isEmpty())
        return {};
    if (field == QLatin1String("occupants"))
        return QCoreApplication::translate("MergePlanModel", "Occupants");
    for (ApplianceField f : allApplianceFields())
        if (fieldKey(f) == field)
            return applianceFieldLabel(f);
    return field;
}

QString MergePlanModel::displayValue(const MergeChange &change, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return change.field.isEmpty() ? QCoreApplication::translate("MergePlanModel", "(none)")
                                      : units::noValue();
    if (!change.field.isEmpty()) {
        if (value.isDouble())
            return units::number(value.toDouble());
        if (value.isBool())
            return value.toBool() ? QCoreApplication::translate("MergePlanModel", "yes")
                                  : QCoreApplication::translate("MergePlanModel", "no");
        return fieldValueLabel(change.field, value.toString());
    }
    const QJsonObject content = value.toObject();
    switch (change.record) {
    case RecordKind::Appliance:
        return QStringLiteral("%1, %2").arg(
            content.value(fieldKey(ApplianceField::Name)).toString(),
            units::watts(content.value(fieldKey(ApplianceField::PowerW)).toDouble()));
    case RecordKind::WattmeterReading:
        return readingText(content);
    case RecordKind::IndexReading:
        return units::kwh(content.value(QStringLiteral("index")).toDouble(), 1);
    case RecordKind::Household:
        break;
    }
    return {};
}

QString MergePlanModel::actionText(const MergeChange &change) const
{
    switch (change.kind) {
    case ChangeKind::Added:
        return QCoreApplication::translate("MergePlanModel", "Add");
    case ChangeKind::Changed:
        return QCoreApplication::translate("MergePlanModel", "Change");
    case ChangeKind::Removed:
        return QCoreApplication::translate("MergePlanModel", "Remove");
    case ChangeKind::Conflict:
        return change.takeHousehold
                   ? QCoreApplication::translate("MergePlanModel", "Take the household's")
                   : QCoreApplication::translate("MergePlanModel", "Keep the workshop's");
    }
    return {};
}

QVariant MergePlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mPlan.changes.size())
        return {};
    const MergeChange &change = mPlan.changes.at(index.row());
    const bool conflict = change.kind == ChangeKind::Conflict;
    if (role == ConflictRole)
        return conflict;
    if (role == Qt::BackgroundRole && conflict)
        return QBrush(QColor(0xff, 0xe8, 0xc2)); // light orange: needs a choice
    if (role == Qt::CheckStateRole && index.column() == ActionColumn && conflict)
        return change.takeHousehold ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole && conflict)
        return QCoreApplication::translate(
                   "MergePlanModel",
                   "Changed on both sides since the file was sent (was %1). Tick to take the "
                   "household's value; otherwise the workshop's stays.")
            .arg(displayValue(change, change.base));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RecordColumn:
        return recordLabel(change.record);
    case ItemColumn:
        return change.label;
    case FieldColumn:
        return fieldLabel(change.field);
    case WorkshopColumn:
        return change.kind == ChangeKind::Added ? QString() : displayValue(change, change.workshop);
    case HouseholdColumn:
        return displayValue(change, change.household);
    case ActionColumn:
        return actionText(change);
    }
    return {};
}

bool MergePlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != ActionColumn ||
        !(flags(index) & Qt::ItemIsUserCheckable))
        return false;
    mPlan.changes[index.row()].takeHousehold = value.toInt() == Qt::Checked;
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags MergePlanModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ActionColumn &&
        mPlan.changes.at(index.row()).kind == ChangeKind::Conflict)
        result |= Qt::ItemIsUserCheckable;
    return result;
}

QVariant MergePlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RecordColumn:
        return QCoreApplication::translate("MergePlanModel", "What");
    case ItemColumn:
        return QCoreApplication::translate("MergePlanModel", "Item");
    case FieldColumn:
        return QCoreApplication::translate("MergePlanModel", "Field");
    case WorkshopColumn:
        return QCoreApplication::translate("MergePlanModel", "In the workshop");
    case HouseholdColumn:
        return QCoreApplication::translate("MergePlanModel", "In the household's file");
    case ActionColumn:
        return QCoreApplication::translate("MergePlanModel", "Merging will");
    }
    return {};
}

} // namespace wattelier::exchange
