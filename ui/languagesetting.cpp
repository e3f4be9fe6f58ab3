// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagesetting.h"

#include "inventory/catalogue.h"

#include <QCoreApplication>
#include <QSettings>

namespace wattelier::ui {
namespace {
const QString settingsKey = QStringLiteral("language");

QLocale localeFor(const QString &code, const QLocale &system)
{
    if (code == QLatin1String("fr"))
        return system.language() == QLocale::French ? system
                                                    : QLocale(QLocale::French, QLocale::Belgium);
    if (code == QLatin1String("nl"))
        return system.language() == QLocale::Dutch ? system
                                                   : QLocale(QLocale::Dutch, QLocale::Belgium);
    return system.language() == QLocale::English
               ? system
               : QLocale(QLocale::English, QLocale::UnitedKingdom);
}
} // namespace

QList<LanguageChoice> languageChoices()
{
    return {
        {QString(), QCoreApplication::translate("LanguageSetting", "As the system")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("nl"), QStringLiteral("Nederlands")},
        {QStringLiteral("en"), QStringLiteral("English")},
    };
}

QString chosenLanguageCode()
{
    return QSettings().value(settingsKey).toString();
}

void setChosenLanguageCode(const QString &code)
{
    QSettings().setValue(settingsKey, code);
}

QLocale interfaceLocale()
{
    const QLocale system = QLocale::system();
    QString code = chosenLanguageCode();
    if (code.isEmpty())
        code = languageCodeOf(system);
    return localeFor(code, system);
}

} // namespace wattelier::ui
