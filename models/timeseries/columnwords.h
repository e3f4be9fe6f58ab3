// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/series.h"

#include <optional>

#include <QString>

namespace wattelier {

/*!
 * What a column's header says it holds (#18), read from the words exports
 * use in English, French, Dutch, German and Italian: the quantity (offtake,
 * injection, production, consumption), the unit written in the header or
 * beside it, and the columns that are not electricity to import: gas,
 * maxima, voltages, currents, temperatures.
 */
struct ColumnMeaning
{
    std::optional<SeriesKind> kind; //!< empty: no word recognised
    QString unit;                   //!< "kWh", "Wh", "kW", "W", or empty when not written
    bool gas = false;               //!< m³ or gas: not electricity
    bool maximum = false;           //!< a column of maxima (peak power): not energy
    bool notEnergy = false;         //!< voltage, current, temperature, frequency, percentage
    bool battery = false;           //!< a home battery's charge or discharge
    bool index = false;          //!< the header says meter index (stand, reading, Zählerstand…)
    bool tariffRegister = false; //!< one of several registers (day/night, tariff 1/2, low/high)

    /*! Why the column is not read as electricity, or empty when it may be. */
    QString leftOutReason() const;
};

ColumnMeaning columnMeaning(const QString &header);

} // namespace wattelier
