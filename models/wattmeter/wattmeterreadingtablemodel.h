// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wattmeterreading.h"

#include <QAbstractTableModel>

namespace wattelier {

class Workshop;

/*! The wattmeter readings of one appliance, newest last; follows the store's changes. */
class WattmeterReadingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        KindColumn,
        ValueColumn,
        MeasuredByColumn,
        WattmeterColumn,
        NotesColumn,
        ColumnCount
    };
    enum Role
    {
        ReadingIdRole = Qt::UserRole + 1
    };

    explicit WattmeterReadingTableModel(Workshop &workshop, QObject *parent = nullptr);

    void setApplianceId(qint64 applianceId);
    qint64 applianceId() const { return mApplianceId; }
    const QList<WattmeterReading> &readings() const { return mReadings; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /*! "1.2 kWh over 48 h", "15 W": a reading as people say it. */
    static QString describeValue(const WattmeterReading &reading);

private:
    void reload();

    Workshop &mWorkshop;
    qint64 mApplianceId = 0;
    QList<WattmeterReading> mReadings;
};

} // namespace wattelier
