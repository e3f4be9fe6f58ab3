// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/series.h"

#include <QAbstractTableModel>
#include <QList>

namespace wattelier {

class Workshop;

/*!
 * The workshop's time series for the Data page: name (editable, undoable),
 * kind, owner (pseudonym or the group), interval, period in Brussels time,
 * values, gaps, total, the part of it that is estimated, and source file.
 */
class SeriesTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        OwnerColumn,
        IntervalColumn,
        FromColumn,
        ToColumn,
        ValuesColumn,
        GapsColumn,
        TotalColumn,
        EstimatedColumn, //!< values spread over missing readings (#18), in the total
        SourceColumn,
        ColumnCount
    };
    enum Role
    {
        SeriesIdRole = Qt::UserRole + 1,
    };

    explicit SeriesTableModel(Workshop &workshop, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    qint64 seriesIdAt(int row) const;
    int rowOf(qint64 seriesId) const;

    /*! "15 min", "1 h", "1 min": how people name an interval. */
    static QString intervalText(int seconds);

private:
    void reload();

    Workshop &mWorkshop;
    QList<SeriesInfo> mRows;
};

} // namespace wattelier
