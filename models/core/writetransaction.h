// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wattelier {

class Workshop;

/*!
 * One all-or-nothing group of writes to the workshop file, which may nest.
 *
 * Each transaction is an SQLite SAVEPOINT: the outermost one begins the file's
 * transaction and its commit() makes everything durable; an inner one's
 * commit() only keeps its writes inside the outer one, whose rollback still
 * takes them back. A transaction that goes out of scope without commit() is
 * rolled back. Use it for every write of more than one statement.
 */
class WriteTransaction
{
public:
    explicit WriteTransaction(Workshop &workshop);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    /*! False when the savepoint could not be made (then commit() fails too). */
    bool isOpen() const { return mOpen; }
    /*! Keeps the writes (durably when outermost); false, and rolled back, on failure. */
    bool commit();
    /*! Takes back every write since the transaction began. */
    void rollback();
    /*! Why the last begin or commit failed. */
    QString error() const { return mError; }

private:
    bool exec(const QString &statement);

    Workshop &mWorkshop;
    QString mName;
    QString mError;
    bool mOpen = false;
};

} // namespace wattelier
