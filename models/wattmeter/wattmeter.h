// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDate>
#include <QString>
#include <QtGlobal>

namespace wattelier {

/*! One of the group's plug-in wattmeters, passed from home to home. */
struct Wattmeter
{
    qint64 id = 0;
    QString label; //!< What the group calls it: "Wattmeter 1", "the blue one".
    QString model;
    std::optional<double> resolutionW; //!< Smallest step it shows, when known.
    QString notes;

    bool operator==(const Wattmeter &other) const = default;
};

/*! A wattmeter lent to a household from a date, until it is returned. */
struct WattmeterLoan
{
    qint64 id = 0;
    qint64 wattmeterId = 0;
    qint64 householdId = 0;
    QDate since;
    std::optional<QDate> returnedOn;

    bool isOpen() const { return !returnedOn.has_value(); }
    bool operator==(const WattmeterLoan &other) const = default;
};

} // namespace wattelier
