// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariostore.h"

#include "core/enumtable.h"
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

constexpr EnumEntry<ShiftObjective> shiftObjectives[] = {
    {ShiftObjective::AwayFromPeak, "peak",
     QT_TRANSLATE_NOOP("ShiftObjective", "Away from the group's peak hours")},
    {ShiftObjective::IntoProduction, "production",
     QT_TRANSLATE_NOOP("ShiftObjective", "Into the sunniest hours")}, // the fallback: last
};

const QStringList columns = {QStringLiteral("name"),
                             QStringLiteral("target_kwp"),
                             QStringLiteral("shift_within_day"),
                             QStringLiteral("shift_across_days"),
                             QStringLiteral("position"),
                             QStringLiteral("shift_objective")};

Scenario scenarioFrom(const QSqlQuery &q)
{
    Scenario s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.targetKwp = optionalDouble(q.value(2));
    s.shiftWithinDay = q.value(3).toBool();
    s.shiftAcrossDays = q.value(4).toBool();
    s.position = q.value(5).toInt();
    s.shiftObjective =
        shiftObjectiveFromKey(q.value(6).toString()).value_or(ShiftObjective::IntoProduction);
    return s;
}

QVariantList valuesOf(const Scenario &s)
{
    return {s.name,     sqlDouble(s.targetKwp), int(s.shiftWithinDay), int(s.shiftAcrossDays),
            s.position, key(s.shiftObjective)};
}

} // namespace

QString key(ShiftObjective objective)
{
    return enumtable::keyOf(shiftObjectives, objective);
}

std::optional<ShiftObjective> shiftObjectiveFromKey(const QString &key)
{
    return enumtable::fromKey(shiftObjectives, key);
}

QString label(ShiftObjective objective)
{
    return enumtable::labelOf("ShiftObjective", shiftObjectives, objective);
}

QString validateScenario(const Scenario &scenario)
{
    if (scenario.name.trimmed().isEmpty())
        return ScenarioText::tr("A scenario needs a name.");
    if (scenario.targetKwp && (*scenario.targetKwp <= 0 || *scenario.targetKwp > 100000))
        return ScenarioText::tr("The peak power must be between 0 and 100,000 kWp.");
    return {};
}

ScenarioStore::ScenarioStore(Workshop &workshop)
    : mScenarios(workshop, QStringLiteral("scenarios"), columns, scenarioFrom, valuesOf)
{}

QList<Scenario> ScenarioStore::all() const
{
    return mScenarios.rows(QStringLiteral(" ORDER BY position, id"));
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

} // namespace wattelier
