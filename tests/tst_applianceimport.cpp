// SPDX-License-Identifier: GPL-3.0-or-later
// Importing an appliance list from a spreadsheet export (#9, item 5): the
// exports of LibreOffice (French), Google Sheets (English) and Excel (Dutch),
// the guessed column mapping, the catalogue's typical values, errors naming
// the exact line, and an import that is all or nothing and one undo step.

#include "appliancefixtures.h"
#include "core/enumkeys.h"
#include "core/workshop.h"
#include "inventory/applianceimport/appliancecsv.h"
#include "inventory/applianceimport/applianceimport.h"
#include "inventory/applianceimport/applianceimportmodel.h"
#include "inventory/appliancestore.h"
#include "inventory/inventoryeditor.h"
#include "testsupport.h"

#include <QBrush>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace wattelier;

namespace {

ApplianceImport importOf(const QString &name, qint64 householdId = 1)
{
    const DelimitedTable table = test::appliancesTable(name);
    return buildApplianceImport(table, guessMapping(table.header), householdId);
}

const ImportedAppliance *rowNamed(const ApplianceImport &import, const QString &name)
{
    for (const ImportedAppliance &row : import.rows) {
        if (row.appliance.name == name)
            return &row;
    }
    return nullptr;
}

QStringList names(const QList<Appliance> &appliances)
{
    QStringList list;
    for (const Appliance &a : appliances)
        list.append(a.name);
    return list;
}

} // namespace

class TestApplianceImport : public QObject
{
    Q_OBJECT

private:
    wattelier::test::WorkshopFiles mFiles;
    std::unique_ptr<Workshop> mWorkshop;
    qint64 mHousehold = 7; // any id, for the tests that write nothing

    // Only the tests that write get a workshop file: creating one per data row is slow.
    bool openWorkshop()
    {
        mWorkshop = mFiles.create(QStringLiteral("import"));
        if (mWorkshop)
            mHousehold = InventoryEditor(*mWorkshop).addHousehold(QStringLiteral("Ana Costa"), 2);
        return mHousehold > 0 && mWorkshop;
    }

private slots:
    void cleanup() { mWorkshop.reset(); }

    void importsValues_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("keys"); // category priority flexibility usage
        QTest::addColumn<int>("quantity");
        QTest::addColumn<double>("power");
        QTest::addColumn<double>("standby");      // -1: none
        QTest::addColumn<QList<double>>("usage"); // hours, days; or cycles, kWh
        QTest::addColumn<QString>("catalogueKey");
        QTest::addColumn<QString>("notes");
        using L = QList<double>;
        const auto s = [](const char *text) { return QString::fromUtf8(text); };
        for (const QString &file : {test::frenchExport, test::frenchUtf8Export}) {
            const QByteArray f = file.toUtf8();
            QTest::addRow("%s Frigo, from the catalogue", f.constData())
                << file << s("Frigo") << 2 << s("cold indispensable none hours") << 1 << 70.0
                << -1.0 << L{6.8, 7} << s("fridge") << s("Acheté en 2012");
            QTest::addRow("%s Lave-linge", f.constData())
                << file << s("Lave-linge") << 3 << s("washing indispensable within_day cycles") << 1
                << 2000.0 << 0.5 << L{3, 0.9} << s("washing_machine") << s("Programme éco 40°");
            QTest::addRow("%s Télévision salon", f.constData())
                << file << s("Télévision salon") << 4 << s("it_screens comfort none hours") << 1
                << 95.0 << 0.8 << L{4.5, 7} << s("tv_led_40_50") << QString();
            QTest::addRow("%s Lampes LED, no catalogue entry", f.constData())
                << file << s("Lampes LED séjour") << 6 << s("lighting indispensable none hours")
                << 6 << 7.5 << -1.0 << L{5, 7} << QString() << QString();
            QTest::addRow("%s Four, no-break space", f.constData())
                << file << s("Four") << 7 << s("cooking useful across_days cycles") << 1 << 2400.0
                << -1.0 << L{2, 1.1} << s("electric_oven") << QString();
            QTest::addRow("%s Radiateur, quoted ;", f.constData())
                << file << s("Radiateur d'appoint") << 9
                << s("heating_hot_water comfort could_do_without hours") << 2 << 1200.5 << -1.0
                << L{2, 3} << s("oil_heater") << s("Salle de bains, l’hiver ; œil ouvert");
        }
        QTest::newRow("en fridge-freezer")
            << test::englishExport << s("Fridge-freezer") << 2 << s("cold indispensable none hours")
            << 1 << 100.0 << -1.0 << L{9.5, 7} << s("fridge_freezer") << s("Kitchen, bought 2015");
        QTest::newRow("en washing machine, two-line note")
            << test::englishExport << s("Washing machine") << 3
            << s("washing useful within_day cycles") << 1 << 2000.0 << 1.2 << L{4, 0.9}
            << s("washing_machine") << s("Runs at 40 °C\nusually on Saturday");
        QTest::newRow("en laptop, comma in name")
            << test::englishExport << s("Laptop, work") << 5
            << s("it_screens useful within_day hours") << 2 << 45.0 << 0.5 << L{8, 5} << s("laptop")
            << QString();
        QTest::newRow("en kettle, doubled quotes")
            << test::englishExport << s("Electric kettle") << 6
            << s("cooking comfort could_do_without hours") << 1 << 2200.0 << -1.0 << L{0.15, 7}
            << s("kettle") << s("She said \"only for tea\"");
        QTest::newRow("en dishwasher")
            << test::englishExport << s("Dishwasher") << 7 << s("washing useful across_days cycles")
            << 1 << 1800.0 << -1.0 << L{3, 1.05} << s("dishwasher") << QString();
        QTest::newRow("nl koelkast")
            << test::dutchExport << s("Koelkast") << 2 << s("cold indispensable none hours") << 1
            << 85.0 << 0.0 << L{8, 7} << s("fridge") << s("Keuken");
        QTest::newRow("nl wasmachine, hours win")
            << test::dutchExport << s("Wasmachine") << 3 << s("washing useful within_day hours")
            << 1 << 2000.0 << 1.5 << L{1.5, 3} << s("washing_machine") << QString();
        QTest::newRow("nl fiets") << test::dutchExport << s("Elektrische fiets") << 6
                                  << s("mobility useful across_days hours") << 2 << 250.0 << -1.0
                                  << L{2, 2} << s("e_bike_charger") << s("Laden in de garage");
        QTest::newRow("nl stofzuiger, point thousands")
            << test::dutchExport << s("Stofzuiger") << 7 << s("other useful could_do_without hours")
            << 1 << 1200.0 << -1.0 << L{0.5, 2} << s("vacuum_cleaner") << QString();
    }

    void importsValues()
    {
        QFETCH(QString, file);
        QFETCH(QString, name);
        QFETCH(int, line);
        QFETCH(QString, keys);
        QFETCH(int, quantity);
        QFETCH(double, power);
        QFETCH(double, standby);
        QFETCH(QList<double>, usage);
        QFETCH(QString, catalogueKey);
        QFETCH(QString, notes);
        const ApplianceImport import = importOf(file, mHousehold);
        const ImportedAppliance *row = rowNamed(import, name);
        QVERIFY2(row, qPrintable(name));
        QVERIFY2(row->ok(), qPrintable(row->problems.join(QLatin1Char(' '))));
        QCOMPARE(row->line, line);
        const Appliance &a = row->appliance;
        QCOMPARE(a.householdId, mHousehold);
        QCOMPARE(
            QStringList({key(a.category), key(a.priority), key(a.flexibility), key(a.usageMode)})
                .join(QLatin1Char(' ')),
            keys);
        QCOMPARE(a.quantity, quantity);
        QCOMPARE(a.powerW, power);
        QCOMPARE(a.standbyW.value_or(-1.0), standby);
        if (a.usageMode == UsageMode::Hours)
            QCOMPARE((QList<double>{a.hoursPerDay, a.daysPerWeek}), usage);
        else
            QCOMPARE((QList<double>{a.cyclesPerWeek, a.kwhPerCycle}), usage);
        QCOMPARE(a.catalogueKey, catalogueKey);
        QCOMPARE(a.notes, notes);
    }

    void catalogueFillsWhatTheFileLeavesOut()
    {
        // The fridge's empty power and hours cells: typical values, marked as such.
        const ApplianceImport french = importOf(test::frenchExport);
        const ImportedAppliance *frigo = rowNamed(french, QStringLiteral("Frigo"));
        QVERIFY(frigo);
        QVERIFY(frigo->typicalFields.contains(ApplianceField::PowerW));
        QVERIFY(frigo->typicalFields.contains(ApplianceField::HoursPerDay));
        QVERIFY(!frigo->typicalFields.contains(ApplianceField::Category));      // "Froid" was given
        QVERIFY(!frigo->typicalFields.contains(ApplianceField::CyclesPerWeek)); // not used

        // Power and hours not mapped at all: the catalogue, or neutral defaults.
        const DelimitedTable table = test::appliancesTable(test::dutchExport);
        ColumnMapping mapping = guessMapping(table.header);
        mapping.setColumn(ApplianceField::PowerW, -1);
        mapping.setColumn(ApplianceField::HoursPerDay, -1);
        mapping.setColumn(ApplianceField::Category, -1);
        mapping.setColumn(ApplianceField::Priority, -1);
        const ApplianceImport import = buildApplianceImport(table, mapping, mHousehold);
        QVERIFY(import.canImport());
        const Appliance koelkast = rowNamed(import, QStringLiteral("Koelkast"))->appliance;
        QCOMPARE(koelkast.catalogueKey, QStringLiteral("fridge"));
        QCOMPARE(koelkast.powerW, 70.0);
        QCOMPARE(koelkast.hoursPerDay, 6.8);
        QCOMPARE(koelkast.category, Category::Cold);
        const Appliance lampen = rowNamed(import, QStringLiteral("Spaarlampen"))->appliance;
        QCOMPARE(lampen.catalogueKey, QString());
        QCOMPARE(lampen.category, Category::Other);
        QCOMPARE(lampen.priority, Priority::Useful);
        QCOMPARE(lampen.flexibility, Flexibility::None); // "Geen" in the file
        QCOMPARE(lampen.quantity, 8);
        QCOMPARE(lampen.powerW, 0.0);
    }

    void problemsNameTheLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("words");
        QTest::addColumn<int>("goodRows");
        // Line 3's note goes on to line 4: the bad power is on physical line 5.
        QTest::newRow("power not a number") << QStringLiteral("broken-power.csv") << 5
                                            << QStringLiteral("“beaucoup” in column “Puissance "
                                                              "(W)” is not a number.")
                                            << 3;
        QTest::newRow("missing name") << QStringLiteral("broken-missing-name.csv") << 3
                                      << QStringLiteral("An appliance needs a name.") << 2;
        QTest::newRow("unknown priority")
            << QStringLiteral("broken-unknown-priority.csv") << 4
            << QStringLiteral(
                   "“dringend” is not a priority; use one of: indispensable, useful, comfort.")
            << 2;
        QTest::newRow("empty file")
            << QStringLiteral("empty.csv") << 0 << QStringLiteral("the file is empty") << 0;
        QTest::newRow("header only")
            << QStringLiteral("header-only.csv") << 0
            << QStringLiteral("there is no appliance under the header") << 0;
    }

    void problemsNameTheLine()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QString, words);
        QFETCH(int, goodRows);
        const ApplianceImport import = importOf(file, mHousehold);
        QVERIFY(!import.canImport());
        const QList<ImportProblem> problems = import.problems();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().file, file);
        QCOMPARE(problems.first().line, line);
        QCOMPARE(problems.first().message, words);
        const QString text = problems.first().toString();
        QVERIFY2(text.startsWith(line > 0 ? QStringLiteral("%1, line %2: ").arg(file).arg(line)
                                          : file + QStringLiteral(": ")),
                 qPrintable(text));
        QCOMPARE(std::count_if(import.rows.cbegin(), import.rows.cend(),
                               [](const ImportedAppliance &row) { return row.ok(); }),
                 goodRows);
    }

    void valuesAreCheckedAsWhenTyped_data()
    {
        QTest::addColumn<QString>("cells"); // under "Naam;Aantal;Vermogen;Uren per dag"
        QTest::addColumn<QString>("problem");
        QTest::newRow("30 hours a day")
            << QStringLiteral("Koelkast;1;85;30")
            << QStringLiteral("Hours per day must be between 0 and 24: “30” in column “Uren per "
                              "dag”.");
        QTest::newRow("half a fridge")
            << QStringLiteral("Koelkast;1,5;85;8")
            << QStringLiteral("The quantity must be a whole number from 1 to 1000: “1,5” in "
                              "column “Aantal”.");
        QTest::newRow("negative power")
            << QStringLiteral("Koelkast;1;-85;8")
            << QStringLiteral("The power must be between 0 and 50,000 W: “-85” in column "
                              "“Vermogen”.");
        QTest::newRow("power in kW") << QStringLiteral("Oven;1;2,4 kW;1") << QString();
    }

    void valuesAreCheckedAsWhenTyped()
    {
        QFETCH(QString, cells);
        QFETCH(QString, problem);
        const DelimitedTable table = readDelimitedTable(
            QStringLiteral("Naam;Aantal;Vermogen;Uren per dag\n%1\n").arg(cells).toUtf8(),
            QStringLiteral("lijst.csv"), true);
        const ApplianceImport import =
            buildApplianceImport(table, guessMapping(table.header), mHousehold);
        QCOMPARE(import.rows.size(), 1);
        QCOMPARE(import.rows.first().problems.join(QLatin1Char(' ')), problem);
        if (problem.isEmpty())
            QCOMPARE(import.rows.first().appliance.powerW, 2400.0);
    }

    void nothingIsWrittenWhenOneLineIsBad()
    {
        QVERIFY(openWorkshop());
        InventoryEditor(*mWorkshop).addAppliance(wattelier::test::sampleAppliance(mHousehold));
        const int undoSteps = mWorkshop->undoStack()->count();
        const ApplianceImport import = importOf(QStringLiteral("broken-power.csv"), mHousehold);
        QCOMPARE(import.rows.size(), 4);
        QCOMPARE(applyApplianceImport(*mWorkshop, import), 0);
        QCOMPARE(mWorkshop->appliances().forHousehold(mHousehold).size(), 1);
        QCOMPARE(mWorkshop->undoStack()->count(), undoSteps);
    }

    void oneUndoStepRemovesTheWholeImport()
    {
        QVERIFY(openWorkshop());
        InventoryEditor(*mWorkshop).addAppliance(wattelier::test::sampleAppliance(mHousehold));
        QUndoStack *stack = mWorkshop->undoStack();
        const int undoSteps = stack->count();
        const ApplianceImport import = importOf(test::englishExport, mHousehold);
        QCOMPARE(applyApplianceImport(*mWorkshop, import), 5);
        QCOMPARE(stack->count(), undoSteps + 1);
        QCOMPARE(stack->undoText(),
                 QStringLiteral("Import 5 appliance(s) from %1").arg(test::englishExport));
        const QStringList imported{QStringLiteral("Fridge-freezer"),
                                   QStringLiteral("Washing machine"),
                                   QStringLiteral("Laptop, work"),
                                   QStringLiteral("Electric kettle"), QStringLiteral("Dishwasher")};
        QList<Appliance> stored = mWorkshop->appliances().forHousehold(mHousehold);
        // After what was there, in the file's order.
        QCOMPARE(names(stored), QStringList{QStringLiteral("Fridge")} + imported);
        for (int i = 1; i < stored.size(); ++i)
            QVERIFY(stored.at(i).position > stored.at(i - 1).position);
        QCOMPARE(stored.at(2).notes, QStringLiteral("Runs at 40 °C\nusually on Saturday"));

        stack->undo();
        QCOMPARE(names(mWorkshop->appliances().forHousehold(mHousehold)),
                 QStringList{QStringLiteral("Fridge")});
        stack->redo();
        stored = mWorkshop->appliances().forHousehold(mHousehold);
        QCOMPARE(names(stored), QStringList{QStringLiteral("Fridge")} + imported);
        QCOMPARE(stored.at(3).quantity, 2);
    }

    void previewFlagsTheBadLines()
    {
        ApplianceImportModel model;
        model.setImport(importOf(QStringLiteral("broken-power.csv"), mHousehold));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(),
                 ApplianceImportModel::FirstFieldColumn + int(importableFields().size()));
        QCOMPARE(
            model.headerData(ApplianceImportModel::FirstFieldColumn + 5, Qt::Horizontal).toString(),
            QStringLiteral("Power (W)"));
        QList<int> flagged;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data(ApplianceImportModel::HasProblemRole).toBool())
                flagged.append(model.index(row, 0).data(ApplianceImportModel::LineRole).toInt());
        }
        QCOMPARE(flagged, QList<int>{5});
        const QModelIndex status = model.index(2, ApplianceImportModel::StatusColumn);
        QVERIFY(status.data().toString().contains(QStringLiteral("beaucoup")));
        QVERIFY(status.data(Qt::ForegroundRole).value<QBrush>().color().red() > 150);
        QVERIFY(
            !model.index(0, ApplianceImportModel::StatusColumn).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(0, ApplianceImportModel::LineColumn).data().toInt(), 2);
        // The fridge's empty category comes from the catalogue.
        const int category = ApplianceImportModel::FirstFieldColumn + 1;
        QVERIFY(model.index(0, category).data(ApplianceImportModel::TypicalValueRole).toBool());
        QCOMPARE(model.index(0, category).data().toString(), QStringLiteral("Cold"));
    }
};

QTEST_GUILESS_MAIN(TestApplianceImport)
#include "tst_applianceimport.moc"
