// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDate>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace wattelier {

/*! What a plug-in wattmeter showed. */
enum class ReadingKind
{
    PowerOn,            //!< W while the appliance runs (instantaneous)
    Standby,            //!< W while it is "off" (instantaneous)
    EnergyOverDuration, //!< kWh shown after a number of hours (right for appliances that cycle)
    EnergyPerCycle,     //!< kWh for one cycle (washing machine, dishwasher, oven)
};

QList<ReadingKind> allReadingKinds();
QString key(ReadingKind kind);
std::optional<ReadingKind> readingKindFromKey(const QString &key);
QString label(ReadingKind kind);
/*! "W" or "kWh". */
QString unitOf(ReadingKind kind);

/*! One wattmeter reading of one appliance. */
struct WattmeterReading
{
    qint64 id = 0;
    qint64 applianceId = 0;
    QDate measuredOn;
    QString measuredBy; //!< Optional: who plugged the wattmeter in.
    ReadingKind kind = ReadingKind::PowerOn;
    double value = 0.0;         //!< W for power and standby, kWh for energy kinds.
    double durationHours = 0.0; //!< Only for EnergyOverDuration.
    qint64 wattmeterId = 0;     //!< Which of the group's wattmeters, if known.
    QString notes;
    QString uid; //!< Stable id across files (household files, #9); made on insert when empty.

    bool operator==(const WattmeterReading &other) const = default;
};

/*! Checks a reading a user entered; returns a translated message, or empty when valid. */
QString validateReading(const WattmeterReading &reading);

} // namespace wattelier
