#include "demoworkshop.h"

#include "appliancestore.h"
#include "catalogue.h"
#include "householdstore.h"
#include "workshop.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>

#include <cmath>

namespace wattelier {
namespace {

struct DemoHousehold
{
    const char *name;
    int occupants;
    const char *notes;
};

// Fictional households: any likeness to real people is accidental.
const DemoHousehold demoHouseholds[] = {
    {"Amira & Youssef", 4,
     QT_TRANSLATE_NOOP("DemoWorkshop", "Two children; both work from home on Fridays")},
    {"Famille Peeters", 5, QT_TRANSLATE_NOOP("DemoWorkshop", "Three teenagers")},
    {"Sophie Lambert", 1, ""},
    {"Jan & Els", 2, QT_TRANSLATE_NOOP("DemoWorkshop", "Retired; at home most of the day")},
    {"Famille Diallo", 6, QT_TRANSLATE_NOOP("DemoWorkshop", "Electric hot water (old boiler)")},
    {"Marc Dubois", 1, ""},
    {"Nadia & Hugo", 2, QT_TRANSLATE_NOOP("DemoWorkshop", "New baby")},
    {"Famille Kowalski", 4, ""},
    {"Léa & Tom", 2, QT_TRANSLATE_NOOP("DemoWorkshop", "Electric car shared with the Mertens")},
    {"Famille Vandenberghe", 3, ""},
    {"Hélène Moreau", 1, QT_TRANSLATE_NOOP("DemoWorkshop", "Aquarium enthusiast")},
    {"Karim & Sara", 3, ""},
    {"Famille Mertens", 4, QT_TRANSLATE_NOOP("DemoWorkshop", "Electric car shared with Léa & Tom")},
    {"Ana Costa", 2, ""},
    {"Pierre & Inès", 2,
     QT_TRANSLATE_NOOP("DemoWorkshop", "Cold flat: electric heater in the bathroom")},
    {"Famille Nkemba", 5, ""},
    {"Wim Claes", 1, QT_TRANSLATE_NOOP("DemoWorkshop", "Works night shifts")},
    {"Famille Rossi", 4, ""},
};

// Appliance key, chance a household has it, and extra chance per occupant.
struct DemoAppliance
{
    const char *key;
    double chance;
    double chancePerOccupant;
};

const DemoAppliance demoAppliances[] = {
    {"fridge_freezer", 0.85, 0.0},
    {"fridge", 1.0, 0.0}, // only where there is no fridge-freezer: see inventoryFor()
    {"chest_freezer", 0.1, 0.05},
    {"washing_machine", 0.7, 0.06},
    {"tumble_dryer_heat_pump", 0.1, 0.04},
    {"tumble_dryer_condenser", 0.05, 0.03},
    {"dishwasher", 0.25, 0.1},
    {"iron", 0.4, 0.0},
    {"electric_oven", 0.55, 0.05},
    {"induction_hob", 0.6, 0.0},
    {"microwave", 0.5, 0.05},
    {"kettle", 0.8, 0.0},
    {"coffee_espresso", 0.45, 0.0},
    {"coffee_filter", 0.2, 0.0},
    {"toaster", 0.4, 0.05},
    {"extractor_hood", 0.5, 0.0},
    {"led_bulb", 1.0, 0.0},
    {"halogen_bulb", 0.3, 0.0},
    {"tv_led_40_50", 0.6, 0.05},
    {"tv_box_decoder", 0.4, 0.05},
    {"internet_router", 0.95, 0.0},
    {"laptop", 0.8, 0.05},
    {"desktop_pc", 0.2, 0.03},
    {"monitor", 0.25, 0.0},
    {"game_console", 0.1, 0.06},
    {"phone_charger", 1.0, 0.0},
    {"printer", 0.3, 0.0},
    {"hifi", 0.25, 0.0},
    {"hair_dryer", 0.35, 0.05},
    {"vacuum_cleaner", 0.8, 0.0},
    {"e_bike_charger", 0.25, 0.03},
    {"dehumidifier", 0.08, 0.0},
    {"fan", 0.2, 0.0},
};

double jitter(QRandomGenerator &random, double value, double spread)
{
    const double factor = 1.0 + spread * (2.0 * random.generateDouble() - 1.0);
    return std::round(value * factor * 100.0) / 100.0;
}

Priority shifted(QRandomGenerator &random, Priority priority)
{
    // Households disagree about what is indispensable: that is the workshop's discussion.
    if (random.generateDouble() > 0.25)
        return priority;
    switch (priority) {
    case Priority::Indispensable:
        return Priority::Useful;
    case Priority::Useful:
        return random.generateDouble() < 0.5 ? Priority::Indispensable : Priority::Comfort;
    case Priority::Comfort:
        return Priority::Useful;
    }
    return priority;
}

QList<Appliance> inventoryFor(const DemoHousehold &household, int index, const Catalogue &catalogue,
                              QRandomGenerator &random)
{
    const QString language = currentLanguageCode();
    QList<Appliance> appliances;
    const auto add = [&](const QString &key, int quantity) {
        const CatalogueEntry *entry = catalogue.find(key);
        if (!entry)
            return;
        Appliance a = entry->toAppliance(language);
        a.quantity = quantity;
        a.priority = shifted(random, a.priority);
        const double people = household.occupants;
        if (a.usageMode == UsageMode::Hours && a.hoursPerDay < 24.0)
            a.hoursPerDay = qMin(24.0, jitter(random, a.hoursPerDay, 0.3));
        if (a.usageMode == UsageMode::Cycles)
            a.cyclesPerWeek = jitter(random, a.cyclesPerWeek * (0.6 + 0.2 * people), 0.2);
        appliances.append(a);
    };
    for (const DemoAppliance &demo : demoAppliances) {
        const double chance = demo.chance + demo.chancePerOccupant * household.occupants;
        if (random.generateDouble() >= chance)
            continue;
        int quantity = 1;
        const QString key = QLatin1String(demo.key);
        const bool hasFridgeFreezer = !appliances.isEmpty() && appliances.first().catalogueKey ==
                                                                   QLatin1String("fridge_freezer");
        if (key == QLatin1String("fridge") && hasFridgeFreezer)
            continue;
        if (key == QLatin1String("led_bulb"))
            quantity = 6 + household.occupants * 2 + random.bounded(6);
        else if (key == QLatin1String("halogen_bulb"))
            quantity = 2 + random.bounded(5);
        else if (key == QLatin1String("phone_charger") || key == QLatin1String("laptop"))
            quantity = qMax(1, qMin(household.occupants, 1 + random.bounded(3)));
        add(key, quantity);
    }
    // Particular cases the notes mention.
    if (index == 4)
        add(QStringLiteral("electric_water_heater_200l"), 1);
    if (index == 8 || index == 12)
        add(QStringLiteral("ev_home_charging"), 1);
    if (index == 10)
        add(QStringLiteral("aquarium"), 2);
    if (index == 14)
        add(QStringLiteral("fan_heater"), 1);
    return appliances;
}

} // namespace

bool writeDemoWorkshop(const QString &path, const Catalogue &catalogue, WorkshopError *error)
{
    std::unique_ptr<Workshop> workshop = Workshop::create(
        path,
        QCoreApplication::translate("DemoWorkshop", "Les Tilleuls cohousing (demo, example data)"),
        error);
    if (!workshop)
        return false;
    workshop->setInfo(QStringLiteral("demo"), QStringLiteral("1"));
    workshop->setInfo(QStringLiteral("description"),
                      QCoreApplication::translate(
                          "DemoWorkshop",
                          "A fictional cohousing group of 18 households. All names and figures "
                          "are examples, not measurements."));

    QString writeError;
    QObject::connect(workshop.get(), &Workshop::writeFailed,
                     [&writeError](const QString &message) { writeError = message; });
    QSqlDatabase db = workshop->database();
    db.transaction();
    QRandomGenerator random(2021); // fixed: the demo is the same for everyone
    int index = 0;
    bool ok = true;
    for (const DemoHousehold &demo : demoHouseholds) {
        Household household;
        household.name = QString::fromUtf8(demo.name);
        household.occupants = demo.occupants;
        household.notes =
            *demo.notes ? QCoreApplication::translate("DemoWorkshop", demo.notes) : QString();
        household.pseudonymCode = pseudonymCode(index);
        household.position = index;
        const qint64 id = workshop->households().insert(household);
        ok = ok && id > 0;
        int position = 0;
        for (Appliance appliance : inventoryFor(demo, index, catalogue, random)) {
            appliance.householdId = id;
            appliance.position = position++;
            ok = ok && workshop->appliances().insert(appliance) > 0;
        }
        ++index;
    }
    if (ok && db.commit())
        return true;
    db.rollback();
    db = QSqlDatabase(); // release the connection before the workshop closes it
    const QString file = workshop->filePath();
    workshop.reset();
    QFile::remove(file);
    if (error)
        *error = {WorkshopError::Kind::CannotWrite, file,
                  QCoreApplication::translate("DemoWorkshop",
                                              "The demo workshop could not be written to “%1”: %2")
                      .arg(file, writeError)};
    return false;
}

} // namespace wattelier
