// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wattelier {

/*! Why a workshop file could not be opened, created or written; shown as is to the user. */
struct WorkshopError
{
    enum class Kind
    {
        None,
        NotFound,
        AlreadyExists,
        NotAWorkshop,
        NewerVersion,
        ReadOnly,
        Corrupted,
        CannotWrite,
    };

    Kind kind = Kind::None;
    QString file;
    QString message; //!< Translated, complete sentence naming the problem.

    bool isError() const { return kind != Kind::None; }
};

} // namespace wattelier
