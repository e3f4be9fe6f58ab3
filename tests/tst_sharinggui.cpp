// SPDX-License-Identifier: GPL-3.0-or-later
// The Sharing page (#22), driven like a facilitator would: the demo's three
// keys side by side, a new key made with the keyboard that gives one household
// everything (Gini of the kWh shared (n − 1) / n, by hand), undo, and a group
// too small for a spread.

#include "core/workshop.h"
#include "inventory/inventoryeditor.h"
#include "sharing/sharingcomparisonmodel.h"
#include "sharing/sharingmemberstable.h"
#include "sharing/sharingpage.h"
#include "sharing/sharingscenariostore.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QListWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <qcustomplot.h>

using namespace wattelier;

namespace {

double figure(const ui::SharingPage &page, int row, int column)
{
    SharingComparisonModel *model = page.comparison();
    return model->data(model->index(row, column), Qt::EditRole).toDouble();
}

} // namespace

class TestSharingGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void demoKeysAndANewOne()
    {
        QTemporaryDir dir;
        auto workshop = test::openDemoWorkshop(dir);
        ui::SharingPage page(*workshop);
        page.resize(1366, 768);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QApplication::setActiveWindow(&page);
        page.rebuild();
        QCOMPARE(page.scenarioList()->count(), 3);
        QCOMPARE(page.comparison()->columnCount(), 3);
        QCOMPARE(page.comparison()->rowCount(), int(SharingComparisonModel::RowCount));
        // Equal shares in one round leave sun unused that pro rata shares.
        QVERIFY(figure(page, SharingComparisonModel::SharedRow, 0) <
                figure(page, SharingComparisonModel::SharedRow, 1));
        // Household C first, for free: some of what is shared reaches it.
        QVERIFY(figure(page, SharingComparisonModel::SolidarityRow, 2) > 0);
        QVERIFY(page.gainsPlot()->isVisible());
        QCOMPARE(page.gainsPlot()->plottableCount(), 1);
        // Names hidden: the members' table shows pseudonyms only.
        for (int row = 0; row < page.membersTable()->rowCount(); ++row)
            QVERIFY(
                page.membersTable()->item(row, 0)->text().startsWith(QStringLiteral("Household")));

        // A new key with the keyboard: Insert, fixed shares, 100 % to the first household.
        page.scenarioList()->setFocus();
        QTest::keyClick(page.scenarioList(), Qt::Key_Insert);
        QCOMPARE(workshop->sharingScenarios().all().size(), 4);
        QCOMPARE(page.scenarioList()->currentRow(), 3);
        page.methodBox()->setFocus();
        page.methodBox()->setCurrentIndex(-1);
        QTest::keyClick(page.methodBox(), Qt::Key_Home); // the first: fixed shares
        QCOMPARE(workshop->sharingScenarios().all().last().method, SharingMethod::Fixed);
        page.membersTable()->item(0, 1)->setText(QStringLiteral("100"));
        const SharingScenario stored = workshop->sharingScenarios().all().last();
        QCOMPARE(stored.sharePercent.size(), 1);
        QCOMPARE(stored.sharePercent.first(), 100.0);
        page.rebuild();
        // One household takes all that is shared: Gini = (n − 1) / n = 17 / 18.
        QVERIFY2(std::abs(figure(page, SharingComparisonModel::GiniKwhRow, 3) - 17.0 / 18) < 1e-9,
                 qPrintable(QString::number(figure(page, SharingComparisonModel::GiniKwhRow, 3))));
        QCOMPARE(figure(page, SharingComparisonModel::WithoutGainRow, 3), 17.0);

        // The same key made a priority key, then household B given level 1: the
        // method is saved before anyone has a level (everyone pro rata until then).
        const int cascade = page.methodBox()->findData(int(SharingMethod::Cascade));
        page.methodBox()->setCurrentIndex(cascade);
        emit page.methodBox()->activated(cascade);
        QCOMPARE(workshop->sharingScenarios().all().last().method, SharingMethod::Cascade);
        ui::SharingMembersTable *table = page.membersTable();
        const int level = ui::SharingMembersTable::LevelColumn;
        QVERIFY(!table->isColumnHidden(level));
        QVERIFY(table->isColumnHidden(ui::SharingMembersTable::ShareColumn)); // pro rata levels
        const auto idAt = [table](int row) {
            return table->item(row, 0)->data(Qt::UserRole).toLongLong();
        };
        table->item(1, level)->setText(QStringLiteral("1"));
        const auto priority = [&workshop] {
            return workshop->sharingScenarios().all().last().priority;
        };
        QCOMPARE(priority(), QList<QList<qint64>>{{idAt(1)}});
        // C on the same level, A on the next: levels by number, the table's order within.
        table->item(2, level)->setText(QStringLiteral("1"));
        table->item(0, level)->setText(QStringLiteral("2"));
        QCOMPARE(priority(), (QList<QList<qint64>>{{idAt(1), idAt(2)}, {idAt(0)}}));
        QStringList problems;
        connect(&page, &ui::WorkshopPane::problem, this,
                [&problems](const QString &text) { problems << text; });
        table->item(3, level)->setText(QStringLiteral("first"));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(priority().size(), 2);
        // Within a level by the shares: the shares column and the rounds come back.
        const int byShares = page.levelSplitBox()->findData(int(SharingMethod::Fixed));
        QVERIFY(page.levelSplitBox()->isEnabled());
        page.levelSplitBox()->setCurrentIndex(byShares);
        emit page.levelSplitBox()->activated(byShares);
        QCOMPARE(workshop->sharingScenarios().all().last().levelSplit, SharingMethod::Fixed);
        QVERIFY(!table->isColumnHidden(ui::SharingMembersTable::ShareColumn));
        QVERIFY(page.roundsBox()->isEnabled());
        for (int step = 0; step < 5; ++step) // the split, three levels, the method
            workshop->undoStack()->undo();
        QCOMPARE(workshop->sharingScenarios().all().last().method, SharingMethod::Fixed);

        // Undo the share, then the method, then the key itself.
        workshop->undoStack()->undo();
        QVERIFY(workshop->sharingScenarios().all().last().sharePercent.isEmpty());
        QTRY_COMPARE(page.membersTable()->item(0, 1)->text(), QString());
        workshop->undoStack()->undo();
        workshop->undoStack()->undo();
        QCOMPARE(workshop->sharingScenarios().all().size(), 3);
        QTRY_COMPARE(page.scenarioList()->count(), 3);
    }

    // A member's own local price typed in its row (0: for free), a typo refused
    // with the saved value back, undo; each member's role; a household made
    // another participant shows as one.
    void aMembersOwnPriceAndRole()
    {
        QTemporaryDir dir;
        auto workshop = test::openDemoWorkshop(dir);
        ui::SharingPage page(*workshop);
        page.resize(1366, 768);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.scenarioList()->setCurrentRow(1); // pro rata
        page.rebuild();
        ui::SharingMembersTable *table = page.membersTable();
        QVERIFY(!table->isColumnHidden(ui::SharingMembersTable::LocalPriceColumn));
        // Every demo household takes from the grid; some have panels of their own.
        QStringList roles;
        for (int row = 0; row < table->rowCount(); ++row)
            roles << table->item(row, ui::SharingMembersTable::RoleColumn)->text();
        QVERIFY2(!roles.contains(QString()), qPrintable(roles.join(QLatin1Char('|'))));
        QVERIFY(roles.contains(QStringLiteral("Takes")));

        const qint64 first = table->item(0, 0)->data(Qt::UserRole).toLongLong();
        const qint64 keyId = workshop->sharingScenarios().all().at(1).id;
        table->item(0, ui::SharingMembersTable::LocalPriceColumn)->setText(QStringLiteral("0"));
        QCOMPARE(workshop->sharingScenarios().get(keyId)->localPrices,
                 (QMap<qint64, double>{{first, 0.0}}));

        QStringList problems;
        connect(&page, &ui::WorkshopPane::problem, this,
                [&problems](const QString &text) { problems << text; });
        table->item(1, ui::SharingMembersTable::LocalPriceColumn)->setText(QStringLiteral("cheap"));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(QStringLiteral("cheap")));
        QCOMPARE(workshop->sharingScenarios().get(keyId)->localPrices.size(), 1);
        QTRY_COMPARE(table->item(1, ui::SharingMembersTable::LocalPriceColumn)->text(), QString());
        workshop->undoStack()->undo();
        QVERIFY(workshop->sharingScenarios().get(keyId)->localPrices.isEmpty());
        QTRY_COMPARE(table->item(0, ui::SharingMembersTable::LocalPriceColumn)->text(), QString());

        QVERIFY(InventoryEditor(*workshop)
                    .editHousehold(first, HouseholdField::Kind, QStringLiteral("participant"))
                    .isEmpty());
        QTRY_COMPARE(table->item(0, 0)->text(), QStringLiteral("Participant A"));
        workshop->undoStack()->undo();
        QTRY_COMPARE(table->item(0, 0)->text(), QStringLiteral("Household A"));
    }

    // Three households: the group's figures only, no spread to point at anyone.
    void aSmallGroupSeesTheGroupOnly()
    {
        QTemporaryDir dir;
        auto workshop = test::createWorkshop(dir);
        for (const char *name : {"Ana", "Wim", "Léa"})
            InventoryEditor(*workshop).addHousehold(QString::fromUtf8(name), 2);
        SharingScenario key;
        key.name = QStringLiteral("Pro rata");
        QVERIFY(workshop->sharingScenarios().insert(key) > 0);
        ui::SharingPage page(*workshop);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.rebuild();
        QCOMPARE(page.comparison()->columnCount(), 1);
        QCOMPARE(page.comparison()->rowCount(), int(SharingComparisonModel::GiniKwhRow));
        QVERIFY(!page.gainsPlot()->isVisible());
    }
};

QTEST_MAIN(TestSharingGui)
#include "tst_sharinggui.moc"
