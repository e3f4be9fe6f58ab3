// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appliance.h"
#include "core/outcome.h"

#include <optional>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace wattelier {

/*! A typical appliance with the public source of its figures, used to pre-fill new appliances. */
struct CatalogueEntry
{
    QString key;
    QHash<QString, QString> names; //!< By language code: "en", "fr", "nl".
    QStringList aliases;           //!< Other words people type, any language, lower case.
    /*! Typical values (everything but the name, which depends on the language). */
    Appliance typical;
    QString sourcePublisher;
    QString sourceTitle;
    QString sourceUrl;
    QString sourceNote;

    /*! The name in \a language, falling back to English. */
    QString name(const QString &language) const;
    /*! A new appliance pre-filled with this entry's typical values. */
    Appliance toAppliance(const QString &language) const;
};

/*! The appliance catalogue shipped in resources/catalogue/appliances.json. */
class Catalogue
{
public:
    /*! Parses the catalogue JSON, or says which entry is wrong and why. */
    static Outcome<Catalogue> fromJson(const QByteArray &json);
    /*! The catalogue compiled into the application. */
    static const Catalogue &builtIn();

    const QList<CatalogueEntry> &entries() const { return mEntries; }
    const CatalogueEntry *find(const QString &key) const;

    /*!
     * Entries whose name (in any language) or alias matches \a text, ignoring
     * case and accents: "frigo", "Fridge" and "réfrigérateur" all find fridges.
     * Entries whose words start with the text come first.
     */
    QList<const CatalogueEntry *> search(const QString &text) const;

private:
    QList<CatalogueEntry> mEntries;
};

/*! Lower case without accents, for matching what people type. */
QString foldForSearch(const QString &text);

/*! The language Wattelier speaks for \a locale: "fr", "nl", or "en" for any other. */
QString languageCodeOf(const QLocale &locale);

/*! The language code ("fr", "nl", "en") of the default QLocale, used for catalogue names. */
QString currentLanguageCode();

} // namespace wattelier
