// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;

namespace wattelier::app {

/*!
 * Installs Wattelier's and Qt's own translations for \a locale (Qt's come
 * from the system's qt6-translations-l10n, so standard dialogs match) and
 * makes \a locale the default for numbers and dates.
 */
void installTranslations(QCoreApplication &application, const QLocale &locale);

} // namespace wattelier::app
