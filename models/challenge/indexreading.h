// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDate>
#include <QList>
#include <QString>

namespace wattelier {

/*!
 * The registers of a Brussels electricity meter: one register, or day and
 * night registers (bi-hourly meters, both read and summed); PV households
 * also read the injection register.
 */
enum class MeterRegister
{
    Single,
    Day,
    Night,
    Injection,
};

QString key(MeterRegister reg);
std::optional<MeterRegister> meterRegisterFromKey(const QString &key);
QString label(MeterRegister reg);

/*! One index read on one register, as a household sends it for the "défi énergie". */
struct IndexReading
{
    QDate date;
    MeterRegister reg = MeterRegister::Single;
    double index = 0.0; //!< kWh shown by the register
    /*!
     * This index is on a new meter fitted since the previous reading. The
     * old meter's last index, when noted, lets the consumption across the
     * change be counted; the new meter started at \c newMeterStartIndex.
     */
    bool meterReplaced = false;
    std::optional<double> oldMeterFinalIndex;
    double newMeterStartIndex = 0.0;

    bool operator==(const IndexReading &other) const = default;
};

/*!
 * Checks a reading against the previous one of the same register: a later
 * date, and an index not lower than the previous one unless the meter was
 * replaced. Returns a translated message, or empty when valid.
 */
QString validateIndexReading(const std::optional<IndexReading> &previous,
                             const IndexReading &reading);

} // namespace wattelier
