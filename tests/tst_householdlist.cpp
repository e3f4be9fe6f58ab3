// SPDX-License-Identifier: GPL-3.0-or-later
// A list of households from a spreadsheet (#23): read with its columns in
// any order and language, refused whole with the line named when a row is
// wrong, added as one undo step in one transaction.

#include "core/workshop.h"
#include "inventory/householdlist.h"
#include "inventory/householdstore.h"
#include "inventory/inventoryeditor.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace wattelier;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(WATTELIER_TEST_DATA "/households/") + QLatin1String(name);
}

Household named(const QString &name)
{
    Household h;
    h.name = name;
    return h;
}

} // namespace

class TestHouseholdList : public QObject
{
    Q_OBJECT

private slots:
    void frenchListFromExcel()
    {
        // Windows-1252, semicolons, CRLF, a blank line, a quoted name with a comma,
        // notes with a semicolon, an EAN written in groups, a column it does not know.
        const auto list = readHouseholdListFile(dataFile("menages-fr.csv"), {});
        QVERIFY2(list, qPrintable(list.error()));
        QCOMPARE(list->households.size(), 3);
        const Household &peeters = list->households.at(0);
        QCOMPARE(peeters.name, QStringLiteral("Famille Peeters"));
        QCOMPARE(peeters.occupants, 5);
        QCOMPARE(peeters.ean, QStringLiteral("541448800000012345"));
        QCOMPARE(peeters.notes, QStringLiteral("Trois ados"));
        QCOMPARE(list->households.at(1).occupants, 1);
        QVERIFY(list->households.at(1).ean.isEmpty());
        const Household &dubois = list->households.at(2);
        QCOMPARE(dubois.name, QStringLiteral("Dubois, Marc et Anaïs"));
        QCOMPARE(dubois.ean, QStringLiteral("541448800000067890"));
        QCOMPARE(dubois.notes, QStringLiteral("Chauffe-eau électrique; télétravail"));
        // The floor column is left out, and the user is told.
        QVERIFY2(list->notes.join(QLatin1Char('|')).contains(QStringLiteral("Étage")),
                 qPrintable(list->notes.join(QLatin1Char('|'))));
    }

    void englishListWithBom()
    {
        const auto list = readHouseholdListFile(dataFile("households-en.csv"), {});
        QVERIFY2(list, qPrintable(list.error()));
        QCOMPARE(list->households.size(), 3);
        QCOMPARE(list->households.at(0).name, QStringLiteral("Apartment 1"));
        QCOMPARE(list->households.at(1).occupants, 1); // empty: one occupant
        QCOMPARE(list->households.at(1).notes, QStringLiteral("south side"));
        QCOMPARE(list->households.at(2).notes, QStringLiteral("moved in\nlast spring"));
        QVERIFY(list->notes.isEmpty());
    }

    void refusedWithTheLine_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected"); // part of the message
        QTest::newRow("no name column")
            << QByteArray("occupants;notes\n2;x\n") << QStringLiteral("line 1");
        QTest::newRow("no header, names only") << QByteArray("Famille Peeters\nSophie Lambert\n")
                                               << QStringLiteral("no column of names");
        QTest::newRow("a row without a name")
            << QByteArray("name,occupants\nA,1\n,3\n") << QStringLiteral("line 3");
        QTest::newRow("occupants not a number")
            << QByteArray("name;occupants\nA;2\nB;deux\n") << QStringLiteral("line 3");
        QTest::newRow("occupants zero")
            << QByteArray("naam;bewoners\nA;0\n") << QStringLiteral("\"0\"");
        QTest::newRow("occupants 2.5")
            << QByteArray("name;occupants\nA;2,5\n") << QStringLiteral("line 2");
        QTest::newRow("EAN too short")
            << QByteArray("name;ean\nA;54144880000001234\n") << QStringLiteral("18 digits");
        QTest::newRow("EAN with a letter")
            << QByteArray("name;ean\nA;54144880000001234X\n") << QStringLiteral("line 2");
        QTest::newRow("the same name twice")
            << QByteArray("name\nA\nB\na\n") << QStringLiteral("line 2");
        QTest::newRow("already in the workshop")
            << QByteArray("name\nB\nExisting home\n") << QStringLiteral("already a household");
        QTest::newRow("two name columns")
            << QByteArray("name;nom\nA;B\n") << QStringLiteral("say the same thing");
        QTest::newRow("header only")
            << QByteArray("name;occupants\n") << QStringLiteral("no household");
        QTest::newRow("quote never closed")
            << QByteArray("name\n\"A\nB\n") << QStringLiteral("list.csv");
    }

    void refusedWithTheLine()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        const auto list = readHouseholdList(csv, QStringLiteral("list.csv"),
                                            {named(QStringLiteral("Existing Home"))});
        QVERIFY(!list);
        QVERIFY2(list.error().contains(QStringLiteral("list.csv")), qPrintable(list.error()));
        QVERIFY2(list.error().contains(expected), qPrintable(list.error()));
    }

    void addedAsOneUndoStep()
    {
        QTemporaryDir dir;
        auto workshop = test::createWorkshop(dir);
        InventoryEditor editor(*workshop);
        QVERIFY(editor.addHousehold(QStringLiteral("First")) > 0); // pseudonym A
        const auto list =
            readHouseholdListFile(dataFile("menages-fr.csv"), workshop->households().all());
        QVERIFY(list);
        const int stepsBefore = workshop->undoStack()->count();
        const auto ids = editor.addHouseholds(list->households);
        QVERIFY2(ids, qPrintable(ids.error()));
        QCOMPARE(ids->size(), 3);
        QCOMPARE(workshop->undoStack()->count(), stepsBefore + 1);
        const QList<Household> all = workshop->households().all();
        QCOMPARE(all.size(), 4);
        // After the others, in the list's order, each with the next pseudonym.
        QCOMPARE(all.at(1).name, QStringLiteral("Famille Peeters"));
        QCOMPARE(all.at(1).pseudonymCode, QStringLiteral("B"));
        QCOMPARE(all.at(3).pseudonymCode, QStringLiteral("D"));
        QCOMPARE(all.at(1).ean, QStringLiteral("541448800000012345"));
        // Kept in the file.
        const QString path = workshop->filePath();
        workshop.reset();
        WorkshopError error;
        workshop = Workshop::open(path, &error);
        QVERIFY(workshop);
        QCOMPARE(workshop->households().get(ids->at(2))->notes,
                 QStringLiteral("Chauffe-eau électrique; télétravail"));
        // One Ctrl+Z takes the whole list back (the undo stack is the session's: add again).
        const auto again = InventoryEditor(*workshop).addHouseholds(
            {named(QStringLiteral("X")), named(QStringLiteral("Y"))});
        QVERIFY(again);
        QCOMPARE(workshop->households().count(), 6);
        workshop->undoStack()->undo();
        QCOMPARE(workshop->households().count(), 4);
        workshop->undoStack()->redo();
        QCOMPARE(workshop->households().count(), 6);
    }

    void aFailedWriteAddsNone()
    {
        QTemporaryDir dir;
        auto workshop = test::createWorkshop(dir);
        QVERIFY(InventoryEditor(*workshop).addHousehold(QStringLiteral("First")) > 0);
        // The third insert fails (a trigger stands for a full disk): none of the list stays.
        QSqlQuery q(workshop->database());
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TRIGGER refuse_c BEFORE INSERT ON households WHEN NEW.name = 'C' "
            "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        const auto ids = InventoryEditor(*workshop).addHouseholds(
            {named(QStringLiteral("A")), named(QStringLiteral("B")), named(QStringLiteral("C"))});
        QVERIFY(!ids);
        QVERIFY2(ids.error().contains(QStringLiteral("disk full")), qPrintable(ids.error()));
        QCOMPARE(workshop->households().count(), 1);
        QCOMPARE(workshop->households().all().size(), 1);
        QCOMPARE(workshop->undoStack()->count(), 1); // only the first addition
    }

    void eanCodes()
    {
        QCOMPARE(eanCode(QString()), std::optional<QString>(QString()));
        QCOMPARE(eanCode(QStringLiteral(" 5414 4880.0000-0123 45 ")),
                 std::optional<QString>(QStringLiteral("541448800000012345")));
        QVERIFY(!eanCode(QStringLiteral("5414488000000123456")));    // 19 digits
        QVERIFY(!eanCode(QStringLiteral("EAN 541448800000012345"))); // words
        QVERIFY(!eanCode(QStringLiteral("٥٤١٤٤٨٨٠٠٠٠٠٠١٢٣٤٥٦٧")));   // other digits
    }
};

QTEST_GUILESS_MAIN(TestHouseholdList)
#include "tst_householdlist.moc"
