// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlvalue.h"

#include <optional>

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

namespace wattelier {

class Workshop;

/*!
 * Create, read, update and delete on one table keyed by its `id` column: the
 * one way a store writes a record. The SQL is written once from the column
 * list, and every write goes through Workshop::write(), so a failed write is
 * reported one way for the whole application (Workshop::writeFailed() and
 * lastWriteError(), once per step) while the store gets 0 or false back.
 *
 * Values are passed in the order of the column list given to the constructor
 * (without `id`), as the store's own `valuesOf(record)` makes them.
 */
class RecordTable
{
public:
    RecordTable(Workshop &workshop, QString table, QStringList columns);

    /*! "SELECT id, <columns> FROM <table>" followed by \a tail (a WHERE or ORDER BY). */
    QString select(const QString &tail = {}) const;

    /*! The rows \a tail selects (with at most one bound value), each made by \a from. */
    template <typename Row, typename From>
    QList<Row> rows(const QString &tail, const QVariant &bound, From from) const
    {
        return selectRows<Row>(database(), select(tail), bound, from);
    }

    /*! Row \a id, or nothing when there is none. */
    template <typename Row, typename From> std::optional<Row> row(qint64 id, From from) const
    {
        const QList<Row> found = rows<Row>(QStringLiteral(" WHERE id = ?"), id, from);
        return found.isEmpty() ? std::nullopt : std::optional<Row>(found.first());
    }

    /*! Inserts a row: \a id 0 takes a new id, another restores that one. The id, or 0. */
    qint64 insert(qint64 id, const QVariantList &values) const;
    /*! Writes \a values over row \a id; false when the write failed or there is no such row. */
    bool replace(qint64 id, const QVariantList &values) const;
    /*! Writes one \a column of row \a id (\a value bound as given); false as for replace(). */
    bool set(qint64 id, const QString &column, const QVariant &value) const;
    /*! Deletes row \a id; false when the write failed or there was no such row. */
    bool remove(qint64 id) const;

    /*! One more than the largest `position` (0 for none), among the rows \a where selects. */
    int nextPosition(const QString &where = {}, const QVariant &bound = {}) const;

    const QString &table() const { return mTable; }

private:
    QSqlDatabase database() const;

    Workshop &mWorkshop;
    QString mTable;
    QStringList mColumns;
};

/*!
 * A RecordTable that knows its record type, how a row becomes a \a Record
 * and a \a Record its values (in column order), so that a store's create,
 * read, update and delete are one line each. \a Record has an `id`.
 */
template <typename Record> class Records
{
public:
    using From = Record (*)(const QSqlQuery &);
    using ValuesOf = QVariantList (*)(const Record &);

    Records(Workshop &workshop, QString table, QStringList columns, From from, ValuesOf valuesOf)
        : mTable(workshop, std::move(table), std::move(columns))
        , mFrom(from)
        , mValuesOf(valuesOf)
    {}

    /*! The records \a tail selects (a WHERE or ORDER BY, with at most one bound value). */
    QList<Record> rows(const QString &tail, const QVariant &bound = {}) const
    {
        return mTable.rows<Record>(tail, bound, mFrom);
    }
    std::optional<Record> get(qint64 id) const { return mTable.row<Record>(id, mFrom); }
    qint64 insert(const Record &record) const
    {
        return mTable.insert(record.id, mValuesOf(record));
    }
    bool replace(const Record &record) const
    {
        return mTable.replace(record.id, mValuesOf(record));
    }
    bool remove(qint64 id) const { return mTable.remove(id); }
    int nextPosition() const { return mTable.nextPosition(); }

private:
    RecordTable mTable;
    From mFrom;
    ValuesOf mValuesOf;
};

/*!
 * What the stores that announce every change with one changed() signal share
 * (scenarios, slides, challenges, wattmeters): the signal, and changedIf(),
 * which sends it after a write that succeeded.
 */
class RecordStore : public QObject
{
    Q_OBJECT

signals:
    void changed();

protected:
    /*! Emits changed() when \a written (an id or true); returns \a written. */
    template <typename Written> Written changedIf(Written written)
    {
        if (written)
            emit changed();
        return written;
    }
};

} // namespace wattelier
