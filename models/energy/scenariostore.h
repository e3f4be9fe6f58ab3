// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/recordtable.h"
#include "energy/scenario.h"

#include <optional>

#include <QList>
#include <QObject>

namespace wattelier {

class Workshop;

/*! The "what if" scenarios of a workshop (table scenarios). */
class ScenarioStore : public RecordStore
{
    Q_OBJECT

public:
    explicit ScenarioStore(Workshop &workshop);

    QList<Scenario> all() const; //!< in the user's order
    std::optional<Scenario> get(qint64 id) const { return mScenarios.get(id); }
    /*! A scenario by id ("3") or exact name; nullopt when absent. */
    std::optional<Scenario> find(const QString &idOrName) const;

    /*! Inserts \a scenario (a new id unless set); returns the id, or 0 on failure. */
    qint64 insert(const Scenario &scenario) { return changedIf(mScenarios.insert(scenario)); }
    bool replace(const Scenario &scenario) { return changedIf(mScenarios.replace(scenario)); }
    bool remove(qint64 id) { return changedIf(mScenarios.remove(id)); }
    int nextPosition() const { return mScenarios.nextPosition(); }

private:
    Records<Scenario> mScenarios;
};

} // namespace wattelier
