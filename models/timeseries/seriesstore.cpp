// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/seriesstore.h"

#include "core/sqlvalue.h"
#include "core/workshop.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

#include <QDateTime>
#include <QSqlQuery>
#include <QtEndian>

namespace wattelier {
namespace {

const QString infoColumns =
    QStringLiteral("SELECT id, name, kind, household_id, unit, interval_s, start_utc, "
                   "value_count, values_present, total_kwh, format, source_file, imported_at, "
                   "estimated_values, estimated_kwh FROM series");

SeriesInfo infoFrom(const QSqlQuery &q)
{
    SeriesInfo s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.kind = seriesKindFromKey(q.value(2).toString()).value_or(SeriesKind::Other);
    s.householdId = q.value(3).isNull() ? 0 : q.value(3).toLongLong();
    s.unit = q.value(4).toString();
    s.intervalS = q.value(5).toInt();
    s.startUtc = q.value(6).toLongLong();
    s.valueCount = q.value(7).toLongLong();
    s.stats.values = q.value(8).toLongLong();
    s.stats.totalKwh = q.value(9).toDouble();
    s.format = q.value(10).toString();
    s.sourceFile = q.value(11).toString();
    s.importedAt = QDateTime::fromString(q.value(12).toString(), Qt::ISODate);
    s.stats.estimatedValues = q.value(13).toLongLong();
    s.stats.estimatedKwh = q.value(14).toDouble();
    // A stored series starts and ends with data (trimmed on import).
    if (s.valueCount > 0) {
        s.stats.firstUtc = s.startUtc;
        s.stats.lastUtc = s.startUtc + (s.valueCount - 1) * s.intervalS;
        s.stats.missing = s.valueCount - s.stats.values;
    }
    return s;
}

QByteArray packBlock(const float *values, std::size_t count)
{
    QByteArray bytes(qsizetype(count * sizeof(float)), Qt::Uninitialized);
    qToLittleEndian<float>(values, qsizetype(count), bytes.data());
    return bytes;
}

} // namespace

SeriesStore::SeriesStore(Workshop &workshop)
    : mWorkshop(workshop)
{}

QList<SeriesInfo> SeriesStore::all() const
{
    return selectRows<SeriesInfo>(
        mWorkshop.database(),
        infoColumns + QStringLiteral(" ORDER BY household_id IS NOT NULL, household_id, name, id"),
        QVariant(), infoFrom);
}

std::optional<SeriesInfo> SeriesStore::get(qint64 id) const
{
    const auto rows = selectRows<SeriesInfo>(
        mWorkshop.database(), infoColumns + QStringLiteral(" WHERE id = ?"), id, infoFrom);
    return rows.isEmpty() ? std::nullopt : std::optional<SeriesInfo>(rows.first());
}

std::optional<SeriesInfo> SeriesStore::find(const QString &idOrName) const
{
    bool isNumber = false;
    const qint64 id = idOrName.toLongLong(&isNumber);
    if (isNumber) {
        if (auto byId = get(id))
            return byId;
    }
    const auto rows = selectRows<SeriesInfo>(
        mWorkshop.database(), infoColumns + QStringLiteral(" WHERE name = ?"), idOrName, infoFrom);
    return rows.size() == 1 ? std::optional<SeriesInfo>(rows.first()) : std::nullopt;
}

QList<SeriesInfo> SeriesStore::forHousehold(qint64 householdId) const
{
    return selectRows<SeriesInfo>(mWorkshop.database(),
                                  infoColumns +
                                      QStringLiteral(" WHERE household_id = ? ORDER BY name, id"),
                                  householdId, infoFrom);
}

RegularSeries SeriesStore::load(qint64 id, std::optional<qint64> fromUtc,
                                std::optional<qint64> toUtc) const
{
    RegularSeries series;
    const auto info = get(id);
    if (!info || info->intervalS <= 0)
        return series;
    const qint64 dt = info->intervalS;
    // The requested range as grid indexes, clamped to the series.
    qint64 first = 0;
    qint64 last = info->valueCount; // exclusive
    if (fromUtc)
        first = std::clamp<qint64>((*fromUtc - info->startUtc) / dt, 0, info->valueCount);
    if (toUtc)
        last = std::clamp<qint64>((*toUtc - info->startUtc + dt - 1) / dt, first, info->valueCount);
    series.intervalS = int(dt);
    series.startUtc = info->startUtc + first * dt;
    series.kwh.assign(std::size_t(last - first), std::numeric_limits<float>::quiet_NaN());
    if (last <= first)
        return series;

    QSqlQuery q(mWorkshop.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT block, data FROM series_blocks "
                             "WHERE series_id = ? AND block BETWEEN ? AND ?"));
    q.addBindValue(id);
    q.addBindValue(first / blockLength);
    q.addBindValue((last - 1) / blockLength);
    if (!q.exec())
        return series;
    while (q.next()) {
        const qint64 block = q.value(0).toLongLong();
        const QByteArray bytes = q.value(1).toByteArray();
        const qint64 blockStart = block * blockLength;
        const qint64 count = bytes.size() / qint64(sizeof(float));
        const qint64 from = std::max(first, blockStart);
        const qint64 to = std::min(last, blockStart + count);
        if (to <= from)
            continue;
        qFromLittleEndian<float>(bytes.constData() + (from - blockStart) * sizeof(float), to - from,
                                 series.kwh.data() + (from - first));
    }
    if (info->stats.estimatedValues > 0) {
        QSqlQuery ranges(mWorkshop.database());
        ranges.prepare(QStringLiteral("SELECT from_utc, to_utc FROM series_estimated "
                                      "WHERE series_id = ? ORDER BY from_utc"));
        ranges.addBindValue(id);
        if (ranges.exec())
            while (ranges.next())
                series.estimated.push_back(
                    {ranges.value(0).toLongLong(), ranges.value(1).toLongLong()});
        series.estimated = clippedRanges(series.estimated, series.startUtc, series.endUtc());
    }
    return series;
}

qint64 SeriesStore::insert(const SeriesInfo &info, const RegularSeries &data)
{
    const SeriesStats stats = statsOf(data);
    QSqlQuery q(mWorkshop.database());
    q.prepare(QStringLiteral(
        "INSERT INTO series (id, name, kind, household_id, unit, interval_s, start_utc, "
        "value_count, values_present, total_kwh, format, source_file, imported_at, "
        "estimated_values, estimated_kwh) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(sqlId(info.id));
    q.addBindValue(sqlText(info.name));
    q.addBindValue(key(info.kind));
    q.addBindValue(info.householdId > 0 ? QVariant(info.householdId)
                                        : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(sqlText(info.unit));
    q.addBindValue(data.intervalS);
    q.addBindValue(data.startUtc);
    q.addBindValue(qint64(data.kwh.size()));
    q.addBindValue(stats.values);
    q.addBindValue(stats.totalKwh);
    q.addBindValue(sqlText(info.format));
    q.addBindValue(sqlText(info.sourceFile));
    // imported_at is NOT NULL: a series made in code (a test, the demo) is dated now.
    const QDateTime importedAt =
        info.importedAt.isValid() ? info.importedAt : QDateTime::currentDateTimeUtc();
    q.addBindValue(importedAt.toUTC().toString(Qt::ISODate));
    q.addBindValue(stats.estimatedValues);
    q.addBindValue(stats.estimatedKwh);
    const qint64 id = mWorkshop.insert(q);
    if (id == 0)
        return 0;

    QSqlQuery rangeQuery(mWorkshop.database());
    rangeQuery.prepare(QStringLiteral(
        "INSERT INTO series_estimated (series_id, from_utc, to_utc) VALUES (?, ?, ?)"));
    for (const UtcRange &range : data.estimated) {
        rangeQuery.bindValue(0, id);
        rangeQuery.bindValue(1, range.fromUtc);
        rangeQuery.bindValue(2, range.toUtc);
        if (!mWorkshop.write(rangeQuery))
            return 0;
    }

    QSqlQuery blockQuery(mWorkshop.database());
    blockQuery.prepare(
        QStringLiteral("INSERT INTO series_blocks (series_id, block, data) VALUES (?, ?, ?)"));
    const std::size_t n = data.kwh.size();
    for (std::size_t start = 0; start < n; start += blockLength) {
        const std::size_t count = std::min<std::size_t>(blockLength, n - start);
        const float *values = data.kwh.data() + start;
        if (std::all_of(values, values + count, [](float v) { return std::isnan(v); }))
            continue; // a block of gaps is simply absent
        blockQuery.bindValue(0, id);
        blockQuery.bindValue(1, qint64(start / blockLength));
        blockQuery.bindValue(2, packBlock(values, count));
        if (!mWorkshop.write(blockQuery))
            return 0;
    }
    return id;
}

bool SeriesStore::rename(qint64 id, const QString &name)
{
    QSqlQuery q(mWorkshop.database());
    q.prepare(QStringLiteral("UPDATE series SET name = ? WHERE id = ?"));
    q.addBindValue(sqlText(name));
    q.addBindValue(id);
    const bool ok = mWorkshop.write(q) && q.numRowsAffected() == 1;
    if (ok)
        emit changed();
    return ok;
}

bool SeriesStore::setOwner(qint64 id, qint64 householdId)
{
    QSqlQuery q(mWorkshop.database());
    q.prepare(QStringLiteral("UPDATE series SET household_id = ? WHERE id = ?"));
    q.addBindValue(householdId > 0 ? QVariant(householdId)
                                   : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(id);
    const bool ok = mWorkshop.write(q) && q.numRowsAffected() == 1;
    if (ok)
        emit changed();
    return ok;
}

bool SeriesStore::setKind(qint64 id, SeriesKind kind)
{
    QSqlQuery q(mWorkshop.database());
    q.prepare(QStringLiteral("UPDATE series SET kind = ? WHERE id = ?"));
    q.addBindValue(key(kind));
    q.addBindValue(id);
    const bool ok = mWorkshop.write(q) && q.numRowsAffected() == 1;
    if (ok)
        emit changed();
    return ok;
}

bool SeriesStore::remove(qint64 id)
{
    QSqlQuery q(mWorkshop.database());
    q.prepare(QStringLiteral("DELETE FROM series WHERE id = ?"));
    q.addBindValue(id);
    const bool ok = mWorkshop.write(q) && q.numRowsAffected() == 1;
    if (ok)
        emit changed();
    return ok;
}

} // namespace wattelier
