// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wattmeter.h"

#include "core/recordtable.h"

#include <optional>

#include <QList>
#include <QObject>

namespace wattelier {

class Workshop;

/*! The group's wattmeters and their loans to households; emits changed() after each change. */
class WattmeterStore : public RecordStore
{
    Q_OBJECT

public:
    explicit WattmeterStore(Workshop &workshop);

    QList<Wattmeter> wattmeters() const;
    std::optional<Wattmeter> wattmeter(qint64 id) const { return mWattmeters.get(id); }
    qint64 insert(const Wattmeter &wattmeter) { return changedIf(mWattmeters.insert(wattmeter)); }
    bool replace(const Wattmeter &wattmeter) { return changedIf(mWattmeters.replace(wattmeter)); }
    bool removeWattmeter(qint64 id) { return changedIf(mWattmeters.remove(id)); }

    /*! Loans, newest first; of one wattmeter, or of all when \a wattmeterId is 0. */
    QList<WattmeterLoan> loans(qint64 wattmeterId = 0) const;
    std::optional<WattmeterLoan> loan(qint64 id) const { return mLoans.get(id); }
    /*! The loan not yet returned, if the wattmeter is out. */
    std::optional<WattmeterLoan> openLoan(qint64 wattmeterId) const;
    qint64 insert(const WattmeterLoan &loan) { return changedIf(mLoans.insert(loan)); }
    bool replace(const WattmeterLoan &loan) { return changedIf(mLoans.replace(loan)); }
    bool removeLoan(qint64 id) { return changedIf(mLoans.remove(id)); }

private:
    Records<Wattmeter> mWattmeters;
    Records<WattmeterLoan> mLoans;
};

} // namespace wattelier
