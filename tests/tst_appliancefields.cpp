// SPDX-License-Identifier: GPL-3.0-or-later
// Field access and validation of appliances, and the stable enumeration keys
// that the file format and the command line rely on.

#include "core/enumkeys.h"
#include "inventory/appliance.h"

#include <QTest>

using namespace wattelier;

class TestApplianceFields : public QObject
{
    Q_OBJECT

private slots:
    void stableKeys()
    {
        // These keys are written in files and printed as JSON: never rename them.
        QCOMPARE(key(Priority::Indispensable), QStringLiteral("indispensable"));
        QCOMPARE(key(Priority::Useful), QStringLiteral("useful"));
        QCOMPARE(key(Priority::Comfort), QStringLiteral("comfort"));
        QCOMPARE(key(Category::ItScreens), QStringLiteral("it_screens"));
        QCOMPARE(key(Category::HeatingHotWater), QStringLiteral("heating_hot_water"));
        QCOMPARE(key(Flexibility::CouldDoWithout), QStringLiteral("could_do_without"));
        QCOMPARE(key(Flexibility::WithinDay), QStringLiteral("within_day"));
        QCOMPARE(key(UsageMode::Cycles), QStringLiteral("cycles"));
        QCOMPARE(allCategories().size(), 9);
        QCOMPARE(allFlexibilities().size(), 4);
    }

    void keysRoundTrip()
    {
        for (const Category c : allCategories())
            QCOMPARE(categoryFromKey(key(c)), std::optional<Category>(c));
        for (const Priority p : allPriorities())
            QCOMPARE(priorityFromKey(key(p)), std::optional<Priority>(p));
        for (const Flexibility f : allFlexibilities())
            QCOMPARE(flexibilityFromKey(key(f)), std::optional<Flexibility>(f));
        QVERIFY(!categoryFromKey(QStringLiteral("Cold")).has_value());
        QVERIFY(!priorityFromKey(QString()).has_value());
    }

    void validate_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("valid");
        const auto row = [](const char *name, ApplianceField field, const QVariant &value,
                            bool valid) { QTest::newRow(name) << int(field) << value << valid; };
        row("name", ApplianceField::Name, QStringLiteral("Kettle"), true);
        row("blank name", ApplianceField::Name, QStringLiteral("   "), false);
        row("category key", ApplianceField::Category, QStringLiteral("cooking"), true);
        row("category label", ApplianceField::Category, QStringLiteral("Cooking"), false);
        row("quantity 1", ApplianceField::Quantity, 1, true);
        row("quantity 0", ApplianceField::Quantity, 0, false);
        row("quantity text", ApplianceField::Quantity, QStringLiteral("two"), false);
        row("power", ApplianceField::PowerW, 2200.0, true);
        row("negative power", ApplianceField::PowerW, -5.0, false);
        row("power NaN", ApplianceField::PowerW, qQNaN(), false);
        row("standby empty", ApplianceField::StandbyW, QVariant(), true);
        row("standby 0.3", ApplianceField::StandbyW, 0.3, true);
        row("hours 24", ApplianceField::HoursPerDay, 24.0, true);
        row("hours 25", ApplianceField::HoursPerDay, 25.0, false);
        row("days 7", ApplianceField::DaysPerWeek, 7.0, true);
        row("days 8", ApplianceField::DaysPerWeek, 8.0, false);
        row("days 2.9 (seasonal)", ApplianceField::DaysPerWeek, 2.9, true);
        row("kWh per cycle", ApplianceField::KwhPerCycle, 0.9, true);
        row("usage mode", ApplianceField::UsageMode, QStringLiteral("cycles"), true);
        row("usage mode unknown", ApplianceField::UsageMode, QStringLiteral("minutes"), false);
    }

    void validate()
    {
        QFETCH(int, field);
        QFETCH(QVariant, value);
        QFETCH(bool, valid);
        const QString message = validateField(ApplianceField(field), value);
        QCOMPARE(message.isEmpty(), valid);
        Appliance a;
        QCOMPARE(setFieldValue(a, ApplianceField(field), value), valid);
    }

    void fieldValueRoundTrip()
    {
        Appliance a;
        a.name = QStringLiteral("Oven");
        a.category = Category::Cooking;
        a.standbyW = 1.5;
        a.usageMode = UsageMode::Cycles;
        a.kwhPerCycle = 0.78;
        Appliance b;
        for (int f = int(ApplianceField::Name); f <= int(ApplianceField::CatalogueKey); ++f) {
            const auto field = ApplianceField(f);
            if (field == ApplianceField::Name ||
                !validateField(field, fieldValue(a, field)).isEmpty())
                continue;
            QVERIFY(setFieldValue(b, field, fieldValue(a, field)));
        }
        QVERIFY(setFieldValue(b, ApplianceField::Name, fieldValue(a, ApplianceField::Name)));
        QCOMPARE(b.name, a.name);
        QCOMPARE(b.category, a.category);
        QCOMPARE(b.standbyW, a.standbyW);
        QCOMPARE(b.usageMode, a.usageMode);
        QCOMPARE(b.kwhPerCycle, a.kwhPerCycle);
        // No standby given is stored as null, not as 0 W.
        QVERIFY(fieldValue(Appliance{}, ApplianceField::StandbyW).isNull());
    }
};

QTEST_GUILESS_MAIN(TestApplianceFields)
#include "tst_appliancefields.moc"
