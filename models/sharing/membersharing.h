// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sharing/workshopsharing.h"

#include <QHash>
#include <QList>
#include <QString>

namespace wattelier {

class Workshop;
struct Tariff;

/*! One member's own result under one key scenario. */
struct MemberKeyResult
{
    QString keyName;
    MemberSharing sharing;
    bool solidarity = false;
    double localEurPerKwh = 0; //!< what it pays for a shared kWh under this key
};

/*!
 * Each member's own result under each of the workshop's key scenarios over
 * one calendar year (#22): what its sheet shows, and nothing of the others.
 * Computed once for all the sheets of a group (250 households: once, not 250
 * times).
 */
struct SharingByMember
{
    int year = 0;
    QString problem; //!< why there is nothing to show (translated); empty otherwise
    QHash<qint64, QList<MemberKeyResult>> byHousehold;
};

/*!
 * The workshop's keys over \a year, member by member, with the supplier and
 * injection prices of \a tariff (a document's); empty without a key.
 */
SharingByMember sharingByMember(const Workshop &workshop, int year, const Tariff &tariff);

} // namespace wattelier
