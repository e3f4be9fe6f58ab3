// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/seriesformat.h"

#include <QCoreApplication>

namespace wattelier {

/*!
 * SolarEdge monitoring API "energy" or "energyDetails" JSON: quarter-hour or
 * hourly Wh per wall-clock label in the site's local time, null for a gap;
 * on the spring DST day a label for the hour that does not exist (dropped and
 * reported), on the autumn day the repeated hour only once.
 */
class SolarEdgeFormat : public SeriesFormat
{
    Q_DECLARE_TR_FUNCTIONS(SolarEdgeFormat)

public:
    QString name() const override { return QStringLiteral("solaredge"); }
    QString title() const override;
    int recognise(const QByteArray &head) const override;
    ParseResult parse(const QByteArray &utf8, const ParseContext &context) const override;
};

/*!
 * Flukso API JSON: [[unix_ts, value], …] where the timestamp ends the
 * interval and the value is the mean power in W over it; "nan" is a gap.
 */
class FluksoApiFormat : public SeriesFormat
{
    Q_DECLARE_TR_FUNCTIONS(FluksoApiFormat)

public:
    QString name() const override { return QStringLiteral("flukso"); }
    QString title() const override;
    int recognise(const QByteArray &head) const override;
    ParseResult parse(const QByteArray &utf8, const ParseContext &context) const override;
};

/*!
 * Flukso tmpo block (gzip JSON): a header with the first [ts, value] of a
 * cumulative Wh counter, then delta-encoded times "t" and values "v".
 */
class FluksoTmpoFormat : public SeriesFormat
{
    Q_DECLARE_TR_FUNCTIONS(FluksoTmpoFormat)

public:
    QString name() const override { return QStringLiteral("flukso-tmpo"); }
    QString title() const override;
    int recognise(const QByteArray &head) const override;
    ParseResult parse(const QByteArray &utf8, const ParseContext &context) const override;
};

} // namespace wattelier
