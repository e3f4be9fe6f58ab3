// SPDX-License-Identifier: GPL-3.0-or-later
#include "indexreading.h"

#include "core/units.h"

#include <QCoreApplication>
#include <QLocale>

namespace wattelier {
namespace {

struct RegisterEntry
{
    MeterRegister reg;
    const char *key;
    const char *label;
};

constexpr RegisterEntry registerEntries[] = {
    {MeterRegister::Single, "single", QT_TRANSLATE_NOOP("MeterRegister", "Single register")},
    {MeterRegister::Day, "day", QT_TRANSLATE_NOOP("MeterRegister", "Day")},
    {MeterRegister::Night, "night", QT_TRANSLATE_NOOP("MeterRegister", "Night")},
    {MeterRegister::Injection, "injection", QT_TRANSLATE_NOOP("MeterRegister", "Injection")},
};

} // namespace

QString key(MeterRegister reg)
{
    for (const RegisterEntry &entry : registerEntries) {
        if (entry.reg == reg)
            return QLatin1String(entry.key);
    }
    return {};
}

std::optional<MeterRegister> meterRegisterFromKey(const QString &k)
{
    for (const RegisterEntry &entry : registerEntries) {
        if (k == QLatin1String(entry.key))
            return entry.reg;
    }
    return std::nullopt;
}

QString label(MeterRegister reg)
{
    for (const RegisterEntry &entry : registerEntries) {
        if (entry.reg == reg)
            return QCoreApplication::translate("MeterRegister", entry.label);
    }
    return {};
}

QString validateIndexReading(const std::optional<IndexReading> &previous, const IndexReading &r)
{
    if (!r.date.isValid())
        return QCoreApplication::translate("IndexReading", "A meter reading needs a date.");
    if (!qIsFinite(r.index) || r.index < 0.0)
        return QCoreApplication::translate("IndexReading",
                                           "The index must be a number, zero or more.");
    if (!previous)
        return {};
    if (r.date <= previous->date)
        return QCoreApplication::translate("IndexReading",
                                           "This reading must be later than the previous one (%1).")
            .arg(units::date(previous->date));
    if (!r.meterReplaced && r.index < previous->index)
        return QCoreApplication::translate(
                   "IndexReading",
                   "The index %1 is lower than the previous one (%2 on %3). A meter only counts "
                   "up: check the figures, or mark this reading as a new meter.")
            .arg(units::number(r.index, 1), units::number(previous->index, 1),
                 units::date(previous->date));
    if (r.meterReplaced && r.index < r.newMeterStartIndex)
        return QCoreApplication::translate(
                   "IndexReading", "The new meter's index %1 is lower than its start index (%2).")
            .arg(units::number(r.index, 1), units::number(r.newMeterStartIndex, 1));
    if (r.meterReplaced && r.oldMeterFinalIndex && *r.oldMeterFinalIndex < previous->index)
        return QCoreApplication::translate(
                   "IndexReading",
                   "The old meter's last index %1 is lower than its previous reading (%2).")
            .arg(units::number(*r.oldMeterFinalIndex, 1), units::number(previous->index, 1));
    return {};
}

} // namespace wattelier
