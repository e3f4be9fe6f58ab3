// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wattmeterreading.h"

#include "core/recordtable.h"

#include <optional>

#include <QHash>
#include <QList>
#include <QObject>

namespace wattelier {

class Workshop;

/*! Reads and writes wattmeter readings; emits changed() with the appliance after each change. */
class WattmeterReadingStore : public QObject
{
    Q_OBJECT

public:
    explicit WattmeterReadingStore(Workshop &workshop);

    QList<WattmeterReading> forAppliance(qint64 applianceId) const;
    /*! Every reading of the workshop, grouped by appliance. */
    QHash<qint64, QList<WattmeterReading>> byAppliance() const;
    /*! The readings of one household's appliances, grouped by appliance, in one query. */
    QHash<qint64, QList<WattmeterReading>> byAppliance(qint64 householdId) const;
    std::optional<WattmeterReading> get(qint64 id) const;

    /*! Inserts; an id of 0 takes a new id. Returns the id, or 0 on failure. */
    qint64 insert(const WattmeterReading &reading);
    bool replace(const WattmeterReading &reading);
    bool remove(qint64 id);

signals:
    void changed(qint64 applianceId);
    /*! Anything may have changed (a failed step was rolled back): read everything again. */
    void reset();

private:
    QList<WattmeterReading> select(const QString &where, const QVariant &bound) const;

    RecordTable mTable;
};

} // namespace wattelier
