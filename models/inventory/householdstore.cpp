// SPDX-License-Identifier: GPL-3.0-or-later
#include "householdstore.h"

#include "core/sqlvalue.h"
#include "core/uid.h"
#include "core/workshop.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace wattelier {
namespace {

QString columnOf(HouseholdField field)
{
    switch (field) {
    case HouseholdField::Name:
        return QStringLiteral("name");
    case HouseholdField::Occupants:
        return QStringLiteral("occupants");
    case HouseholdField::Notes:
        return QStringLiteral("notes");
    }
    return {};
}

Household fromQuery(const QSqlQuery &q)
{
    Household h;
    h.id = q.value(0).toLongLong();
    h.name = q.value(1).toString();
    h.pseudonymCode = q.value(2).toString();
    h.occupants = q.value(3).toInt();
    h.notes = q.value(4).toString();
    h.position = q.value(5).toInt();
    h.uid = q.value(6).toString();
    return h;
}

const QString selectColumns = QStringLiteral(
    "SELECT id, name, pseudonym_code, occupants, notes, position, uid FROM households");

} // namespace

QVariant fieldValue(const Household &household, HouseholdField field)
{
    switch (field) {
    case HouseholdField::Name:
        return household.name;
    case HouseholdField::Occupants:
        return household.occupants;
    case HouseholdField::Notes:
        return household.notes;
    }
    return {};
}

HouseholdStore::HouseholdStore(Workshop &workshop)
    : mWorkshop(workshop)
{}

QList<Household> HouseholdStore::all() const
{
    QList<Household> result;
    QSqlQuery q(mWorkshop.database());
    q.exec(selectColumns + QStringLiteral(" ORDER BY position, id"));
    while (q.next())
        result.append(fromQuery(q));
    return result;
}

std::optional<Household> HouseholdStore::get(qint64 id) const
{
    QSqlQuery q(mWorkshop.database());
    q.prepare(selectColumns + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

int HouseholdStore::count() const
{
    QSqlQuery q(mWorkshop.database());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM households")) && q.next()
               ? q.value(0).toInt()
               : 0;
}

qint64 HouseholdStore::insert(const Household &h)
{
    QSqlQuery q(mWorkshop.database());
    q.prepare(QStringLiteral("INSERT INTO households (id, name, pseudonym_code, occupants, notes, "
                             "position, uid) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(h.id > 0 ? QVariant(h.id) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(sqlText(h.name));
    q.addBindValue(h.pseudonymCode.isEmpty() ? nextPseudonymCode() : h.pseudonymCode);
    q.addBindValue(h.occupants);
    q.addBindValue(sqlText(h.notes));
    q.addBindValue(h.position);
    q.addBindValue(uidOrNew(h.uid));
    if (!q.exec()) {
        mWorkshop.reportWriteError(q.lastError().text());
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    emit added(id);
    return id;
}

bool HouseholdStore::update(qint64 id, HouseholdField field, const QVariant &value)
{
    QSqlQuery q(mWorkshop.database());
    q.prepare(QStringLiteral("UPDATE households SET %1 = ? WHERE id = ?").arg(columnOf(field)));
    q.addBindValue(sqlValue(value));
    q.addBindValue(id);
    if (!q.exec()) {
        mWorkshop.reportWriteError(q.lastError().text());
        return false;
    }
    emit changed(id);
    return true;
}

bool HouseholdStore::remove(qint64 id)
{
    QSqlQuery q(mWorkshop.database());
    q.prepare(QStringLiteral("DELETE FROM households WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        mWorkshop.reportWriteError(q.lastError().text());
        return false;
    }
    emit removed(id);
    return true;
}

QString HouseholdStore::nextPseudonymCode() const
{
    QSet<QString> used;
    QSqlQuery q(mWorkshop.database());
    q.exec(QStringLiteral("SELECT pseudonym_code FROM households"));
    while (q.next())
        used.insert(q.value(0).toString());
    for (int index = 0;; ++index) {
        const QString code = pseudonymCode(index);
        if (!used.contains(code))
            return code;
    }
}

int HouseholdStore::nextPosition() const
{
    QSqlQuery q(mWorkshop.database());
    return q.exec(QStringLiteral("SELECT COALESCE(MAX(position), -1) + 1 FROM households")) &&
                   q.next()
               ? q.value(0).toInt()
               : 0;
}

std::optional<Household> findHousehold(const Workshop &workshop, const QString &text)
{
    const QString wanted = text.trimmed();
    for (const Household &h : workshop.households().all())
        if (h.name == wanted || h.pseudonymCode == wanted || pseudonym(h) == wanted)
            return h;
    return std::nullopt;
}

} // namespace wattelier
