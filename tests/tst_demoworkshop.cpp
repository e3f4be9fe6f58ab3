// SPDX-License-Identifier: GPL-3.0-or-later
// The demo workshop (#2): 18 fictional households with plausible inventories,
// labelled as example data, the same on every run.

#include "core/workshop.h"
#include "demo/demoworkshop.h"
#include "inventory/appliancestore.h"
#include "inventory/catalogue.h"
#include "inventory/householdstore.h"
#include "inventory/inventoryjson.h"
#include "inventory/inventorytotals.h"
#include "testsupport.h"
#include "wattmeter/comparison.h"
#include "wattmeter/wattmeterreadingstore.h"
#include "wattmeter/wattmeterstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace wattelier;

class TestDemoWorkshop : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir mDir;

    std::unique_ptr<Workshop> writeAndOpen(const QString &name)
    {
        const QString path = mDir.filePath(name);
        WorkshopError error;
        if (!writeDemoWorkshop(path, Catalogue::builtIn(), &error)) {
            qWarning("%s", qPrintable(error.message));
            return nullptr;
        }
        return Workshop::open(path, &error);
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void eighteenPlausibleHouseholds()
    {
        auto workshop = writeAndOpen(QStringLiteral("demo.wattelier"));
        QVERIFY(workshop);
        QVERIFY(workshop->name().contains(QStringLiteral("example data")));
        QCOMPARE(workshop->info(QStringLiteral("demo")), QStringLiteral("1"));
        const auto households = workshop->households().all();
        QCOMPARE(households.size(), 18);
        for (const Household &household : households) {
            const auto appliances = workshop->appliances().forHousehold(household.id);
            QVERIFY2(appliances.size() >= 8, qPrintable(household.name));
            const InventoryTotals totals = inventoryTotals(appliances);
            // Belgian homes use roughly 1,000–6,000 kWh of electricity a year.
            QVERIFY2(totals.kwhPerYear > 800 && totals.kwhPerYear < 7000,
                     qPrintable(household.name + QStringLiteral(": ") +
                                QString::number(totals.kwhPerYear)));
            // Every home has a fridge of some kind and lighting.
            QVERIFY(totals.byCategory.value(Category::Cold) > 0);
            QVERIFY(totals.byCategory.value(Category::Lighting) > 0);
        }
        // All three priorities occur, as they do in real discussions.
        const InventoryTotals group = inventoryTotals(workshop->appliances().all());
        for (const Priority priority : allPriorities())
            QVERIFY(group.byPriority.value(priority) > 0);
    }

    void partOfTheAppliancesAreMeasured()
    {
        auto workshop = writeAndOpen(QStringLiteral("measured.wattelier"));
        QVERIFY(workshop);
        const ReadingsByAppliance readings = workshop->wattmeterReadings().byAppliance();
        const InventoryTotals totals = inventoryTotals(workshop->appliances().all(), &readings);
        // Enough for a lively comparison, far from all of them.
        QVERIFY2(totals.measuredCount >= 30 && totals.measuredCount < totals.applianceCount / 2,
                 qPrintable(QString::number(totals.measuredCount)));
        QCOMPARE(workshop->wattmeters().wattmeters().size(), 3);
        int open = 0;
        for (const Wattmeter &meter : workshop->wattmeters().wattmeters())
            open += workshop->wattmeters().openLoan(meter.id).has_value() ? 1 : 0;
        QVERIFY(open >= 1 && open <= 3);
        // At least one big surprise, as in the report's "old freezer".
        const auto rows = comparisonRows(*workshop);
        QVERIFY(!rows.isEmpty());
        QVERIFY(rows.first().ratio() > 2.0 || rows.first().ratio() < 0.5);
    }

    void sameOnEveryRun()
    {
        auto first = writeAndOpen(QStringLiteral("one.wattelier"));
        auto second = writeAndOpen(QStringLiteral("two.wattelier"));
        QVERIFY(first && second);
        QJsonObject a = inventoryJson(*first, 0.35);
        QJsonObject b = inventoryJson(*second, 0.35);
        a.remove(QStringLiteral("workshop"));
        b.remove(QStringLiteral("workshop"));
        QCOMPARE(QJsonDocument(a).toJson(), QJsonDocument(b).toJson());
    }

    void refusesToOverwrite()
    {
        const QString path = mDir.filePath(QStringLiteral("taken.wattelier"));
        wattelier::test::writeFile(path, "mine");
        WorkshopError error;
        QVERIFY(!writeDemoWorkshop(path, Catalogue::builtIn(), &error));
        QCOMPARE(error.kind, WorkshopError::Kind::AlreadyExists);
    }
};

QTEST_GUILESS_MAIN(TestDemoWorkshop)
#include "tst_demoworkshop.moc"
