// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "household.h"

#include "core/recordtable.h"

#include <optional>

#include <QList>
#include <QObject>
#include <QVariant>

namespace wattelier {

class Workshop;

/*! Reads and writes the households of a workshop; emits a signal after each change. */
class HouseholdStore : public QObject
{
    Q_OBJECT

public:
    explicit HouseholdStore(Workshop &workshop);

    QList<Household> all() const;
    std::optional<Household> get(qint64 id) const;
    int count() const;

    /*! Inserts \a household; an id of 0 takes a new id. Returns the id, or 0 on failure. */
    qint64 insert(const Household &household);
    bool update(qint64 id, HouseholdField field, const QVariant &value);
    /*! Removes the household and, through the foreign key, its appliances. */
    bool remove(qint64 id);

    /*! The first pseudonym code not used yet ("A", then "B", …). */
    QString nextPseudonymCode() const;
    int nextPosition() const;

signals:
    void added(qint64 id);
    void changed(qint64 id);
    void removed(qint64 id);
    /*! Anything may have changed (a failed step was rolled back): read everything again. */
    void reset();

private:
    Workshop &mWorkshop;
    RecordTable mTable;
};

QVariant fieldValue(const Household &household, HouseholdField field);

/*! The household \a text names: its name, its pseudonym ("Household C") or its code ("C"). */
std::optional<Household> findHousehold(const Workshop &workshop, const QString &text);

} // namespace wattelier
