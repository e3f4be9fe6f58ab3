// SPDX-License-Identifier: GPL-3.0-or-later
// Reading appliance lists exported by spreadsheets (#9, item 5): delimiters,
// quotes, encodings, decimal marks, column names and cell words in English,
// French and Dutch. The import built on them is tested in tst_applianceimport.

#include "appliancefixtures.h"
#include "core/enumkeys.h"
#include "inventory/applianceimport/appliancecsv.h"
#include "inventory/applianceimport/applianceimport.h"
#include "inventory/applianceimport/appliancemapping.h"
#include "inventory/applianceimport/appliancewords.h"

#include <QTest>

using namespace wattelier;

namespace {} // namespace

class TestApplianceCsv : public QObject
{
    Q_OBJECT

private slots:
    void guessesColumnNames_data()
    {
        QTest::addColumn<QString>("header"); // column names separated by '|'
        QTest::addColumn<int>("field");
        QTest::addColumn<int>("column");
        const auto row = [](const char *tag, const char *header, ApplianceField field, int col) {
            QTest::newRow(tag) << QString::fromUtf8(header) << int(field) << col;
        };
        row("fr appareil", "Appareil|Puissance (W)", ApplianceField::Name, 0);
        row("fr nom", "N°|Nom|Puissance", ApplianceField::Name, 1);
        row("fr puissance", "Appareil|Puissance (W)", ApplianceField::PowerW, 1);
        row("fr veille is not power", "Puissance en veille (W)|Puissance (W)",
            ApplianceField::PowerW, 1);
        row("fr veille", "Puissance en veille (W)|Puissance (W)", ApplianceField::StandbyW, 0);
        row("fr h/jour", "Nom|h/jour|Jours/semaine", ApplianceField::HoursPerDay, 1);
        row("fr jours", "Nom|h/jour|Jours/semaine", ApplianceField::DaysPerWeek, 2);
        row("fr quantité", "Quantité|Appareil", ApplianceField::Quantity, 0);
        row("fr nombre", "Appareil|Nombre", ApplianceField::Quantity, 1);
        row("fr nombre d'heures", "Appareil|Nombre d'heures par jour", ApplianceField::HoursPerDay,
            1);
        row("fr catégorie upper case", "APPAREIL|CATÉGORIE|PRIORITÉ", ApplianceField::Category, 1);
        row("fr priorité", "APPAREIL|CATÉGORIE|PRIORITÉ", ApplianceField::Priority, 2);
        row("fr remarques", "Appareil|Remarques", ApplianceField::Notes, 1);
        row("fr kWh par cycle", "Appareil|Cycles par semaine|kWh par cycle",
            ApplianceField::KwhPerCycle, 2);
        row("fr cycles", "Appareil|Cycles par semaine|kWh par cycle", ApplianceField::CyclesPerWeek,
            1);
        row("nl toestel", "Toestel|Vermogen", ApplianceField::Name, 0);
        row("nl naam", "Naam|Vermogen", ApplianceField::Name, 0);
        row("nl vermogen", "Naam|Vermogen", ApplianceField::PowerW, 1);
        row("nl aantal", "Naam|Aantal", ApplianceField::Quantity, 1);
        row("nl uren per dag", "Naam|Aantal uren per dag", ApplianceField::HoursPerDay, 1);
        row("nl stand-by", "Naam|Vermogen|Stand-by", ApplianceField::StandbyW, 2);
        row("nl sluimerverbruik", "Naam|Sluimerverbruik (W)", ApplianceField::StandbyW, 1);
        row("nl categorie", "Naam|Categorie", ApplianceField::Category, 1);
        row("nl prioriteit", "Naam|Prioriteit", ApplianceField::Priority, 1);
        row("nl opmerkingen", "Naam|Opmerkingen", ApplianceField::Notes, 1);
        row("en appliance", "Appliance|Power", ApplianceField::Name, 0);
        row("en name", "Name|Qty", ApplianceField::Name, 0);
        row("en qty", "Name|Qty", ApplianceField::Quantity, 1);
        row("en hours per day", "Name|Hours per day", ApplianceField::HoursPerDay, 1);
        row("en standby", "Name|Standby (W)|Power (W)", ApplianceField::StandbyW, 1);
        row("en power", "Name|Standby (W)|Power (W)", ApplianceField::PowerW, 2);
        row("en flexibility", "Name|Flexibility", ApplianceField::Flexibility, 1);
        row("unknown column", "Couleur|Pièce", ApplianceField::Name, -1);
        row("one column, one field", "Appareil", ApplianceField::Notes, -1);
    }

    void guessesColumnNames()
    {
        QFETCH(QString, header);
        QFETCH(int, field);
        QFETCH(int, column);
        const ColumnMapping mapping = guessMapping(header.split(QLatin1Char('|')));
        QCOMPARE(mapping.column(ApplianceField(field)), column);
    }

    void recognisesWords_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key"); // empty: refused
        const auto row = [](const char *kind, const char *text, const char *key) {
            QTest::newRow(
                qPrintable(QString::fromUtf8(kind) + QLatin1Char(' ') + QString::fromUtf8(text)))
                << QString::fromUtf8(kind) << QString::fromUtf8(text) << QString::fromUtf8(key);
        };
        row("priority", "indispensable", "indispensable");
        row("priority", "Onmisbaar", "indispensable");
        row("priority", "utile", "useful");
        row("priority", "NUTTIG", "useful");
        row("priority", "confort", "comfort");
        row("priority", "Comfort", "comfort");
        row("priority", "useful", "useful");
        row("priority", "urgent", "");
        row("category", "it_screens", "it_screens");
        row("category", "Informatique et écrans", "it_screens");
        row("category", "IT en schermen", "it_screens");
        row("category", "Éclairage", "lighting");
        row("category", "Koelen en vriezen", "cold");
        row("category", "Chauffage", "heating_hot_water");
        row("category", "Overig", "other");
        row("category", "Kitchen", "cooking");
        row("category", "couleur", "");
        row("flexibility", "Dans la journée", "within_day");
        row("flexibility", "D'un jour à l'autre", "across_days");
        row("flexibility", "Over dagen heen", "across_days");
        row("flexibility", "pourrait s’en passer", "could_do_without");
        row("flexibility", "could_do_without", "could_do_without");
        row("flexibility", "Geen", "none");
        row("flexibility", "oui", "within_day");
        row("flexibility", "demain peut-être", "");
    }

    void recognisesWords()
    {
        QFETCH(QString, kind);
        QFETCH(QString, text);
        QFETCH(QString, key);
        QString found;
        if (kind == QLatin1String("priority")) {
            if (const auto value = priorityFromWord(text))
                found = wattelier::key(*value);
        } else if (kind == QLatin1String("category")) {
            if (const auto value = categoryFromWord(text))
                found = wattelier::key(*value);
        } else if (const auto value = flexibilityFromWord(text)) {
            found = wattelier::key(*value);
        }
        QCOMPARE(found, key);
    }

    void readsSpreadsheetNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("decimal");
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("value");
        const auto row = [](const char *tag, const QString &text, const char *decimal,
                            CellNumber::Kind kind, double value) {
            QTest::newRow(tag) << text << QString::fromLatin1(decimal) << int(kind) << value;
        };
        row("decimal comma", QStringLiteral("0,5"), ",", CellNumber::Number, 0.5);
        row("space thousands", QStringLiteral("2 000"), ",", CellNumber::Number, 2000);
        row("no-break space thousands", QStringLiteral("1\u00A0200,5"), ",", CellNumber::Number,
            1200.5);
        row("narrow no-break space", QStringLiteral("1\u202F200"), ",", CellNumber::Number, 1200);
        row("point thousands in a comma file", QStringLiteral("1.200"), ",", CellNumber::Number,
            1200);
        row("decimal point in a comma file", QStringLiteral("2.5"), ",", CellNumber::Number, 2.5);
        row("comma thousands", QStringLiteral("2,200"), ".", CellNumber::Number, 2200);
        row("decimal comma in a point file", QStringLiteral("0,75"), ".", CellNumber::Number, 0.75);
        row("both marks", QStringLiteral("1,234.5"), ".", CellNumber::Number, 1234.5);
        row("empty", QString(), ",", CellNumber::Missing, 0);
        row("dash", QStringLiteral("-"), ",", CellNumber::Missing, 0);
        row("words", QStringLiteral("beaucoup"), ",", CellNumber::Invalid, 0);
    }

    void readsSpreadsheetNumbers()
    {
        QFETCH(QString, text);
        QFETCH(QString, decimal);
        QFETCH(int, kind);
        QFETCH(double, value);
        const CellNumber number = parseSpreadsheetNumber(text, decimal.at(0).toLatin1());
        QCOMPARE(int(number.kind), kind);
        QCOMPARE(number.value, value);
    }

    void readsTheExports_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<QString>("decimal");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QList<int>>("lines");
        QTest::addColumn<QString>("lastHeader");
        QTest::addColumn<bool>("decodedAsWindows");
        const QList<int> frenchLines{2, 3, 4, 6, 7, 8, 9}; // line 5 is blank
        QTest::newRow("LibreOffice fr, Windows-1252")
            << test::frenchExport << ";"
            << "," << 7 << frenchLines << "Remarques" << true;
        QTest::newRow("LibreOffice fr, UTF-8 with BOM")
            << test::frenchUtf8Export << ";"
            << "," << 7 << frenchLines << "Remarques" << false;
        // The washing machine's note goes on to line 4.
        QTest::newRow("Google Sheets en")
            << test::englishExport << ","
            << "." << 5 << QList<int>{2, 3, 5, 6, 7} << "Notes" << false;
        QTest::newRow("Excel nl, UTF-16 tabs")
            << test::dutchExport << "\t"
            << "," << 6 << QList<int>{2, 3, 4, 5, 6, 7} << "Opmerkingen" << false;
    }

    void readsTheExports()
    {
        QFETCH(QString, file);
        QFETCH(QString, delimiter);
        QFETCH(QString, decimal);
        QFETCH(int, rows);
        QFETCH(QList<int>, lines);
        QFETCH(QString, lastHeader);
        QFETCH(bool, decodedAsWindows);
        const DelimitedTable table = test::appliancesTable(file);
        QVERIFY2(!table.problem, qPrintable(table.problem ? table.problem->toString() : QString()));
        QCOMPARE(QString(QLatin1Char(table.delimiter)), delimiter);
        QCOMPARE(QString(QLatin1Char(table.decimal)), decimal);
        QCOMPARE(table.records.size(), rows);
        QList<int> found;
        for (const TableRecord &record : table.records)
            found.append(record.line);
        QCOMPARE(found, lines);
        QCOMPARE(table.header.last(), lastHeader);
        QCOMPARE(!table.notes.isEmpty(), decodedAsWindows);
        const ApplianceImport import = buildApplianceImport(table, guessMapping(table.header), 1);
        QVERIFY2(import.canImport(),
                 qPrintable(import.problems().isEmpty() ? QString()
                                                        : import.problems().first().toString()));
    }

    void withoutHeaderTheFirstLineIsData()
    {
        const DelimitedTable table = test::appliancesTable(test::frenchExport, false);
        QVERIFY(table.header.isEmpty());
        QCOMPARE(table.records.size(), 8);
        QCOMPARE(table.records.first().line, 1);
        QCOMPARE(table.columnName(5), QStringLiteral("column F"));
    }

    void guessesTheDecimalMark_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("decimal");
        QTest::newRow("Google Sheets in French: quoted decimal commas")
            << QByteArray("Nom,Puissance,Heures\nBouilloire,2200,\"0,2\"\nLampe,\"7,5\",5\n")
            << ",";
        QTest::newRow("comma file, whole numbers")
            << QByteArray("Name,Power\nKettle,2200\n") << ".";
        QTest::newRow("semicolon file, decimal points")
            << QByteArray("Name;Power;Hours\nKettle;2200;0.2\nLamp;7.5;5\n") << ".";
        QTest::newRow("semicolon file, whole numbers")
            << QByteArray("Nom;Puissance\nFour;2400\n") << ",";
        QTest::newRow("thousands only do not vote")
            << QByteArray("Name;Power;Hours\nOven;2.400;0,5\nKettle;2.200;0,2\nTV;1.500;3.5\n")
            << ",";
    }

    void guessesTheDecimalMark()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, decimal);
        const DelimitedTable table = readDelimitedTable(text, QStringLiteral("list.csv"), true);
        QCOMPARE(QString(QLatin1Char(table.decimal)), decimal);
    }

    void unclosedQuoteRefusesTheFile()
    {
        const DelimitedTable table = readDelimitedTable(
            QByteArrayLiteral("Name;Notes\nFridge;ok\nKettle;\"never closed\nToaster;x\n"),
            QStringLiteral("cut.csv"), true);
        QVERIFY(table.problem);
        QCOMPARE(table.problem->line, 3);
    }
};

QTEST_GUILESS_MAIN(TestApplianceCsv)
#include "tst_appliancecsv.moc"
