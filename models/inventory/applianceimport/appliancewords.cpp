// SPDX-License-Identifier: GPL-3.0-or-later
#include "appliancewords.h"

#include "core/enumkeys.h"
#include "inventory/catalogue.h"

#include <QRegularExpression>

namespace wattelier {
namespace {

/*!
 * Words people write for each value, besides its key and its label in the
 * current language; written as foldedWords() gives them (no accents, one
 * space between words). The labels of the French and Dutch translations are
 * here too, so that a French list imports into an English session.
 */
template <typename Enum> struct Words
{
    Enum value;
    std::initializer_list<const char *> words;
};

const Words<Category> categoryWords[] = {
    {Category::Cold,
     {"cold", "froid", "koelen en vriezen", "koelen", "vriezen", "koeling", "koude",
      "refrigeration", "froid alimentaire"}},
    {Category::Washing, {"washing", "lavage", "wassen", "linge", "laundry", "lessive", "was"}},
    {Category::Cooking, {"cooking", "cuisine", "koken", "keuken", "cuisson", "kitchen"}},
    {Category::Lighting,
     {"lighting", "eclairage", "verlichting", "lumiere", "light", "lights", "licht"}},
    {Category::ItScreens,
     {"it and screens", "informatique et ecrans", "it en schermen", "it screens", "it",
      "informatique", "ecrans", "schermen", "multimedia", "electronics", "electronique",
      "audiovisuel", "ict"}},
    {Category::HeatingHotWater,
     {"heating and hot water", "chauffage et eau chaude", "verwarming en warm water", "heating",
      "hot water", "chauffage", "eau chaude", "verwarming", "warm water", "sanitair warm water"}},
    {Category::Ventilation, {"ventilation", "ventilatie", "vmc", "aeration", "verluchting"}},
    {Category::Mobility, {"mobility", "mobilite", "mobiliteit", "transport", "vervoer"}},
    {Category::Other,
     {"other", "autre", "autres", "divers", "overig", "overige", "andere", "misc",
      "miscellaneous"}},
};

const Words<Priority> priorityWords[] = {
    {Priority::Indispensable,
     {"indispensable", "onmisbaar", "essential", "essentiel", "essentielle", "necessaire",
      "noodzakelijk", "vital", "must"}},
    {Priority::Useful, {"useful", "utile", "nuttig", "handig"}},
    {Priority::Comfort,
     {"comfort", "confort", "luxe", "luxury", "plaisir", "agrement", "nice to have"}},
};

const Words<Flexibility> flexibilityWords[] = {
    {Flexibility::None,
     {"none", "aucune", "aucun", "geen", "no", "non", "nee", "not flexible", "pas flexible",
      "niet flexibel", "fixed", "fixe", "vast"}},
    {Flexibility::WithinDay,
     {"within the day", "dans la journee", "binnen de dag", "within day", "same day", "meme jour",
      "dezelfde dag", "yes", "oui", "ja", "flexible", "flexibel"}},
    {Flexibility::AcrossDays,
     {"across days", "d un jour a l autre", "over dagen heen", "another day", "other day",
      "autre jour", "un autre jour", "andere dag", "plusieurs jours"}},
    {Flexibility::CouldDoWithout,
     {"could do without", "pourrait s en passer", "kan zonder", "s en passer", "could go without",
      "without", "superflu", "overbodig"}},
};

template <typename Enum, std::size_t N>
std::optional<Enum> fromWord(const QString &text, const Words<Enum> (&table)[N])
{
    const QString folded = foldedWords(text).join(QLatin1Char(' '));
    if (folded.isEmpty())
        return std::nullopt;
    const auto same = [&](const QString &other) {
        return folded == foldedWords(other).join(QLatin1Char(' '));
    };
    for (const auto &entry : table) {
        if (same(key(entry.value)) || same(label(entry.value)))
            return entry.value;
        for (const char *word : entry.words) {
            if (folded == QLatin1String(word))
                return entry.value;
        }
    }
    return std::nullopt;
}

} // namespace

QStringList foldedWords(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return foldForSearch(text).split(separators, Qt::SkipEmptyParts);
}

std::optional<Category> categoryFromWord(const QString &text)
{
    return fromWord(text, categoryWords);
}

std::optional<Priority> priorityFromWord(const QString &text)
{
    return fromWord(text, priorityWords);
}

std::optional<Flexibility> flexibilityFromWord(const QString &text)
{
    return fromWord(text, flexibilityWords);
}

} // namespace wattelier
