// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wattelier {
class Workshop;
}

namespace wattelier::test {

/*!
 * Makes writes to an open workshop fail on demand (#19), as a full disk or a
 * file removed underneath would: temporary triggers on every table of the
 * file count the rows written and, once armed, abort the statement that
 * passes the budget with "injected fault". The triggers live in the
 * connection's TEMP schema: the file itself never holds them.
 */
class FaultInjector
{
public:
    explicit FaultInjector(Workshop &workshop);
    ~FaultInjector();
    FaultInjector(const FaultInjector &) = delete;
    FaultInjector &operator=(const FaultInjector &) = delete;

    /*! The first \a rowsAllowed row writes succeed, every later one fails (0: the next fails). */
    void failAfter(int rowsAllowed);
    /*! Nothing fails; rows are only counted. */
    void disarm();
    /*! Rows written (inserted, updated or deleted) since the last arm or disarm. */
    int rowsWritten() const;

private:
    void exec(const QString &statement) const;

    Workshop &mWorkshop;
};

} // namespace wattelier::test
