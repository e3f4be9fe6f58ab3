// SPDX-License-Identifier: GPL-3.0-or-later
// The appliance catalogue shipped in resources/ (#2): at least 40 appliances,
// each with a public source, valid values, and found by what people type.

#include "inventory/catalogue.h"
#include "inventory/estimate.h"

#include <QSet>
#include <QTest>

using namespace wattelier;

class TestCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void builtInCatalogueIsComplete()
    {
        const Catalogue &catalogue = Catalogue::builtIn();
        QVERIFY2(catalogue.entries().size() >= 40,
                 qPrintable(QString::number(catalogue.entries().size())));
        QSet<QString> keys;
        for (const CatalogueEntry &entry : catalogue.entries()) {
            QVERIFY2(!keys.contains(entry.key), qPrintable(entry.key));
            keys.insert(entry.key);
            for (const char *language : {"en", "fr", "nl"})
                QVERIFY2(!entry.names.value(QLatin1String(language)).isEmpty(),
                         qPrintable(entry.key + QLatin1Char(' ') + QLatin1String(language)));
            QVERIFY2(!entry.sourcePublisher.isEmpty() && !entry.sourceTitle.isEmpty(),
                     qPrintable(entry.key));
            QVERIFY2(entry.sourceUrl.startsWith(QLatin1String("http")), qPrintable(entry.key));
            const Appliance appliance = entry.toAppliance(QStringLiteral("fr"));
            QCOMPARE(appliance.catalogueKey, entry.key);
            // Every typical figure is plausible for a home: 1 kWh to 5 MWh a year.
            const double kwh = estimatedKwhPerYear(appliance);
            QVERIFY2(kwh >= 1.0 && kwh <= 5000.0,
                     qPrintable(entry.key + QStringLiteral(": ") + QString::number(kwh)));
        }
    }

    void search_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expectedKey");
        QTest::newRow("French word") << "frigo"
                                     << "fridge";
        QTest::newRow("English word") << "fridge"
                                      << "fridge";
        QTest::newRow("Dutch word") << "koelkast"
                                    << "fridge";
        QTest::newRow("accents ignored") << "refrigerateur"
                                         << "fridge";
        QTest::newRow("capitals ignored") << "FRIGO"
                                          << "fridge";
        QTest::newRow("washing machine fr") << "lave-linge"
                                            << "washing_machine";
        QTest::newRow("washing machine nl") << "wasmachine"
                                            << "washing_machine";
        QTest::newRow("kettle fr") << "bouilloire"
                                   << "kettle";
        QTest::newRow("boiler") << "boiler"
                                << "electric_water_heater_200l";
    }

    void search()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expectedKey);
        const auto found = Catalogue::builtIn().search(typed);
        QStringList keys;
        for (const CatalogueEntry *entry : found)
            keys.append(entry->key);
        QVERIFY2(keys.contains(expectedKey), qPrintable(keys.join(QLatin1Char(','))));
        QVERIFY(Catalogue::builtIn().search(QStringLiteral("zzzz-nothing")).isEmpty());
        QVERIFY(Catalogue::builtIn().search(QStringLiteral("  ")).isEmpty());
    }

    // Whole words (#20): "TV" finds televisions and nothing whose name merely
    // holds the letters t-v.
    void shortWordsMatchWholeWordsOnly()
    {
        const auto found = Catalogue::builtIn().search(QStringLiteral("TV"));
        QVERIFY(!found.isEmpty());
        for (const CatalogueEntry *entry : found) {
            bool wordStart = false;
            for (const QString &name : entry->names.values() + entry->aliases) {
                const QString folded = foldForSearch(name);
                for (qsizetype at = folded.indexOf(QStringLiteral("tv")); at >= 0;
                     at = folded.indexOf(QStringLiteral("tv"), at + 1))
                    wordStart = wordStart || at == 0 || !folded.at(at - 1).isLetterOrNumber();
            }
            QVERIFY2(wordStart, qPrintable(entry->key));
        }
        QVERIFY(!Catalogue::builtIn().search(QStringLiteral("tv")).isEmpty());
    }

    void namesFollowTheLanguage()
    {
        const CatalogueEntry *kettle = Catalogue::builtIn().find(QStringLiteral("kettle"));
        QVERIFY(kettle);
        QVERIFY(kettle->name(QStringLiteral("fr")).contains(QStringLiteral("Bouilloire")));
        QVERIFY(kettle->name(QStringLiteral("nl")).contains(QStringLiteral("Waterkoker")));
        QCOMPARE(kettle->name(QStringLiteral("de")), kettle->name(QStringLiteral("en")));
    }

    void malformedCatalogueIsReported_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("not JSON") << QByteArray("{ appliances: [") << "not valid JSON";
        QTest::newRow("unknown category")
            << QByteArray(R"({"appliances":[{"key":"x","names":{"en":"X"},"category":"garden",)"
                          R"("priority":"useful","flexibility":"none","usage":{"mode":"hours"},)"
                          R"("source":{"publisher":"P","title":"T"}}]})")
            << "unknown category";
        QTest::newRow("no source")
            << QByteArray(R"({"appliances":[{"key":"x","names":{"en":"X"},"category":"other",)"
                          R"("priority":"useful","flexibility":"none","usage":{"mode":"hours"}}]})")
            << "missing source";
    }

    void malformedCatalogueIsReported()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, messagePart);
        const auto parsed = Catalogue::fromJson(json);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().contains(messagePart), qPrintable(parsed.error()));
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
