// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace wattelier {

/*!
 * Qt SQL binds a null QString as SQL NULL; text columns are NOT NULL, so
 * absent text is stored as an empty string.
 */
inline QVariant sqlText(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

/*! The same for a generic value: null strings become empty, other values pass. */
inline QVariant sqlValue(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString)
        return sqlText(value.toString());
    return value;
}

/*! A nullable REAL column's value. */
inline QVariant sqlDouble(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

inline std::optional<double> optionalDouble(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

/*! A new row's id is NULL (SQLite picks one); a restored row keeps its own. */
inline QVariant sqlId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

/*!
 * Runs a SELECT with at most one bound value (none when \a bound is invalid)
 * and turns each row into a Row with \a fromQuery; an empty list on error.
 */
template <typename Row, typename FromQuery>
QList<Row> selectRows(const QSqlDatabase &db, const QString &sql, const QVariant &bound,
                      FromQuery fromQuery)
{
    QList<Row> rows;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    if (bound.isValid())
        query.addBindValue(bound);
    if (query.exec()) {
        while (query.next())
            rows.append(fromQuery(query));
    }
    return rows;
}

} // namespace wattelier
