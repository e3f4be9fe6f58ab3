// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/columnwords.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace wattelier {
namespace {

bool hasAny(const QString &text, std::initializer_list<const char *> words)
{
    for (const char *w : words)
        if (text.contains(QString::fromUtf8(w)))
            return true;
    return false;
}

/*! The unit written in the header: "(kWh)", "[kW]", "kWh", " Wh", "in W". */
QString unitOf(const QString &lower)
{
    static const QRegularExpression unit(
        QStringLiteral("(?:^|[\\s(\\[/_,;-])(kwh|wh|mwh|kw|w|m³|m3|v|a)(?:$|[\\s)\\]/_,;.-])"));
    QRegularExpressionMatchIterator it = unit.globalMatch(lower);
    QString found;
    while (it.hasNext())
        found = it.next().captured(1); // the last one: "Energy Produced (Wh)"
    if (found == QLatin1String("kwh"))
        return QStringLiteral("kWh");
    if (found == QLatin1String("wh"))
        return QStringLiteral("Wh");
    if (found == QLatin1String("mwh"))
        return QStringLiteral("MWh");
    if (found == QLatin1String("kw"))
        return QStringLiteral("kW");
    if (found == QLatin1String("w"))
        return QStringLiteral("W");
    if (found == QLatin1String("m³") || found == QLatin1String("m3"))
        return QStringLiteral("m³");
    if (found == QLatin1String("v"))
        return QStringLiteral("V");
    if (found == QLatin1String("a"))
        return QStringLiteral("A");
    return {};
}

} // namespace

QString ColumnMeaning::leftOutReason() const
{
    if (gas)
        return QCoreApplication::translate("ColumnWords", "gas, not electricity");
    if (maximum)
        return QCoreApplication::translate("ColumnWords",
                                           "maxima of the power, which do not add up to energy");
    if (notEnergy)
        return QCoreApplication::translate("ColumnWords",
                                           "not energy (a voltage, a current, a temperature or "
                                           "a percentage)");
    if (battery)
        return QCoreApplication::translate("ColumnWords",
                                           "a home battery's charge or discharge, which Wattelier "
                                           "does not compare yet");
    return {};
}

ColumnMeaning columnMeaning(const QString &header)
{
    ColumnMeaning m;
    // Entities and columns write words with underscores: "feed_in_tariff_1".
    const QString h =
        QString(header.toLower()).replace(QLatin1Char('_'), QLatin1Char(' ')).simplified();
    m.unit = unitOf(h);
    m.gas = m.unit == QLatin1String("m³") || hasAny(h, {"gas", "gaz", "erdgas", "aardgas"}) ||
            h == QLatin1String("g");
    m.maximum = hasAny(h, {"max", "peak", "piek", "pointe", "spitze", "massimo"});
    m.notEnergy = m.unit == QLatin1String("V") || m.unit == QLatin1String("A") ||
                  hasAny(h, {"spannung", "voltage", "tension", "spanning", "stromstärke", "current",
                             "courant", "stroomsterkte", "temperat", "°c", "frequen", "hz", "soc",
                             "(%)", "[%]", "percent", "ladezustand"});
    m.battery = hasAny(h, {"akku", "batter", "accu"});
    m.index = hasAny(
        h, {"stand", "reading", "index", "zählerstand", "compteur", "lettura", "cumul", "counter"});
    m.tariffRegister = hasAny(h, {"tarif",
                                  "tariff",
                                  "laag",
                                  "hoog",
                                  "low",
                                  "high",
                                  "normal",
                                  "normaal",
                                  " dal",
                                  "dal ",
                                  "nacht",
                                  "night",
                                  "nuit",
                                  " dag",
                                  "day",
                                  "jour",
                                  "heures pleines",
                                  "heures creuses",
                                  " hp",
                                  " hc",
                                  "t1",
                                  "t2",
                                  "electricity 1",
                                  "electricity 2",
                                  "fascia",
                                  "f1",
                                  "f2",
                                  "f3"}) ||
                       h.startsWith(QLatin1String("dal")) || h.endsWith(QLatin1String("dal"));
    if (m.battery || m.gas)
        return m;
    // Injection first: "teruglevering" holds "levering", "Einspeisung" no
    // "Verbrauch", and "returned" may sit beside "electricity 1".
    if (hasAny(h, {"injectie", "injection", "teruglever", "terug", "einspeis", "feed-in", "feed in",
                   "feedin", "returned", "export", "inject", "immess", "immissione", "cedut",
                   "surplus", "overschot", "refoul"}))
        m.kind = SeriesKind::Injection;
    else if (hasAny(h,
                    {"hausverbrauch", "stromverbrauch", "eigenverbrauch", "gesamtverbrauch",
                     "consumption", "consommation", "load", "consumo", "house", "maison", "huis"}))
        m.kind = SeriesKind::Consumption;
    else if (hasAny(h, {"afname", "offtake", "bezug", "purchased", "purchase", "import", "prélev",
                        "prelev", "achat", "verbrauch", "verbruik", "prelievo", "prelevat",
                        "electricity 1", "electricity 2", "delivered", "from grid",
                        "grid consumption"}))
        m.kind = SeriesKind::Offtake;
    else if (hasAny(h, {"production", "produced", "produktion", "erzeugung", "ertrag", "opbrengst",
                        "opwek", "pv", "solar", "solaire", "yield", "generat", "produzione",
                        "rendement"}))
        m.kind = SeriesKind::Production;
    return m;
}

} // namespace wattelier
