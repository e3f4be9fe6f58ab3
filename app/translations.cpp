// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace wattelier::app {

void installTranslations(QCoreApplication &application, const QLocale &locale)
{
    QLocale::setDefault(locale);

    // English is the source language; wattelier_en.qm still brings its plural forms.
    auto *qtTranslator = new QTranslator(&application);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        application.installTranslator(qtTranslator);

    // qt_add_translations embeds the .qm files under :/i18n.
    auto *translator = new QTranslator(&application);
    if (translator->load(locale, QStringLiteral("wattelier"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        application.installTranslator(translator);
}

} // namespace wattelier::app
