// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appliance.h"

#include "core/recordtable.h"

#include <optional>

#include <QList>
#include <QObject>

namespace wattelier {

class Workshop;

/*! Reads and writes appliances; emits a signal after each change. */
class ApplianceStore : public QObject
{
    Q_OBJECT

public:
    explicit ApplianceStore(Workshop &workshop);

    QList<Appliance> forHousehold(qint64 householdId) const;
    QList<Appliance> all() const;
    std::optional<Appliance> get(qint64 id) const;

    /*! Inserts \a appliance; an id of 0 takes a new id. Returns the id, or 0 on failure. */
    qint64 insert(const Appliance &appliance);
    /*! Writes one field, given as stored (see fieldValue()). */
    bool update(qint64 id, ApplianceField field, const QVariant &value);
    bool remove(qint64 id);

    int nextPosition(qint64 householdId) const;

signals:
    void added(qint64 householdId, qint64 id);
    void changed(qint64 householdId, qint64 id);
    void removed(qint64 householdId, qint64 id);
    /*! Anything may have changed (a failed step was rolled back): read everything again. */
    void reset();

private:
    QList<Appliance> select(const QString &where, const QVariant &bound) const;
    qint64 householdOf(qint64 id) const;

    Workshop &mWorkshop;
    RecordTable mTable;
};

} // namespace wattelier
