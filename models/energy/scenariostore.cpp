// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariostore.h"

#include "core/sqlvalue.h"
#include "core/workshop.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace wattelier {
namespace {

struct ScenarioText
{
    Q_DECLARE_TR_FUNCTIONS(Scenario)
};

const QString columns = QStringLiteral(
    "SELECT id, name, target_kwp, shift_within_day, shift_across_days, position FROM scenarios");

Scenario scenarioFrom(const QSqlQuery &q)
{
    Scenario s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.targetKwp = optionalDouble(q.value(2));
    s.shiftWithinDay = q.value(3).toBool();
    s.shiftAcrossDays = q.value(4).toBool();
    s.position = q.value(5).toInt();
    return s;
}

void bind(QSqlQuery &q, const Scenario &s)
{
    q.addBindValue(s.name);
    q.addBindValue(sqlDouble(s.targetKwp));
    q.addBindValue(int(s.shiftWithinDay));
    q.addBindValue(int(s.shiftAcrossDays));
    q.addBindValue(s.position);
}

} // namespace

QString validateScenario(const Scenario &scenario)
{
    if (scenario.name.trimmed().isEmpty())
        return ScenarioText::tr("A scenario needs a name.");
    if (scenario.targetKwp && (*scenario.targetKwp <= 0 || *scenario.targetKwp > 100000))
        return ScenarioText::tr("The peak power must be between 0 and 100,000 kWp.");
    return {};
}

ScenarioStore::ScenarioStore(Workshop &workshop)
    : mWorkshop(workshop)
{}

QList<Scenario> ScenarioStore::all() const
{
    QList<Scenario> scenarios;
    QSqlQuery q(mWorkshop.database());
    q.exec(columns + QStringLiteral(" ORDER BY position, id"));
    while (q.next())
        scenarios.append(scenarioFrom(q));
    return scenarios;
}

std::optional<Scenario> ScenarioStore::get(qint64 id) const
{
    QSqlQuery q(mWorkshop.database());
    q.prepare(columns + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return scenarioFrom(q);
    return std::nullopt;
}

std::optional<Scenario> ScenarioStore::find(const QString &idOrName) const
{
    bool isNumber = false;
    const qint64 id = idOrName.toLongLong(&isNumber);
    if (isNumber)
        if (auto byId = get(id))
            return byId;
    for (const Scenario &s : all())
        if (s.name == idOrName)
            return s;
    return std::nullopt;
}

qint64 ScenarioStore::insert(const Scenario &scenario)
{
    QSqlQuery q(mWorkshop.database());
    q.prepare(QStringLiteral("INSERT INTO scenarios (id, name, target_kwp, shift_within_day, "
                             "shift_across_days, position) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(sqlId(scenario.id));
    bind(q, scenario);
    const qint64 id = mWorkshop.insert(q);
    if (id > 0)
        emit changed();
    return id;
}

bool ScenarioStore::replace(const Scenario &scenario)
{
    QSqlQuery q(mWorkshop.database());
    q.prepare(QStringLiteral("UPDATE scenarios SET name = ?, target_kwp = ?, shift_within_day = ?, "
                             "shift_across_days = ?, position = ? WHERE id = ?"));
    bind(q, scenario);
    q.addBindValue(scenario.id);
    if (!mWorkshop.write(q))
        return false;
    emit changed();
    return true;
}

bool ScenarioStore::remove(qint64 id)
{
    QSqlQuery q(mWorkshop.database());
    q.prepare(QStringLiteral("DELETE FROM scenarios WHERE id = ?"));
    q.addBindValue(id);
    if (!mWorkshop.write(q) || q.numRowsAffected() == 0)
        return false;
    emit changed();
    return true;
}

int ScenarioStore::nextPosition() const
{
    QSqlQuery q(mWorkshop.database());
    if (q.exec(QStringLiteral("SELECT COALESCE(MAX(position), -1) + 1 FROM scenarios")) && q.next())
        return q.value(0).toInt();
    return 0;
}

} // namespace wattelier
