// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace wattelier::app {
namespace {

// Strings Qt's own file dialog shows that Debian 12's qtbase catalogue lacks
// (the context was renamed in Qt 6): "Folder" stayed English in a French
// dialog (#20). lupdate reads these markers, so wattelier_*.ts carry them.
struct QtString
{
    const char *source;
    const char *comment;
};
[[maybe_unused]] constexpr QtString qtCatalogueGaps[] = {
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Shortcut", "All other platforms"),
    {QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"), nullptr},
    {QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"), nullptr},
};

} // namespace

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
