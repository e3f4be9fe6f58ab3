// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharingeditor.h"

#include "core/recordcommands.h"
#include "core/workshop.h"
#include "sharing/sharingscenariostore.h"

#include <QCoreApplication>

namespace wattelier {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SharingEditor)
};

using Access = StoreAccess<&Workshop::sharingScenarios>;
using AddSharingScenario = AddRecordCommand<Access, SharingScenario>;
using RemoveSharingScenario = RemoveRecordCommand<Access, SharingScenario>;
using ReplaceSharingScenario = ReplaceRecordCommand<Access, SharingScenario>;

} // namespace

Outcome<qint64> SharingEditor::addScenario(const SharingScenario &scenario)
{
    const QString problem = validateSharingScenario(scenario);
    if (!problem.isEmpty())
        return Outcome<qint64>::refused(problem);
    SharingScenario placed = scenario;
    placed.id = 0;
    placed.position = mWorkshop.sharingScenarios().nextPosition();
    auto *command = new AddSharingScenario(mWorkshop, placed,
                                           Text::tr("Add key scenario “%1”").arg(scenario.name));
    // A command whose write failed is deleted by the stack: read it only when applied.
    if (!mWorkshop.push(command))
        return Outcome<qint64>::refused(mWorkshop.lastWriteError());
    return command->recordId();
}

QString SharingEditor::replaceScenario(const SharingScenario &scenario)
{
    const QString problem = validateSharingScenario(scenario);
    if (!problem.isEmpty())
        return problem;
    const std::optional<SharingScenario> before = mWorkshop.sharingScenarios().get(scenario.id);
    if (!before || *before == scenario)
        return {};
    if (!mWorkshop.push(new ReplaceSharingScenario(
            mWorkshop, *before, scenario, Text::tr("Change key scenario “%1”").arg(scenario.name))))
        return mWorkshop.lastWriteError();
    return {};
}

bool SharingEditor::removeScenario(qint64 id)
{
    const std::optional<SharingScenario> scenario = mWorkshop.sharingScenarios().get(id);
    if (!scenario)
        return false;
    return mWorkshop.push(new RemoveSharingScenario(
        mWorkshop, *scenario, Text::tr("Delete key scenario “%1”").arg(scenario->name)));
}

} // namespace wattelier
