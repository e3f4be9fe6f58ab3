// SPDX-License-Identifier: GPL-3.0-or-later
#include "wattmeterstore.h"

#include "core/sqlvalue.h"
#include "core/workshop.h"

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

QVariantList valuesOf(const Wattmeter &w)
{
    return {sqlText(w.label), sqlText(w.model), sqlDouble(w.resolutionW), sqlText(w.notes)};
}

QVariantList valuesOf(const WattmeterLoan &l)
{
    return {l.wattmeterId, l.householdId, l.since.toString(Qt::ISODate),
            optionalDate(l.returnedOn)};
}

} // namespace

WattmeterStore::WattmeterStore(Workshop &workshop)
    : mWattmeters(workshop, QStringLiteral("wattmeters"),
                  {QStringLiteral("label"), QStringLiteral("model"), QStringLiteral("resolution_w"),
                   QStringLiteral("notes")},
                  wattmeterFrom, valuesOf)
    , mLoans(workshop, QStringLiteral("wattmeter_loans"),
             {QStringLiteral("wattmeter_id"), QStringLiteral("household_id"),
              QStringLiteral("since"), QStringLiteral("returned_on")},
             loanFrom, valuesOf)
{}

QList<Wattmeter> WattmeterStore::wattmeters() const
{
    return mWattmeters.rows(QStringLiteral(" ORDER BY label, id"));
}

QList<WattmeterLoan> WattmeterStore::loans(qint64 wattmeterId) const
{
    const QString order = QStringLiteral(" ORDER BY since DESC, id DESC");
    if (wattmeterId > 0)
        return mLoans.rows(QStringLiteral(" WHERE wattmeter_id = ?") + order, wattmeterId);
    return mLoans.rows(order);
}

std::optional<WattmeterLoan> WattmeterStore::openLoan(qint64 wattmeterId) const
{
    for (const WattmeterLoan &l : loans(wattmeterId)) {
        if (l.isOpen())
            return l;
    }
    return std::nullopt;
}

} // namespace wattelier
