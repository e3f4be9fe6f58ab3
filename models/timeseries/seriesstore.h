// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/series.h"

#include <optional>

#include <QList>
#include <QObject>

namespace wattelier {

class Workshop;

/*!
 * The time series of a workshop. Values live in series_blocks as
 * little-endian 4-byte floats, blockLength values per row; blocks holding
 * only gaps are not written. Writes do not open a transaction themselves, so
 * that an import of several series is one transaction (see SeriesImport).
 */
class SeriesStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int blockLength = 960; //!< 3,840 bytes: one row fits one 4 KiB page

    explicit SeriesStore(Workshop &workshop);

    QList<SeriesInfo> all() const; //!< by owner (group first), then name
    std::optional<SeriesInfo> get(qint64 id) const;
    /*! A series by id ("12") or by exact name; nullopt when absent or ambiguous. */
    std::optional<SeriesInfo> find(const QString &idOrName) const;
    QList<SeriesInfo> forHousehold(qint64 householdId) const;

    /*!
     * The values of [fromUtc, toUtc) (the whole series by default), on the
     * series' grid; gaps are NaN.
     */
    RegularSeries load(qint64 id, std::optional<qint64> fromUtc = std::nullopt,
                       std::optional<qint64> toUtc = std::nullopt) const;

    /*! Writes a series (a new id unless \a info.id is set); 0 on failure. */
    qint64 insert(const SeriesInfo &info, const RegularSeries &data);
    bool rename(qint64 id, const QString &name);
    bool setOwner(qint64 id, qint64 householdId);
    /*! What the series measures (a clamp on the main supply measures offtake, not consumption). */
    bool setKind(qint64 id, SeriesKind kind);
    bool remove(qint64 id);

    /*! Emits changed(); for callers that wrote several series in one transaction. */
    void notifyChanged() { emit changed(); }

signals:
    void changed();

private:
    Workshop &mWorkshop;
};

} // namespace wattelier
