// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace wattelier::ui {

/*! A language the interface can be shown in; an empty code means "as the system". */
struct LanguageChoice
{
    QString code;
    QString nativeName;
};

QList<LanguageChoice> languageChoices();

/*! The language chosen in Preferences ("" = system, "fr", "nl", "en"). */
QString chosenLanguageCode();
void setChosenLanguageCode(const QString &code);

/*!
 * The locale the interface uses: the chosen language, or the system's when it
 * is French, Dutch or English, else English. French users get French by default.
 */
QLocale interfaceLocale();

} // namespace wattelier::ui
