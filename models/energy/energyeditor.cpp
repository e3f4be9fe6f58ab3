// SPDX-License-Identifier: GPL-3.0-or-later
#include "energyeditor.h"

#include "core/recordcommands.h"
#include "core/setinfocommand.h"
#include "core/workshop.h"
#include "core/writetransaction.h"
#include "energy/scenariostore.h"

#include <QCoreApplication>

namespace wattelier {
namespace {

struct EnergyEditorText
{
    Q_DECLARE_TR_FUNCTIONS(EnergyEditor)
};

const QString kwpKey = QStringLiteral("pv_kwp");
const QString tiltKey = QStringLiteral("pv_tilt");
const QString azimuthKey = QStringLiteral("pv_azimuth");
const QString yieldKey = QStringLiteral("pv_yield");

using ScenarioAccess = StoreAccess<&Workshop::scenarios>;

using AddScenario = AddRecordCommand<ScenarioAccess, Scenario>;
using RemoveScenario = RemoveRecordCommand<ScenarioAccess, Scenario>;
using ReplaceScenario = ReplaceRecordCommand<ScenarioAccess, Scenario>;

QMap<QString, QString> settingsOf(const PvInstallation &pv)
{
    return {{kwpKey, infoText(pv.kwp)},
            {tiltKey, infoText(pv.tiltDeg)},
            {azimuthKey, infoText(pv.azimuthDeg)},
            {yieldKey, infoText(pv.yieldKwhPerKwp)}};
}

} // namespace

PvSystem PvInstallation::system() const
{
    PvSystem system;
    system.kwp = kwp.value_or(0.0);
    system.tiltDeg = tiltDeg;
    system.azimuthDeg = azimuthDeg;
    system.yieldKwhPerKwp = yieldKwhPerKwp;
    return system;
}

PvInstallation pvInstallationOf(const Workshop &workshop)
{
    PvInstallation pv;
    pv.kwp = infoNumber(workshop, kwpKey);
    pv.tiltDeg = infoNumber(workshop, tiltKey).value_or(pv.tiltDeg);
    pv.azimuthDeg = infoNumber(workshop, azimuthKey).value_or(pv.azimuthDeg);
    pv.yieldKwhPerKwp = infoNumber(workshop, yieldKey);
    return pv;
}

EnergyEditor::EnergyEditor(Workshop &workshop)
    : mWorkshop(workshop)
{}

QString EnergyEditor::setPvInstallation(const PvInstallation &installation)
{
    if (installation.kwp) {
        const QString error = validatePvSystem(installation.system());
        if (!error.isEmpty())
            return error;
    }
    const PvInstallation before = pvInstallationOf(mWorkshop);
    if (before == installation)
        return {};
    mWorkshop.push(new SetInfoCommand(mWorkshop, settingsOf(installation),
                                      EnergyEditorText::tr("Change the PV installation")));
    return {};
}

Outcome<qint64> EnergyEditor::addScenario(const Scenario &scenario)
{
    const QString problem = validateScenario(scenario);
    if (!problem.isEmpty())
        return Outcome<qint64>::refused(problem);
    Scenario placed = scenario;
    placed.id = 0;
    placed.position = mWorkshop.scenarios().nextPosition();
    auto *command = new AddScenario(mWorkshop, placed,
                                    EnergyEditorText::tr("Add scenario “%1”").arg(scenario.name));
    // A command whose write failed is deleted by the stack: read it only when applied.
    if (!mWorkshop.push(command))
        return Outcome<qint64>::refused(mWorkshop.lastWriteError());
    return command->recordId();
}

QString EnergyEditor::replaceScenario(const Scenario &scenario)
{
    const QString problem = validateScenario(scenario);
    if (!problem.isEmpty())
        return problem;
    const std::optional<Scenario> before = mWorkshop.scenarios().get(scenario.id);
    if (!before || *before == scenario)
        return {};
    mWorkshop.push(
        new ReplaceScenario(mWorkshop, *before, scenario,
                            EnergyEditorText::tr("Change scenario “%1”").arg(scenario.name)));
    return {};
}

bool EnergyEditor::removeScenario(qint64 id)
{
    const std::optional<Scenario> scenario = mWorkshop.scenarios().get(id);
    if (!scenario)
        return false;
    return mWorkshop.push(new RemoveScenario(
        mWorkshop, *scenario, EnergyEditorText::tr("Delete scenario “%1”").arg(scenario->name)));
}

} // namespace wattelier
