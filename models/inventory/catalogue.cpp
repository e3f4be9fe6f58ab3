// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue.h"

#include "core/enumkeys.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace wattelier {
namespace {

Outcome<CatalogueEntry> parseEntry(const QJsonObject &object)
{
    CatalogueEntry entry;
    entry.key = object.value(QLatin1String("key")).toString();
    const auto fail = [&](const QString &what) {
        return Outcome<CatalogueEntry>::refused(
            QCoreApplication::translate("Catalogue", "Catalogue entry “%1”: %2")
                .arg(entry.key, what));
    };
    if (entry.key.isEmpty())
        return fail(QCoreApplication::translate("Catalogue", "missing key"));
    const QJsonObject names = object.value(QLatin1String("names")).toObject();
    for (auto it = names.begin(); it != names.end(); ++it)
        entry.names.insert(it.key(), it.value().toString());
    if (entry.names.value(QStringLiteral("en")).isEmpty())
        return fail(QCoreApplication::translate("Catalogue", "missing English name"));
    for (const QJsonValue &alias : object.value(QLatin1String("aliases")).toArray())
        entry.aliases.append(alias.toString());
    const auto category = categoryFromKey(object.value(QLatin1String("category")).toString());
    const auto priority = priorityFromKey(object.value(QLatin1String("priority")).toString());
    const auto flexibility =
        flexibilityFromKey(object.value(QLatin1String("flexibility")).toString());
    if (!category || !priority || !flexibility)
        return fail(
            QCoreApplication::translate("Catalogue", "unknown category, priority or flexibility"));
    Appliance &typical = entry.typical;
    typical.category = *category;
    typical.priority = *priority;
    typical.flexibility = *flexibility;
    typical.powerW = object.value(QLatin1String("power_w")).toDouble();
    const QJsonValue standby = object.value(QLatin1String("standby_w"));
    if (standby.isDouble())
        typical.standbyW = standby.toDouble();
    const QJsonObject usage = object.value(QLatin1String("usage")).toObject();
    const auto mode = usageModeFromKey(usage.value(QLatin1String("mode")).toString());
    if (!mode)
        return fail(QCoreApplication::translate("Catalogue", "unknown usage mode"));
    typical.usageMode = *mode;
    typical.hoursPerDay = usage.value(QLatin1String("hours_per_day")).toDouble();
    typical.daysPerWeek = usage.value(QLatin1String("days_per_week")).toDouble(7.0);
    typical.cyclesPerWeek = usage.value(QLatin1String("cycles_per_week")).toDouble();
    typical.kwhPerCycle = usage.value(QLatin1String("kwh_per_cycle")).toDouble();
    typical.catalogueKey = entry.key;
    const QJsonObject source = object.value(QLatin1String("source")).toObject();
    entry.sourcePublisher = source.value(QLatin1String("publisher")).toString();
    entry.sourceTitle = source.value(QLatin1String("title")).toString();
    entry.sourceUrl = source.value(QLatin1String("url")).toString();
    entry.sourceNote = source.value(QLatin1String("note")).toString();
    if (entry.sourcePublisher.isEmpty() && entry.sourceTitle.isEmpty())
        return fail(QCoreApplication::translate("Catalogue", "missing source"));
    return entry;
}

} // namespace

QString CatalogueEntry::name(const QString &language) const
{
    const QString localised = names.value(language);
    return localised.isEmpty() ? names.value(QStringLiteral("en")) : localised;
}

Appliance CatalogueEntry::toAppliance(const QString &language) const
{
    Appliance a = typical;
    a.name = name(language);
    return a;
}

Outcome<Catalogue> Catalogue::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull())
        return Outcome<Catalogue>::refused(
            QCoreApplication::translate("Catalogue", "The catalogue is not valid JSON: %1")
                .arg(parseError.errorString()));
    Catalogue catalogue;
    for (const QJsonValue &value : document.object().value(QLatin1String("appliances")).toArray()) {
        const auto entry = parseEntry(value.toObject());
        if (!entry)
            return Outcome<Catalogue>::refused(entry.error());
        catalogue.mEntries.append(*entry);
    }
    return catalogue;
}

const Catalogue &Catalogue::builtIn()
{
    static const Catalogue catalogue = [] {
        QFile file(QStringLiteral(":/catalogue/appliances.json"));
        const auto parsed = file.open(QIODevice::ReadOnly)
                                ? fromJson(file.readAll())
                                : Outcome<Catalogue>::refused(file.errorString());
        if (!parsed)
            qWarning("Built-in appliance catalogue unusable: %s", qPrintable(parsed.error()));
        return parsed.valueOr(Catalogue{});
    }();
    return catalogue;
}

const CatalogueEntry *Catalogue::find(const QString &key) const
{
    for (const CatalogueEntry &entry : mEntries) {
        if (entry.key == key)
            return &entry;
    }
    return nullptr;
}

QList<const CatalogueEntry *> Catalogue::search(const QString &text) const
{
    const QString needle = foldForSearch(text.trimmed());
    QList<const CatalogueEntry *> startsWith;
    QList<const CatalogueEntry *> contains;
    if (needle.isEmpty())
        return {};
    for (const CatalogueEntry &entry : mEntries) {
        QStringList words = entry.aliases;
        for (const QString &name : entry.names)
            words.append(name);
        bool prefix = false;
        bool inside = false;
        for (const QString &word : std::as_const(words)) {
            const QString folded = foldForSearch(word);
            // A word that starts with what was typed; inside a word only for four
            // letters or more, so "TV" is a television, not a "dehumidifier" (#20).
            for (qsizetype at = folded.indexOf(needle); at >= 0;
                 at = folded.indexOf(needle, at + 1)) {
                if (at == 0 || !folded.at(at - 1).isLetterOrNumber())
                    prefix = true;
                else if (needle.size() >= 4)
                    inside = true;
            }
        }
        if (prefix)
            startsWith.append(&entry);
        else if (inside)
            contains.append(&entry);
    }
    return startsWith + contains;
}

QString foldForSearch(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c.toLower());
    }
    return folded;
}

QString currentLanguageCode()
{
    return languageCodeOf(QLocale());
}

QString languageCodeOf(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::French:
        return QStringLiteral("fr");
    case QLocale::Dutch:
        return QStringLiteral("nl");
    default:
        return QStringLiteral("en");
    }
}

} // namespace wattelier
