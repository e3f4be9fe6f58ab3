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
    /*!
     * One of several registers of the same quantity (day and night, tariff 1
     * and 2): such columns of the same kind are added up into one series, and
     * the message says which (#18). Other columns are never added up.
     */
    bool tariffRegister = false;
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
    /*!
     * A long table (one row per time and register, meter or entity): the
     * 0-based column that says which series a row belongs to; -1: none.
     * Rows that differ in it are never duplicates of each other (#18).
     */
    int seriesColumn = -1;
    /*! Why columns of the file are not read (gas, maxima…), said in the import's messages. */
    QStringList notes;
    /*!
     * What the guess could not tell and the user must say before anything is
     * read (a column that may be an index or energies): the reader refuses
     * with these until the layout is confirmed, by the form or by options.
     */
    QStringList questions;
    /*! Set when the guess recognised a layout it cannot read (one column per time of day). */
    QString unreadable;
};

/*! Multiplier from \a unit (W, kW, Wh, kWh, MWh) to kW or kWh; 0 when unknown. */
double unitToBase(const QString &unit);

/*! Reads a delimited export with \a layout. */
ParseResult parseDelimited(const QByteArray &utf8, const DelimitedLayout &layout,
                           const ParseContext &context);

/*! The header line's fields as text (for the wizard and detection). */
QStringList headerFields(const QByteArray &utf8, int headerLine, char delimiter);

} // namespace wattelier
