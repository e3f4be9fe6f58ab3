// SPDX-License-Identifier: GPL-3.0-or-later
#include "wattmeterstore.h"

#include "core/sqlvalue.h"
#include "core/workshop.h"

#include <QSqlError>
#include <QSqlQuery>

namespace wattelier {
namespace {

QVariant optionalDate(const std::optional<QDate> &date)
{
    return date ? QVariant(date->toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

Wattmeter wattmeterFrom(const QSqlQuery &q)
{
    Wattmeter w;
    w.id = q.value(0).toLongLong();
    w.label = q.value(1).toString();
    w.model = q.value(2).toString();
    if (!q.value(3).isNull())
        w.resolutionW = q.value(3).toDouble();
    w.notes = q.value(4).toString();
    return w;
}

WattmeterLoan loanFrom(const QSqlQuery &q)
{
    WattmeterLoan l;
    l.id = q.value(0).toLongLong();
    l.wattmeterId = q.value(1).toLongLong();
    l.householdId = q.value(2).toLongLong();
    l.since = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    if (!q.value(4).isNull())
        l.returnedOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    return l;
}

const QString wattmeterColumns =
    QStringLiteral("SELECT id, label, model, resolution_w, notes FROM wattmeters");
const QString loanColumns = QStringLiteral(
    "SELECT id, wattmeter_id, household_id, since, returned_on FROM wattmeter_loans");

} // namespace

WattmeterStore::WattmeterStore(Workshop &workshop)
    : mWorkshop(workshop)
{}

bool WattmeterStore::exec(QSqlQuery &query)
{
    if (!mWorkshop.write(query))
        return false;
    emit changed();
    return true;
}

QList<Wattmeter> WattmeterStore::wattmeters() const
{
    QList<Wattmeter> result;
    QSqlQuery q(mWorkshop.database());
    q.exec(wattmeterColumns + QStringLiteral(" ORDER BY label, id"));
    while (q.next())
        result.append(wattmeterFrom(q));
    return result;
}

std::optional<Wattmeter> WattmeterStore::wattmeter(qint64 id) const
{
    QSqlQuery q(mWorkshop.database());
    q.prepare(wattmeterColumns + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? std::optional<Wattmeter>(wattmeterFrom(q)) : std::nullopt;
}

qint64 WattmeterStore::insert(const Wattmeter &w)
{
    QSqlQuery q(mWorkshop.database());
    q.prepare(QStringLiteral(
        "INSERT INTO wattmeters (id, label, model, resolution_w, notes) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(sqlId(w.id));
    q.addBindValue(sqlText(w.label));
    q.addBindValue(sqlText(w.model));
    q.addBindValue(sqlDouble(w.resolutionW));
    q.addBindValue(sqlText(w.notes));
    const qint64 id = mWorkshop.insert(q);
    if (id > 0)
        emit changed();
    return id;
}

bool WattmeterStore::replace(const Wattmeter &w)
{
    QSqlQuery q(mWorkshop.database());
    q.prepare(QStringLiteral(
        "UPDATE wattmeters SET label = ?, model = ?, resolution_w = ?, notes = ? WHERE id = ?"));
    q.addBindValue(sqlText(w.label));
    q.addBindValue(sqlText(w.model));
    q.addBindValue(sqlDouble(w.resolutionW));
    q.addBindValue(sqlText(w.notes));
    q.addBindValue(w.id);
    return exec(q);
}

bool WattmeterStore::removeWattmeter(qint64 id)
{
    QSqlQuery q(mWorkshop.database());
    q.prepare(QStringLiteral("DELETE FROM wattmeters WHERE id = ?"));
    q.addBindValue(id);
    return exec(q);
}

QList<WattmeterLoan> WattmeterStore::loans(qint64 wattmeterId) const
{
    QList<WattmeterLoan> result;
    QSqlQuery q(mWorkshop.database());
    q.prepare(loanColumns +
              (wattmeterId > 0 ? QStringLiteral(" WHERE wattmeter_id = ?") : QString()) +
              QStringLiteral(" ORDER BY since DESC, id DESC"));
    if (wattmeterId > 0)
        q.addBindValue(wattmeterId);
    if (q.exec()) {
        while (q.next())
            result.append(loanFrom(q));
    }
    return result;
}

std::optional<WattmeterLoan> WattmeterStore::loan(qint64 id) const
{
    QSqlQuery q(mWorkshop.database());
    q.prepare(loanColumns + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? std::optional<WattmeterLoan>(loanFrom(q)) : std::nullopt;
}

std::optional<WattmeterLoan> WattmeterStore::openLoan(qint64 wattmeterId) const
{
    for (const WattmeterLoan &l : loans(wattmeterId)) {
        if (l.isOpen())
            return l;
    }
    return std::nullopt;
}

qint64 WattmeterStore::insert(const WattmeterLoan &l)
{
    QSqlQuery q(mWorkshop.database());
    q.prepare(QStringLiteral("INSERT INTO wattmeter_loans (id, wattmeter_id, household_id, since, "
                             "returned_on) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(sqlId(l.id));
    q.addBindValue(l.wattmeterId);
    q.addBindValue(l.householdId);
    q.addBindValue(l.since.toString(Qt::ISODate));
    q.addBindValue(optionalDate(l.returnedOn));
    const qint64 id = mWorkshop.insert(q);
    if (id > 0)
        emit changed();
    return id;
}

bool WattmeterStore::replace(const WattmeterLoan &l)
{
    QSqlQuery q(mWorkshop.database());
    q.prepare(QStringLiteral("UPDATE wattmeter_loans SET wattmeter_id = ?, household_id = ?, "
                             "since = ?, returned_on = ? WHERE id = ?"));
    q.addBindValue(l.wattmeterId);
    q.addBindValue(l.householdId);
    q.addBindValue(l.since.toString(Qt::ISODate));
    q.addBindValue(optionalDate(l.returnedOn));
    q.addBindValue(l.id);
    return exec(q);
}

bool WattmeterStore::removeLoan(qint64 id)
{
    QSqlQuery q(mWorkshop.database());
    q.prepare(QStringLiteral("DELETE FROM wattmeter_loans WHERE id = ?"));
    q.addBindValue(id);
    return exec(q);
}

} // namespace wattelier
