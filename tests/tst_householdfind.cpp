// SPDX-License-Identifier: GPL-3.0-or-later
// Finding a household among 194 (#23): the list narrows to what is typed,
// and only to what is on screen, so a name never leads to its pseudonym.
// The 194 come from a spreadsheet's list, imported as one undo step. The
// panel's other fields: the EAN code, and what a member is (#22).

#include "guisupport.h"
#include "inventory/householdlistmodel.h"
#include "inventory/householdpanel.h"
#include "inventory/householdstore.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace wattelier;
using namespace wattelier::ui;

namespace {

int visibleRows(const QTableView *table)
{
    int visible = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        visible += table->isRowHidden(row) ? 0 : 1;
    return visible;
}

} // namespace

class TestHouseholdFind : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::prepareGuiTest(); }

    void importAListOf194()
    {
        QTemporaryDir dir;
        auto workshop = test::createWorkshop(dir);
        QByteArray csv = "Nom;Occupants;Code EAN\n";
        for (int i = 0; i < 194; ++i)
            csv += "Appartement " + QByteArray::number(i + 1) + ';' +
                   QByteArray::number(1 + i % 4) + ";\n";
        const QString path = dir.filePath(QStringLiteral("volta.csv"));
        test::writeFile(path, csv);
        HouseholdPanel panel(*workshop);
        panel.resize(400, 700);
        QVERIFY(test::showAndActivate(panel));
        QSignalSpy said(&panel, &HouseholdPanel::statusMessage);
        QCOMPARE(panel.importList(path), 194);
        QCOMPARE(panel.tableView()->model()->rowCount(), 194);
        QVERIFY2(said.last().first().toString().contains(QStringLiteral("194")),
                 qPrintable(said.last().first().toString()));
        // Again: every name is already there, nothing is added, the line is named.
        QSignalSpy refused(&panel, &HouseholdPanel::problem);
        QCOMPARE(panel.importList(path), 0);
        QVERIFY(refused.last().first().toString().contains(QStringLiteral("volta.csv, line 2")));
        QCOMPARE(panel.tableView()->model()->rowCount(), 194);
        // One Ctrl+Z takes the list back.
        workshop->undoStack()->undo();
        QCOMPARE(panel.tableView()->model()->rowCount(), 0);
    }

    void eanCodeFollowsTheNames()
    {
        QTemporaryDir dir;
        auto workshop = test::createWorkshop(dir);
        Household h;
        h.name = QStringLiteral("Famille Peeters");
        const qint64 id = workshop->households().insert(h);
        HouseholdPanel panel(*workshop);
        panel.resize(400, 700);
        QVERIFY(test::showAndActivate(panel));
        panel.selectHousehold(id);
        QLineEdit *ean = panel.eanField();
        // Names hidden: the code is hidden too, and cannot be typed over.
        QVERIFY(!ean->isEnabled());
        workshop->setShowNames(true);
        QVERIFY(ean->isEnabled());
        QSignalSpy refused(&panel, &HouseholdPanel::problem);
        ean->setFocus();
        QTest::keyClicks(ean, QStringLiteral("5414 4880"));
        QTest::keyClick(ean, Qt::Key_Return);
        QCOMPARE(refused.size(), 1); // 8 digits: refused, nothing kept
        QVERIFY(workshop->households().get(id)->ean.isEmpty());
        ean->clear();
        QTest::keyClicks(ean, QStringLiteral("5414 4880 0000 0123 45"));
        QTest::keyClick(ean, Qt::Key_Return);
        QCOMPARE(workshop->households().get(id)->ean, QStringLiteral("541448800000012345"));
        QCOMPARE(ean->text(), QStringLiteral("541448800000012345"));
        workshop->undoStack()->undo();
        QVERIFY(workshop->households().get(id)->ean.isEmpty());
        workshop->setShowNames(false);
        QVERIFY(ean->text().isEmpty());
    }

    // A member made another participant with the keyboard (an association): its
    // pseudonym says so, undo makes it a household again.
    void anotherParticipant()
    {
        QTemporaryDir dir;
        auto workshop = test::createWorkshop(dir);
        Household h;
        h.name = QStringLiteral("Les Amis du Parc");
        const qint64 id = workshop->households().insert(h);
        HouseholdPanel panel(*workshop);
        panel.resize(400, 700);
        QVERIFY(test::showAndActivate(panel));
        panel.selectHousehold(id);
        QComboBox *kind = panel.kindBox();
        QVERIFY(kind->isEnabled()); // not hidden with the names: the pseudonym tells it
        QCOMPARE(kind->currentData().toString(), QStringLiteral("household"));
        kind->setFocus();
        QTest::keyClick(kind, Qt::Key_Down);
        QCOMPARE(workshop->households().get(id)->kind, HouseholdKind::OtherParticipant);
        QCOMPARE(panel.tableView()
                     ->model()
                     ->index(0, HouseholdListModel::PseudonymColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Participant A"));
        workshop->undoStack()->undo();
        QCOMPARE(workshop->households().get(id)->kind, HouseholdKind::Home);
        QCOMPARE(kind->currentData().toString(), QStringLiteral("household"));
    }

    void findAmong194()
    {
        QTemporaryDir dir;
        auto workshop = test::createWorkshop(dir);
        QVERIFY(workshop->runWrites([&] {
            for (int i = 0; i < 194; ++i) {
                Household h;
                h.name = QStringLiteral("Home %1").arg(i + 1);
                h.pseudonymCode = pseudonymCode(i);
                if (workshop->households().insert(h) == 0)
                    return false;
            }
            return true;
        }));
        HouseholdPanel panel(*workshop);
        panel.resize(400, 700);
        QVERIFY(test::showAndActivate(panel));
        QTableView *table = panel.tableView();
        QCOMPARE(visibleRows(table), 194);

        // Names on: "17" is in Home 17, Home 117 and Home 170 to 179.
        workshop->setShowNames(true);
        QTest::keyClicks(panel.findField(), QStringLiteral("17"));
        QCOMPARE(visibleRows(table), 12);
        QTest::keyClick(panel.findField(), Qt::Key_Return);
        QVERIFY(table->hasFocus());
        QCOMPARE(panel.currentHouseholdId(),
                 workshop->households().all().at(16).id); // Home 17, the first shown

        // Names off: the same text finds nothing, since no pseudonym holds it.
        workshop->setShowNames(false);
        QCOMPARE(visibleRows(table), 0);
        // "Household G" and "Household GA" to "GL" (codes 182 to 193).
        panel.findField()->setText(QStringLiteral("household g"));
        QCOMPARE(visibleRows(table), 13);
        panel.findField()->clear();
        QCOMPARE(visibleRows(table), 194);
    }
};

QTEST_MAIN(TestHouseholdFind)
#include "tst_householdfind.moc"
