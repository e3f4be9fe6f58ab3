// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberinput.h"

#include <QLocale>

namespace wattelier::ui {

std::optional<double> parseLocaleNumber(const QString &text)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    double value = QLocale().toDouble(trimmed, &ok);
    if (!ok)
        value = QLocale::c().toDouble(QString(trimmed).replace(QLatin1Char(','), QLatin1Char('.')),
                                      &ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

} // namespace wattelier::ui
