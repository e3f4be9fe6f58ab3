// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <utility>

#include <QString>

namespace wattelier {

/*!
 * What a model operation gives back: its value, or why there is none. The one
 * way an operation of models/ that can be refused or can fail says so to its
 * caller (the window shows error() in its message bar, the command line on
 * stderr). error() is a translated, complete sentence that names the file and
 * the line where there is one.
 *
 * Two narrower forms remain, each for one job: a validate…() function returns
 * just that sentence (empty when the value is fine), and a store answers 0 or
 * false while the workshop reports the failed write once per step
 * (Workshop::writeFailed). Opening and creating a workshop file keeps
 * WorkshopError, which adds the kind of failure the window acts on.
 */
template <typename T> class [[nodiscard]] Outcome
{
public:
    Outcome(T value)
        : mValue(std::move(value))
    {}
    static Outcome refused(QString why)
    {
        Outcome outcome;
        outcome.mError = std::move(why);
        return outcome;
    }

    bool ok() const { return mValue.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *mValue; }
    T &value() { return *mValue; }
    const T &operator*() const { return *mValue; }
    T &operator*() { return *mValue; }
    const T *operator->() const { return &*mValue; }
    T *operator->() { return &*mValue; }
    /*! The value, or \a fallback when there is none. */
    T valueOr(T fallback) const { return mValue ? *mValue : std::move(fallback); }
    /*! Why there is no value; empty when there is one. */
    const QString &error() const { return mError; }

private:
    Outcome() = default;
    std::optional<T> mValue;
    QString mError;
};

} // namespace wattelier
