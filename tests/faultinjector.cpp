// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultinjector.h"

#include "core/workshop.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTest>

namespace wattelier::test {
namespace {

// Large enough never to be reached by a test's edit.
constexpr int unlimited = 1 << 30;

} // namespace

FaultInjector::FaultInjector(Workshop &workshop)
    : mWorkshop(workshop)
{
    exec(QStringLiteral("CREATE TEMP TABLE fault_budget (remaining INTEGER, written INTEGER)"));
    exec(QStringLiteral("INSERT INTO fault_budget VALUES (%1, 0)").arg(unlimited));
    QStringList tables;
    QSqlQuery q(mWorkshop.database());
    q.exec(QStringLiteral("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name "
                          "NOT LIKE 'sqlite_%'"));
    while (q.next())
        tables.append(q.value(0).toString());
    for (const QString &table : std::as_const(tables)) {
        for (const char *operation : {"INSERT", "UPDATE", "DELETE"}) {
            exec(QStringLiteral("CREATE TEMP TRIGGER fault_%1_%2 BEFORE %2 ON main.\"%1\" BEGIN "
                                "UPDATE fault_budget SET remaining = remaining - 1, "
                                "written = written + 1; "
                                "SELECT RAISE(ABORT, 'injected fault') "
                                "WHERE (SELECT remaining FROM fault_budget) < 0; END")
                     .arg(table, QLatin1String(operation)));
        }
    }
}

FaultInjector::~FaultInjector()
{
    QSqlQuery q(mWorkshop.database());
    QStringList triggers;
    q.exec(QStringLiteral("SELECT name FROM temp.sqlite_master WHERE type = 'trigger' AND name "
                          "LIKE 'fault_%'"));
    while (q.next())
        triggers.append(q.value(0).toString());
    for (const QString &trigger : std::as_const(triggers))
        exec(QStringLiteral("DROP TRIGGER temp.\"%1\"").arg(trigger));
    exec(QStringLiteral("DROP TABLE temp.fault_budget"));
}

void FaultInjector::exec(const QString &statement) const
{
    QSqlQuery q(mWorkshop.database());
    if (!q.exec(statement))
        QTest::qFail(
            qPrintable(
                QStringLiteral("fault injector: %1: %2").arg(statement, q.lastError().text())),
            __FILE__, __LINE__);
}

void FaultInjector::failAfter(int rowsAllowed)
{
    exec(QStringLiteral("UPDATE fault_budget SET remaining = %1, written = 0").arg(rowsAllowed));
}

void FaultInjector::disarm()
{
    failAfter(unlimited);
}

int FaultInjector::rowsWritten() const
{
    QSqlQuery q(mWorkshop.database());
    return q.exec(QStringLiteral("SELECT written FROM fault_budget")) && q.next()
               ? q.value(0).toInt()
               : -1;
}

} // namespace wattelier::test
