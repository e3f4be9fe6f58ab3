// SPDX-License-Identifier: GPL-3.0-or-later
#include "wattmeterreading.h"

#include <QCoreApplication>

namespace wattelier {
namespace {

struct KindEntry
{
    ReadingKind kind;
    const char *key;
    const char *label;
};

constexpr KindEntry kindEntries[] = {
    {ReadingKind::PowerOn, "power_on", QT_TRANSLATE_NOOP("ReadingKind", "Power when on")},
    {ReadingKind::Standby, "standby", QT_TRANSLATE_NOOP("ReadingKind", "Standby power")},
    {ReadingKind::EnergyOverDuration, "energy_over_duration",
     QT_TRANSLATE_NOOP("ReadingKind", "Energy over a duration")},
    {ReadingKind::EnergyPerCycle, "energy_per_cycle",
     QT_TRANSLATE_NOOP("ReadingKind", "Energy per cycle")},
};

const KindEntry &entryOf(ReadingKind kind)
{
    for (const KindEntry &entry : kindEntries) {
        if (entry.kind == kind)
            return entry;
    }
    return kindEntries[0];
}

} // namespace

QList<ReadingKind> allReadingKinds()
{
    QList<ReadingKind> kinds;
    for (const KindEntry &entry : kindEntries)
        kinds.append(entry.kind);
    return kinds;
}

QString key(ReadingKind kind)
{
    return QLatin1String(entryOf(kind).key);
}

std::optional<ReadingKind> readingKindFromKey(const QString &k)
{
    for (const KindEntry &entry : kindEntries) {
        if (k == QLatin1String(entry.key))
            return entry.kind;
    }
    return std::nullopt;
}

QString label(ReadingKind kind)
{
    return QCoreApplication::translate("ReadingKind", entryOf(kind).label);
}

QString unitOf(ReadingKind kind)
{
    return kind == ReadingKind::PowerOn || kind == ReadingKind::Standby ? QStringLiteral("W")
                                                                        : QStringLiteral("kWh");
}

QString validateReading(const WattmeterReading &r)
{
    if (!r.measuredOn.isValid())
        return QCoreApplication::translate("WattmeterReading", "A reading needs a date.");
    if (!qIsFinite(r.value) || r.value < 0.0)
        return QCoreApplication::translate("WattmeterReading",
                                           "The value must be a number, zero or more.");
    switch (r.kind) {
    case ReadingKind::PowerOn:
    case ReadingKind::Standby:
        if (r.value > 20000.0)
            return QCoreApplication::translate(
                "WattmeterReading", "A plug-in wattmeter cannot show more than 20,000 W.");
        return {};
    case ReadingKind::EnergyOverDuration:
        if (!qIsFinite(r.durationHours) || r.durationHours <= 0.0 || r.durationHours > 24.0 * 366)
            return QCoreApplication::translate(
                "WattmeterReading", "The duration must be more than 0 hours and at most a year.");
        return {};
    case ReadingKind::EnergyPerCycle:
        if (r.value > 200.0)
            return QCoreApplication::translate("WattmeterReading",
                                               "The energy per cycle must be at most 200 kWh.");
        return {};
    }
    return {};
}

} // namespace wattelier
