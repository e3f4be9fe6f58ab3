// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/seriesformat.h"

#include <QCoreApplication>

namespace wattelier {

/*!
 * SMA Sunny Portal / WebUI "CSV3" and Sunny Explorer "CSV1" exports: a
 * header block (sep= line, version line with delimiter and decimal point,
 * device, channel and unit rows), then local-time rows; the total yield
 * counter (Metering.TotWhOut [Wh], or "Total yield" [kWh]) is the series;
 * "NaN" is a gap.
 */
class SmaFormat : public SeriesFormat
{
    Q_DECLARE_TR_FUNCTIONS(SmaFormat)

public:
    QString name() const override { return QStringLiteral("sma"); }
    QString title() const override;
    int recognise(const QByteArray &head) const override;
    ParseResult parse(const QByteArray &utf8, const ParseContext &context) const override;
};

/*!
 * Enphase Enlighten report: "Date/Time" in US order (MM/DD/YYYY HH:MM) in
 * the site's local time, hourly or quarter-hour energy in Wh per column
 * (produced, consumed, exported, imported); thousands may be grouped.
 */
class EnphaseFormat : public SeriesFormat
{
    Q_DECLARE_TR_FUNCTIONS(EnphaseFormat)

public:
    QString name() const override { return QStringLiteral("enphase"); }
    QString title() const override;
    int recognise(const QByteArray &head) const override;
    ParseResult parse(const QByteArray &utf8, const ParseContext &context) const override;
};

/*!
 * Shelly EM / 3EM data download: "Date/time UTC", then per channel "Active
 * energy Wh (n)" and "Returned energy Wh (n)" for each interval; rows may
 * come unsorted and repeated.
 */
class ShellyFormat : public SeriesFormat
{
    Q_DECLARE_TR_FUNCTIONS(ShellyFormat)

public:
    QString name() const override { return QStringLiteral("shelly"); }
    QString title() const override;
    int recognise(const QByteArray &head) const override;
    ParseResult parse(const QByteArray &utf8, const ParseContext &context) const override;
};

/*!
 * Home Assistant history export (entity_id,state,last_changed): the states
 * of cumulative energy sensors in kWh at irregular UTC instants. Each entity
 * becomes a quarter-hour series; "unavailable" and "unknown" are skipped and
 * a counter going back to zero is a reset.
 */
class HomeAssistantFormat : public SeriesFormat
{
    Q_DECLARE_TR_FUNCTIONS(HomeAssistantFormat)

public:
    QString name() const override { return QStringLiteral("homeassistant"); }
    QString title() const override;
    int recognise(const QByteArray &head) const override;
    ParseResult parse(const QByteArray &utf8, const ParseContext &context) const override;
};

} // namespace wattelier
