// SPDX-License-Identifier: GPL-3.0-or-later
#include "householdstore.h"

#include "core/sqlvalue.h"
#include "core/uid.h"
#include "core/workshop.h"

#include <QSet>
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
    case HouseholdField::Ean:
        return QStringLiteral("ean");
    case HouseholdField::Kind:
        return QStringLiteral("kind");
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
    h.ean = q.value(7).toString();
    h.kind = householdKindFromKey(q.value(8).toString()).value_or(HouseholdKind::Home);
    return h;
}

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
    case HouseholdField::Ean:
        return household.ean;
    case HouseholdField::Kind:
        return key(household.kind);
    }
    return {};
}

HouseholdStore::HouseholdStore(Workshop &workshop)
    : mWorkshop(workshop)
    , mTable(workshop, QStringLiteral("households"),
             {QStringLiteral("name"), QStringLiteral("pseudonym_code"), QStringLiteral("occupants"),
              QStringLiteral("notes"), QStringLiteral("position"), QStringLiteral("uid"),
              QStringLiteral("ean"), QStringLiteral("kind")})
{}

QList<Household> HouseholdStore::all() const
{
    return mTable.rows<Household>(QStringLiteral(" ORDER BY position, id"), {}, fromQuery);
}

std::optional<Household> HouseholdStore::get(qint64 id) const
{
    return mTable.row<Household>(id, fromQuery);
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
    const qint64 id = mTable.insert(
        h.id,
        {sqlText(h.name), h.pseudonymCode.isEmpty() ? nextPseudonymCode() : h.pseudonymCode,
         h.occupants, sqlText(h.notes), h.position, uidOrNew(h.uid), sqlText(h.ean), key(h.kind)});
    if (id > 0)
        emit added(id);
    return id;
}

bool HouseholdStore::update(qint64 id, HouseholdField field, const QVariant &value)
{
    if (!mTable.set(id, columnOf(field), sqlValue(value)))
        return false;
    emit changed(id);
    return true;
}

bool HouseholdStore::remove(qint64 id)
{
    if (!mTable.remove(id))
        return false;
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
    return mTable.nextPosition();
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
