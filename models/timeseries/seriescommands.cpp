// SPDX-License-Identifier: GPL-3.0-or-later
#include "seriescommands.h"

#include "core/workshop.h"
#include "core/writetransaction.h"
#include "seriesstore.h"

#include <QCoreApplication>

namespace wattelier {
ImportSeriesCommand::ImportSeriesCommand(Workshop &workshop, ParseResult parsed,
                                         ImportTarget target, QUndoCommand *parent)
    : QUndoCommand(parent)
    , mWorkshop(workshop)
    , mParsed(std::move(parsed))
    , mTarget(std::move(target))
{
    setText(QCoreApplication::translate("SeriesCommands", "Import %n series", nullptr,
                                        int(mParsed.series.size())));
}

void ImportSeriesCommand::redo()
{
    if (mStored.isEmpty()) {
        const auto stored = storeSeries(mWorkshop, mParsed, mTarget);
        mStored = stored ? *stored : QList<SeriesInfo>();
        mError = stored.error();
        if (mStored.isEmpty())
            setObsolete(true);
        return;
    }
    // Again after an undo: the same ids, so later commands still find them.
    WriteTransaction transaction(mWorkshop);
    bool ok = true;
    for (int i = 0; i < mStored.size(); ++i)
        ok = ok && mWorkshop.series().insert(mStored[i], mParsed.series[i].data) != 0;
    if (ok)
        transaction.commit();
    mWorkshop.series().notifyChanged();
}

void ImportSeriesCommand::undo()
{
    // All or none: a removal that fails leaves every series in place.
    WriteTransaction transaction(mWorkshop);
    bool ok = true;
    for (const SeriesInfo &info : std::as_const(mStored))
        ok = ok && mWorkshop.series().remove(info.id);
    if (ok)
        transaction.commit();
}

RemoveSeriesCommand::RemoveSeriesCommand(Workshop &workshop, qint64 seriesId, QUndoCommand *parent)
    : QUndoCommand(parent)
    , mWorkshop(workshop)
    , mInfo(workshop.series().get(seriesId).value_or(SeriesInfo{}))
    , mValues(workshop.series().load(seriesId))
{
    setText(QCoreApplication::translate("SeriesCommands", "Delete series"));
}

void RemoveSeriesCommand::redo()
{
    if (mInfo.id == 0 || !mWorkshop.series().remove(mInfo.id))
        setObsolete(true);
}

void RemoveSeriesCommand::undo()
{
    WriteTransaction transaction(mWorkshop);
    if (mWorkshop.series().insert(mInfo, mValues) != 0)
        transaction.commit();
    mWorkshop.series().notifyChanged();
}

bool SeriesNameAccess::set(Workshop &workshop, qint64 id, const QString &name)
{
    return workshop.series().rename(id, name);
}

bool SeriesOwnerAccess::set(Workshop &workshop, qint64 id, qint64 householdId)
{
    return workshop.series().setOwner(id, householdId);
}

bool SeriesKindAccess::set(Workshop &workshop, qint64 id, SeriesKind kind)
{
    return workshop.series().setKind(id, kind);
}

namespace {

SeriesInfo seriesOf(const Workshop &workshop, qint64 id)
{
    return workshop.series().get(id).value_or(SeriesInfo{});
}

} // namespace

RenameSeriesCommand::RenameSeriesCommand(Workshop &workshop, qint64 seriesId, const QString &name,
                                         QUndoCommand *parent)
    : ChangeValueCommand(workshop, seriesId, seriesOf(workshop, seriesId).name, name,
                         QCoreApplication::translate("SeriesCommands", "Rename series"), -1, parent)
{}

SetSeriesOwnerCommand::SetSeriesOwnerCommand(Workshop &workshop, qint64 seriesId,
                                             qint64 householdId, QUndoCommand *parent)
    : ChangeValueCommand(workshop, seriesId, seriesOf(workshop, seriesId).householdId, householdId,
                         QCoreApplication::translate("SeriesCommands", "Reassign series"), -1,
                         parent)
{}

SetSeriesKindCommand::SetSeriesKindCommand(Workshop &workshop, qint64 seriesId, SeriesKind kind,
                                           QUndoCommand *parent)
    : ChangeValueCommand(
          workshop, seriesId, seriesOf(workshop, seriesId).kind, kind,
          QCoreApplication::translate("SeriesCommands", "Change what the series measures"), -1,
          parent)
{}

} // namespace wattelier
