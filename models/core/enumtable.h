// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

/*!
 * An enumeration's stable keys (file format, JSON, command line) and
 * translated labels, written once as a table instead of one switch per
 * direction. Labels are marked with QT_TRANSLATE_NOOP(context, text) in the
 * table so lupdate finds them, and translated with the same context here.
 */
namespace wattelier {

template <typename Enum> struct EnumEntry
{
    Enum value;
    const char *key;             //!< stable key, or nullptr where the value is only ever shown
    const char *label = nullptr; //!< source text, or nullptr where the enum has no label
};

namespace enumtable {

//! The entry of \a value; the last entry (the table's fallback) when it is missing.
template <typename Enum, std::size_t N>
const EnumEntry<Enum> &entryOf(const EnumEntry<Enum> (&entries)[N], Enum value)
{
    for (const auto &entry : entries) {
        if (entry.value == value)
            return entry;
    }
    return entries[N - 1];
}

template <typename Enum, std::size_t N>
QString keyOf(const EnumEntry<Enum> (&entries)[N], Enum value)
{
    return QLatin1String(entryOf(entries, value).key);
}

template <typename Enum, std::size_t N>
std::optional<Enum> fromKey(const EnumEntry<Enum> (&entries)[N], const QString &key)
{
    for (const auto &entry : entries) {
        if (key == QLatin1String(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N>
QString labelOf(const char *context, const EnumEntry<Enum> (&entries)[N], Enum value)
{
    return QCoreApplication::translate(context, entryOf(entries, value).label);
}

template <typename Enum, std::size_t N> QList<Enum> values(const EnumEntry<Enum> (&entries)[N])
{
    QList<Enum> result;
    result.reserve(qsizetype(N));
    for (const auto &entry : entries)
        result.append(entry.value);
    return result;
}

} // namespace enumtable
} // namespace wattelier
