// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/recordtable.h"
#include "sharing/sharingscenario.h"

#include <optional>

#include <QList>

namespace wattelier {

class Workshop;

/*! The key scenarios of a workshop (table sharing_keys, schema version 12). */
class SharingScenarioStore : public RecordStore
{
    Q_OBJECT

public:
    explicit SharingScenarioStore(Workshop &workshop);

    QList<SharingScenario> all() const; //!< in the user's order
    std::optional<SharingScenario> get(qint64 id) const { return mScenarios.get(id); }
    /*! A key scenario by id ("3") or exact name; nullopt when absent. */
    std::optional<SharingScenario> find(const QString &idOrName) const;

    qint64 insert(const SharingScenario &s) { return changedIf(mScenarios.insert(s)); }
    bool replace(const SharingScenario &s) { return changedIf(mScenarios.replace(s)); }
    bool remove(qint64 id) { return changedIf(mScenarios.remove(id)); }
    int nextPosition() const { return mScenarios.nextPosition(); }

private:
    Records<SharingScenario> mScenarios;
};

} // namespace wattelier
