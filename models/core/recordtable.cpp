// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordtable.h"

#include "workshop.h"

#include <QSqlQuery>

namespace wattelier {
namespace {

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
}

} // namespace

RecordTable::RecordTable(Workshop &workshop, QString table, QStringList columns)
    : mWorkshop(workshop)
    , mTable(std::move(table))
    , mColumns(std::move(columns))
{}

QSqlDatabase RecordTable::database() const
{
    return mWorkshop.database();
}

QString RecordTable::select(const QString &tail) const
{
    return QStringLiteral("SELECT id, %1 FROM %2")
               .arg(mColumns.join(QStringLiteral(", ")), mTable) +
           tail;
}

qint64 RecordTable::insert(qint64 id, const QVariantList &values) const
{
    Q_ASSERT(values.size() == mColumns.size());
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO %1 (id, %2) VALUES (?, %3)")
                  .arg(mTable, mColumns.join(QStringLiteral(", ")), placeholders(mColumns.size())));
    q.addBindValue(sqlId(id));
    bindAll(q, values);
    return mWorkshop.insert(q);
}

bool RecordTable::replace(qint64 id, const QVariantList &values) const
{
    Q_ASSERT(values.size() == mColumns.size());
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                  .arg(mTable, mColumns.join(QStringLiteral(" = ?, "))));
    bindAll(q, values);
    q.addBindValue(id);
    return mWorkshop.write(q) && q.numRowsAffected() > 0;
}

bool RecordTable::set(qint64 id, const QString &column, const QVariant &value) const
{
    Q_ASSERT(mColumns.contains(column));
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(mTable, column));
    q.addBindValue(value);
    q.addBindValue(id);
    return mWorkshop.write(q) && q.numRowsAffected() > 0;
}

bool RecordTable::remove(qint64 id) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(mTable));
    q.addBindValue(id);
    return mWorkshop.write(q) && q.numRowsAffected() > 0;
}

int RecordTable::nextPosition(const QString &where, const QVariant &bound) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(position), -1) + 1 FROM %1").arg(mTable) + where);
    if (bound.isValid())
        q.addBindValue(bound);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace wattelier
