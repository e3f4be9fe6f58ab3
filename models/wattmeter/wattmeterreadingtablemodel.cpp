// SPDX-License-Identifier: GPL-3.0-or-later
#include "wattmeterreadingtablemodel.h"

#include "core/columntitles.h"
#include "core/units.h"
#include "core/workshop.h"
#include "inventory/appliancestore.h"
#include "wattmeterreadingstore.h"
#include "wattmeterstore.h"

#include <QLocale>

namespace wattelier {

WattmeterReadingTableModel::WattmeterReadingTableModel(Workshop &workshop, QObject *parent)
    : QAbstractTableModel(parent)
    , mWorkshop(workshop)
{
    connect(&workshop.wattmeterReadings(), &WattmeterReadingStore::changed, this,
            [this](qint64 applianceId) {
                if (applianceId == mApplianceId)
                    reload();
            });
    connect(&workshop.wattmeterReadings(), &WattmeterReadingStore::reset, this, [this] {
        setApplianceId(mWorkshop.appliances().get(mApplianceId) ? mApplianceId : 0);
    });
    connect(&workshop.wattmeters(), &WattmeterStore::changed, this, [this] {
        if (!mReadings.isEmpty())
            emit dataChanged(index(0, WattmeterColumn), index(rowCount() - 1, WattmeterColumn));
    });
}

void WattmeterReadingTableModel::setApplianceId(qint64 applianceId)
{
    mApplianceId = applianceId;
    reload();
}

void WattmeterReadingTableModel::reload()
{
    beginResetModel();
    mReadings = mApplianceId > 0 ? mWorkshop.wattmeterReadings().forAppliance(mApplianceId)
                                 : QList<WattmeterReading>{};
    endResetModel();
}

int WattmeterReadingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mReadings.size());
}

int WattmeterReadingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WattmeterReadingTableModel::describeValue(const WattmeterReading &r)
{
    switch (r.kind) {
    case ReadingKind::PowerOn:
    case ReadingKind::Standby:
        return units::watts(r.value);
    case ReadingKind::EnergyOverDuration:
        return tr("%1 kWh over %2 h")
            .arg(units::number(r.value, 3), units::number(r.durationHours, 1));
    case ReadingKind::EnergyPerCycle:
        return tr("%1 kWh per cycle").arg(units::number(r.value, 3));
    }
    return {};
}

QVariant WattmeterReadingTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mReadings.size())
        return {};
    const WattmeterReading &r = mReadings.at(index.row());
    if (role == ReadingIdRole)
        return r.id;
    if (role == Qt::TextAlignmentRole)
        return index.column() == ValueColumn ? int(Qt::AlignRight | Qt::AlignVCenter)
                                             : int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return units::date(r.measuredOn);
    case KindColumn:
        return label(r.kind);
    case ValueColumn:
        return describeValue(r);
    case MeasuredByColumn:
        return r.measuredBy;
    case WattmeterColumn: {
        const auto wattmeter =
            r.wattmeterId > 0 ? mWorkshop.wattmeters().wattmeter(r.wattmeterId) : std::nullopt;
        return wattmeter ? wattmeter->label : QString();
    }
    case NotesColumn:
        return r.notes;
    default:
        return {};
    }
}

QVariant WattmeterReadingTableModel::headerData(int section, Qt::Orientation orientation,
                                                int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitle(
        {tr("Date"), tr("Reading"), tr("Value"), tr("Measured by"), tr("Wattmeter"), tr("Notes")},
        ColumnCount, section);
}

} // namespace wattelier
