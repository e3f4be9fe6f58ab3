// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/civiltime.h"
#include "timeseries/parseresult.h"
#include "timeseries/seriesbuilder.h"

#include <QByteArray>
#include <QList>

namespace wattelier {

/*! How to read one value column of a delimited file. */
struct ValueColumn
{
    int index = 1; //!< 0-based field index
    QString name;
    SeriesKind kind = SeriesKind::Other;
    QString unit = QStringLiteral("kWh"); //!< W, kW, Wh or kWh
    SourceQuantity quantity = SourceQuantity::EnergyPerInterval;
};

/*! Where instants are written and in which zone. */
enum class TimeZoneRule
{
    Utc,        //!< UTC, whatever the text says
    InText,     //!< an offset or Z in every timestamp
    Zone,       //!< wall-clock time of zoneId (Europe/Brussels by default)
    UnixSeconds //!< seconds since 1970 (Flukso, some loggers)
};

/*! Everything a delimited (CSV, TSV) export needs to be read. */
struct DelimitedLayout
{
    char delimiter = ';';
    char decimal = '.';
    int headerLine = 1; //!< 1-based line holding column names; data follow it; 0 = none
    int dateColumn = 0;
    int timeColumn = -1;                //!< -1: the date column holds the time too
    QByteArray dateTimePattern = "ISO"; //!< CivilFormat pattern of date [+ ' ' + time]
    TimeZoneRule zoneRule = TimeZoneRule::Zone;
    QByteArray zoneId = "Europe/Brussels";
    StampAt stamp = StampAt::Start;
    int intervalS = 0; //!< 0: the most frequent step
    QList<ValueColumn> columns;
    /*! Lines whose first field starts with one of these are skipped (SMA footers). */
    QList<QByteArray> skipPrefixes;
};

/*! Multiplier from \a unit (W, kW, Wh, kWh, MWh) to kW or kWh; 0 when unknown. */
double unitToBase(const QString &unit);

/*! Reads a delimited export with \a layout. */
ParseResult parseDelimited(const QByteArray &utf8, const DelimitedLayout &layout,
                           const ParseContext &context);

/*! The header line's fields as text (for the wizard and detection). */
QStringList headerFields(const QByteArray &utf8, int headerLine, char delimiter);

} // namespace wattelier
