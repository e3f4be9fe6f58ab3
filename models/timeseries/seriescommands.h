// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/recordcommands.h"
#include "parseresult.h"
#include "seriesimport.h"

#include <QList>
#include <QUndoCommand>

namespace wattelier {

class Workshop;

/*!
 * Imports parsed series (all or nothing, see storeSeries). Undo removes them;
 * redo writes them back with the same ids, from the values kept here.
 */
class ImportSeriesCommand : public QUndoCommand
{
public:
    ImportSeriesCommand(Workshop &workshop, ParseResult parsed, ImportTarget target,
                        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    /*! The stored series after the first redo; empty with error() when it failed. */
    QList<SeriesInfo> stored() const { return mStored; }
    QString error() const { return mError; }

private:
    Workshop &mWorkshop;
    ParseResult mParsed;
    ImportTarget mTarget;
    QList<SeriesInfo> mStored;
    QString mError;
};

/*! Deletes a series; undo writes it back, values included. */
class RemoveSeriesCommand : public QUndoCommand
{
public:
    RemoveSeriesCommand(Workshop &workshop, qint64 seriesId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Workshop &mWorkshop;
    SeriesInfo mInfo;
    RegularSeries mValues;
};

/*! How the three series commands below read and write one value of a series. */
struct SeriesNameAccess
{
    using Key = qint64;
    using Value = QString;
    static bool set(Workshop &workshop, qint64 id, const QString &name);
};

struct SeriesOwnerAccess
{
    using Key = qint64;
    using Value = qint64;
    static bool set(Workshop &workshop, qint64 id, qint64 householdId);
};

struct SeriesKindAccess
{
    using Key = qint64;
    using Value = SeriesKind;
    static bool set(Workshop &workshop, qint64 id, SeriesKind kind);
};

/*! Renames a series. */
class RenameSeriesCommand : public ChangeValueCommand<SeriesNameAccess>
{
public:
    RenameSeriesCommand(Workshop &workshop, qint64 seriesId, const QString &name,
                        QUndoCommand *parent = nullptr);
};

/*! Gives a series to a household, or to the group (0). */
class SetSeriesOwnerCommand : public ChangeValueCommand<SeriesOwnerAccess>
{
public:
    SetSeriesOwnerCommand(Workshop &workshop, qint64 seriesId, qint64 householdId,
                          QUndoCommand *parent = nullptr);
};

/*! Says what a series measures: production, consumption, offtake, injection or other (#18). */
class SetSeriesKindCommand : public ChangeValueCommand<SeriesKindAccess>
{
public:
    SetSeriesKindCommand(Workshop &workshop, qint64 seriesId, SeriesKind kind,
                         QUndoCommand *parent = nullptr);
};

} // namespace wattelier
