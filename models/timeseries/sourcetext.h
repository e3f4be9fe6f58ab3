// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/parseresult.h"

#include <optional>

#include <QByteArray>

namespace wattelier {

/*! A data file's content as UTF-8 text, whatever its encoding or compression. */
struct SourceText
{
    QByteArray utf8;
    QStringList notes; //!< e.g. "read as Latin-1"
};

/*!
 * Decodes \a raw: gzip (Flukso tmpo blocks) is inflated, UTF-16 with a BOM is
 * converted, text that is not UTF-8 is read as Latin-1 (an older Excel CSV)
 * with a note. A file with NUL bytes or control characters is no data file:
 * nullopt with \a problem set.
 */
std::optional<SourceText> decodeSource(const QByteArray &raw, const QString &fileName,
                                       ImportProblem &problem);

/*! Reads and decodes a file; the problem names it when it cannot be read. */
std::optional<SourceText> readSource(const QString &path, ImportProblem &problem);

} // namespace wattelier
