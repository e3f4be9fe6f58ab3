// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workshop.h"

#include <optional>

#include <QUndoCommand>
#include <QVariant>

namespace wattelier {

/*!
 * The undo commands of every feature, in the spirit of Tiled's ChangeValue:
 * one template per operation instead of one class per record type. Add,
 * remove and replace a record kept whole (a reading, a wattmeter, a slide), set
 * or erase a record kept by key (SetRecordCommand), and change one value of a
 * record (ChangeValueCommand: a field, a name, an owner, the workshop's settings).
 * Add, remove and replace take an \a Access that adapts a store: it provides
 * `static qint64 insert(Workshop&, const Record&)`,
 * `static bool replace(Workshop&, const Record&)` and
 * `static bool remove(Workshop&, qint64)`.
 */
template <typename Access, typename Record> class AddRecordCommand : public QUndoCommand
{
public:
    AddRecordCommand(Workshop &workshop, const Record &record, const QString &text,
                     QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , mWorkshop(workshop)
        , mRecord(record)
    {}
    void redo() override
    {
        // The first redo takes a new id; later ones restore the same id, so
        // commands further up the stack still find the record.
        const qint64 id = Access::insert(mWorkshop, mRecord);
        if (id == 0)
            setObsolete(true);
        else
            mRecord.id = id;
    }
    void undo() override { Access::remove(mWorkshop, mRecord.id); }
    qint64 recordId() const { return mRecord.id; }

private:
    Workshop &mWorkshop;
    Record mRecord;
};

template <typename Access, typename Record> class RemoveRecordCommand : public QUndoCommand
{
public:
    RemoveRecordCommand(Workshop &workshop, const Record &record, const QString &text,
                        QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , mWorkshop(workshop)
        , mRecord(record)
    {}
    void redo() override
    {
        if (!Access::remove(mWorkshop, mRecord.id))
            setObsolete(true);
    }
    void undo() override { Access::insert(mWorkshop, mRecord); }

private:
    Workshop &mWorkshop;
    Record mRecord;
};

template <typename Access, typename Record> class ReplaceRecordCommand : public QUndoCommand
{
public:
    ReplaceRecordCommand(Workshop &workshop, const Record &before, const Record &after,
                         const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , mWorkshop(workshop)
        , mBefore(before)
        , mAfter(after)
    {}
    void redo() override
    {
        if (!Access::replace(mWorkshop, mAfter))
            setObsolete(true);
    }
    void undo() override { Access::replace(mWorkshop, mBefore); }

private:
    Workshop &mWorkshop;
    Record mBefore;
    Record mAfter;
};

/*!
 * Sets a record from \a before to \a after, where either may be absent (an
 * insert or a removal): for records without their own id (a participant, a
 * meter layout) or written by key. \a Access provides
 * `static qint64 put(Workshop&, Record&)` (insert or replace; sets a new id
 * where the record has one and returns nonzero on success) and
 * `static bool erase(Workshop&, const Record&)`.
 */
template <typename Access, typename Record> class SetRecordCommand : public QUndoCommand
{
public:
    SetRecordCommand(Workshop &workshop, std::optional<Record> before, std::optional<Record> after,
                     const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , mWorkshop(workshop)
        , mBefore(std::move(before))
        , mAfter(std::move(after))
    {}
    void redo() override
    {
        const bool ok =
            mAfter ? Access::put(mWorkshop, *mAfter) != 0 : Access::erase(mWorkshop, *mBefore);
        if (!ok)
            setObsolete(true);
    }
    void undo() override
    {
        if (mBefore)
            Access::put(mWorkshop, *mBefore);
        else
            Access::erase(mWorkshop, *mAfter);
    }
    const std::optional<Record> &after() const { return mAfter; }

private:
    Workshop &mWorkshop;
    std::optional<Record> mBefore;
    std::optional<Record> mAfter;
};

/*!
 * Changes one value, found by its key, from \a before to \a after: one field
 * of a household or an appliance, a series' name, owner or kind, a set of the
 * workshop's settings. \a Access provides `using Key = …; using Value = …;`
 * and `static bool set(Workshop&, const Key&, const Value&)` (false when the
 * write failed). A non-negative \a mergeId makes later changes of the same
 * key merge into this step (notes typed in several goes make one undo step);
 * it must be unique to the Access type, as QUndoStack merges by id alone.
 */
template <typename Access> class ChangeValueCommand : public QUndoCommand
{
public:
    using Key = typename Access::Key;
    using Value = typename Access::Value;

    ChangeValueCommand(Workshop &workshop, Key key, Value before, Value after, const QString &text,
                       int mergeId = -1, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , mWorkshop(workshop)
        , mKey(std::move(key))
        , mBefore(std::move(before))
        , mAfter(std::move(after))
        , mMergeId(mergeId)
    {}
    void redo() override
    {
        if (!Access::set(mWorkshop, mKey, mAfter))
            setObsolete(true);
    }
    void undo() override { Access::set(mWorkshop, mKey, mBefore); }
    int id() const override { return mMergeId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *change = static_cast<const ChangeValueCommand *>(other);
        // A failed change (obsolete) must not carry its value into this one.
        if (change->isObsolete() || !(change->mKey == mKey))
            return false;
        mAfter = change->mAfter;
        return true;
    }

private:
    Workshop &mWorkshop;
    Key mKey;
    Value mBefore;
    Value mAfter;
    int mMergeId;
};

/*!
 * Replaces \a before by \a after as one undo step named \a text; nothing is
 * pushed when they are equal, so an unchanged dialog adds no empty step.
 */
template <typename Access, typename Record>
void pushReplacement(Workshop &workshop, const Record &before, const Record &after,
                     const QString &text)
{
    if (before != after)
        workshop.push(new ReplaceRecordCommand<Access, Record>(workshop, before, after, text));
}

/*!
 * The Access of a store that a Workshop member returns (`&Workshop::slides`)
 * and that inserts, replaces and removes by id under those names.
 */
template <auto StoreOf> struct StoreAccess
{
    template <typename Record> static qint64 insert(Workshop &workshop, const Record &record)
    {
        return (workshop.*StoreOf)().insert(record);
    }
    template <typename Record> static bool replace(Workshop &workshop, const Record &record)
    {
        return (workshop.*StoreOf)().replace(record);
    }
    static bool remove(Workshop &workshop, qint64 id) { return (workshop.*StoreOf)().remove(id); }
};

/*! The key of one field of one record. */
template <typename Field> struct FieldKey
{
    qint64 recordId = 0;
    Field field{};
    bool operator==(const FieldKey &) const = default;
};

/*! The Access that changes one field of a record through its store's update(id, field, value). */
template <auto StoreOf, typename Field> struct FieldAccess
{
    using Key = FieldKey<Field>;
    using Value = QVariant;
    static bool set(Workshop &workshop, const Key &key, const QVariant &value)
    {
        return (workshop.*StoreOf)().update(key.recordId, key.field, value);
    }
};

/*! The key of a value that stands alone (the PV installation). */
struct NoKey
{
    bool operator==(const NoKey &) const = default;
};

} // namespace wattelier
