// SPDX-License-Identifier: GPL-3.0-or-later
#include "appliancemapping.h"

#include "appliancewords.h"

#include <QCoreApplication>

namespace wattelier {
namespace {

/*!
 * Words that name each field's column in the spreadsheets households keep,
 * lower case without accents; several words must appear together, in order.
 * Fields are tried in this order, the most specific first.
 */
struct FieldWords
{
    ApplianceField field;
    std::initializer_list<const char *> phrases;
};

/*! Each field with its phrases, split into words once. */
const QList<std::pair<ApplianceField, QList<QStringList>>> &fieldPhrases()
{
    static const FieldWords words[] = {
        {ApplianceField::StandbyW,
         {"veille", "standby", "stand by", "sluimer", "sluimerverbruik", "sluimerstand",
          "waakstand", "en attente"}},
        {ApplianceField::KwhPerCycle,
         {"kwh cycle", "kwh par cycle", "kwh per cycle", "kwh per cyclus", "par cycle", "per cycle",
          "per cyclus", "energie par cycle", "energy per cycle"}},
        {ApplianceField::CyclesPerWeek,
         {"cycles", "cycli", "cycles par semaine", "cycles per week", "cycli per week", "lavages",
          "wasbeurten", "beurten", "uses per week", "utilisations par semaine"}},
        {ApplianceField::HoursPerDay,
         {"heures", "heure", "h jour", "h j", "uren", "uur", "u dag", "hours", "hour", "h day",
          "h dag", "hrs", "duree", "gebruiksduur", "usage hours"}},
        {ApplianceField::DaysPerWeek,
         {"jours", "j sem", "j semaine", "dagen", "d week", "days", "d wk", "days per week",
          "dagen per week", "jours par semaine"}},
        {ApplianceField::PowerW,
         {"puissance", "vermogen", "power", "watt", "watts", "wattage", "w", "kw"}},
        {ApplianceField::Quantity,
         {"quantite", "qte", "nombre", "nb", "nbre", "aantal", "qty", "quantity", "number", "count",
          "stuks", "stuk", "combien"}},
        {ApplianceField::Category,
         {"categorie", "category", "categorieen", "categories", "famille", "soort"}},
        {ApplianceField::Priority,
         {"priorite", "prioriteit", "priority", "importance", "belang", "besoin", "nodig"}},
        {ApplianceField::Flexibility,
         {"flexibilite", "flexibiliteit", "flexibility", "flexible", "flexibel", "deplacable",
          "verschuifbaar", "uitstelbaar"}},
        {ApplianceField::Notes,
         {"remarques", "remarque", "notes", "note", "opmerkingen", "opmerking", "commentaire",
          "commentaires", "comment", "comments", "commentaar", "observations", "info"}},
        {ApplianceField::Name,
         {"appareil", "appareils", "nom", "toestel", "toestellen", "naam", "apparaat", "apparaten",
          "appliance", "appliances", "name", "equipement", "device", "omschrijving", "description",
          "item"}},
    };
    static const auto phrases = [] {
        QList<std::pair<ApplianceField, QList<QStringList>>> list;
        for (const FieldWords &field : words) {
            QList<QStringList> split;
            for (const char *phrase : field.phrases)
                split.append(foldedWords(QString::fromLatin1(phrase)));
            list.append({field.field, split});
        }
        return list;
    }();
    return phrases;
}

bool containsPhrase(const QStringList &words, const QStringList &phrase)
{
    if (phrase.isEmpty())
        return false;
    for (qsizetype i = 0; i + phrase.size() <= words.size(); ++i) {
        if (std::equal(phrase.cbegin(), phrase.cend(), words.cbegin() + i))
            return true;
    }
    return false;
}

} // namespace

QList<ApplianceField> importableFields()
{
    return {ApplianceField::Name,          ApplianceField::Category,    ApplianceField::Priority,
            ApplianceField::Flexibility,   ApplianceField::Quantity,    ApplianceField::PowerW,
            ApplianceField::StandbyW,      ApplianceField::HoursPerDay, ApplianceField::DaysPerWeek,
            ApplianceField::CyclesPerWeek, ApplianceField::KwhPerCycle, ApplianceField::Notes};
}

QString importFieldLabel(ApplianceField field)
{
    const char *text = "";
    switch (field) {
    case ApplianceField::Name:
        text = QT_TRANSLATE_NOOP("ApplianceImport", "Name");
        break;
    case ApplianceField::Category:
        text = QT_TRANSLATE_NOOP("ApplianceImport", "Category");
        break;
    case ApplianceField::Priority:
        text = QT_TRANSLATE_NOOP("ApplianceImport", "Priority");
        break;
    case ApplianceField::Flexibility:
        text = QT_TRANSLATE_NOOP("ApplianceImport", "Flexibility");
        break;
    case ApplianceField::Quantity:
        text = QT_TRANSLATE_NOOP("ApplianceImport", "Quantity");
        break;
    case ApplianceField::PowerW:
        text = QT_TRANSLATE_NOOP("ApplianceImport", "Power (W)");
        break;
    case ApplianceField::StandbyW:
        text = QT_TRANSLATE_NOOP("ApplianceImport", "Standby (W)");
        break;
    case ApplianceField::HoursPerDay:
        text = QT_TRANSLATE_NOOP("ApplianceImport", "Hours per day");
        break;
    case ApplianceField::DaysPerWeek:
        text = QT_TRANSLATE_NOOP("ApplianceImport", "Days per week");
        break;
    case ApplianceField::CyclesPerWeek:
        text = QT_TRANSLATE_NOOP("ApplianceImport", "Cycles per week");
        break;
    case ApplianceField::KwhPerCycle:
        text = QT_TRANSLATE_NOOP("ApplianceImport", "kWh per cycle");
        break;
    case ApplianceField::Notes:
        text = QT_TRANSLATE_NOOP("ApplianceImport", "Notes");
        break;
    case ApplianceField::UsageMode:
    case ApplianceField::CatalogueKey:
        break;
    }
    return QCoreApplication::translate("ApplianceImport", text);
}

void ColumnMapping::setColumn(ApplianceField field, int column)
{
    if (column >= 0)
        mColumns.insert(field, column);
    else
        mColumns.remove(field);
}

ColumnMapping guessMapping(const QStringList &header)
{
    QList<QStringList> words;
    for (const QString &name : header)
        words.append(foldedWords(name));
    ColumnMapping mapping;
    QList<bool> taken(header.size(), false);
    for (const auto &[field, phrases] : fieldPhrases()) {
        for (qsizetype column = 0; column < header.size() && !mapping.isMapped(field); ++column) {
            if (taken.at(column))
                continue;
            for (const QStringList &phrase : phrases) {
                if (containsPhrase(words.at(column), phrase)) {
                    mapping.setColumn(field, int(column));
                    taken[column] = true;
                    break;
                }
            }
        }
    }
    return mapping;
}

} // namespace wattelier
