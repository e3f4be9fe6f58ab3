// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/household.h"
#include "sharing/sharingscenario.h"

#include <QHash>
#include <QTableWidget>

#include <optional>

namespace wattelier::ui {

/*!
 * The members' part in the selected key (#22), one row per member of the
 * workshop: its share, its priority level, whether it is a solidarity
 * beneficiary, its own local price, and what it does in the community (takes,
 * produces or both, from the last computation). Typed cells are read back into
 * the key as one step.
 */
class SharingMembersTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        ShareColumn,
        LevelColumn,
        SolidarityColumn,
        LocalPriceColumn,
        RoleColumn,
        ColumnCount
    };

    explicit SharingMembersTable(QWidget *parent = nullptr);

    /*! One row per member of \a households, ticked and typed as \a scenario says. */
    void fill(const QList<Household> &households, const std::optional<SharingScenario> &scenario,
              bool showNames);
    /*!
     * The shares, priority levels, solidarity and local prices typed, written into
     * \a scenario; a translated sentence when a cell is not a number (then
     * \a scenario is left as it was).
     */
    QString readInto(SharingScenario &scenario) const;
    /*! What each member does (by household id), shown in the Role column. */
    void setRoles(const QHash<qint64, MemberRole> &roles);

private:
    void showRoles();

    QHash<qint64, MemberRole> mRoles;
};

} // namespace wattelier::ui
