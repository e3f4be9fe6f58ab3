// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoworkshop.h"

#include "challenge/challengestore.h"
#include "core/workshop.h"
#include "core/writetransaction.h"
#include "demoenergy.h"
#include "inventory/appliancestore.h"
#include "inventory/catalogue.h"
#include "inventory/estimate.h"
#include "inventory/householdstore.h"
#include "inventory/inventorytotals.h"
#include "wattmeter/wattmeterreadingstore.h"
#include "wattmeter/wattmeterstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <QRandomGenerator>

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

/*! What a wattmeter might have shown for one appliance; nothing for most appliances. */
QList<WattmeterReading> demoReadings(const Appliance &a, QRandomGenerator &random, const QDate &on)
{
    const auto between = [&random](double low, double high, int decimals) {
        const double scale = std::pow(10.0, decimals);
        return std::round((low + (high - low) * random.generateDouble()) * scale) / scale;
    };
    const auto make = [&](ReadingKind kind, double value, double hours = 0.0) {
        WattmeterReading r;
        r.kind = kind;
        r.value = value;
        r.durationHours = hours;
        r.measuredOn = on;
        return r;
    };
    const QString &key = a.catalogueKey;
    if (a.category == Category::Cold) {
        // Fridges and freezers over 24 or 48 hours; some old ones use far more than thought.
        static const double factors[] = {0.7, 0.9, 1.1, 1.3, 2.8};
        const double factor = factors[random.bounded(5)];
        const double hours = random.bounded(2) == 0 ? 24.0 : 48.0;
        Appliance one = a;
        one.quantity = 1;
        const double kwh = estimatedKwhPerYear(one) / 8760.0 * hours * factor;
        return {make(ReadingKind::EnergyOverDuration, std::round(kwh * 100.0) / 100.0, hours)};
    }
    if (key == QLatin1String("tv_box_decoder"))
        return {make(ReadingKind::Standby, between(11, 16, 1))}; // "15 W when off"
    if (key == QLatin1String("game_console"))
        return {make(ReadingKind::Standby, between(7, 12, 1))};
    if (key == QLatin1String("tv_led_40_50"))
        return {make(ReadingKind::PowerOn, between(55, 110, 0)),
                make(ReadingKind::Standby, between(0.3, 1.5, 1))};
    if (key == QLatin1String("washing_machine"))
        return {make(ReadingKind::EnergyPerCycle, between(0.6, 1.1, 2))};
    if (key == QLatin1String("dishwasher"))
        return {make(ReadingKind::EnergyPerCycle, between(0.9, 1.4, 2))};
    if (key == QLatin1String("kettle"))
        return {make(ReadingKind::PowerOn, between(1850, 2300, 0))};
    if (key == QLatin1String("internet_router"))
        return {make(ReadingKind::PowerOn, between(8, 16, 1))};
    if (key == QLatin1String("desktop_pc"))
        return {make(ReadingKind::PowerOn, between(60, 130, 0)),
                make(ReadingKind::Standby, between(1, 4, 1))};
    return {};
}

/*! Three wattmeters passed from home to home, with their loans and the readings made. */
bool addDemoWattmeters(Workshop &workshop, const QList<Household> &households)
{
    QRandomGenerator random(2026); // separate seed: the inventories stay as they are
    QList<qint64> meters;
    for (int i = 1; i <= 3; ++i) {
        Wattmeter meter;
        meter.label = QCoreApplication::translate("DemoWorkshop", "Wattmeter %1").arg(i);
        meter.model = QCoreApplication::translate("DemoWorkshop", "Plug-in energy meter");
        meter.resolutionW = i == 1 ? 0.1 : 1.0;
        const qint64 id = workshop.wattmeters().insert(meter);
        if (id == 0)
            return false;
        meters.append(id);
    }
    // Every other household borrowed a wattmeter for a week, in turn.
    const QDate start(2026, 10, 3);
    int turn = 0;
    for (int index = 0; index < households.size(); index += 2, ++turn) {
        const Household &household = households.at(index);
        WattmeterLoan loan;
        loan.wattmeterId = meters.at(turn % meters.size());
        loan.householdId = household.id;
        loan.since = start.addDays(7 * (turn / meters.size()));
        const bool last = index + 2 * meters.size() >= households.size();
        if (!last)
            loan.returnedOn = loan.since.addDays(7);
        if (workshop.wattmeters().insert(loan) == 0)
            return false;
        for (const Appliance &appliance : workshop.appliances().forHousehold(household.id)) {
            for (WattmeterReading reading :
                 demoReadings(appliance, random, loan.since.addDays(1 + random.bounded(5)))) {
                reading.applianceId = appliance.id;
                reading.wattmeterId = loan.wattmeterId;
                if (workshop.wattmeterReadings().insert(reading) == 0)
                    return false;
            }
        }
    }
    return true;
}

/*!
 * A four-week "défi énergie" in June with two weeks of readings before it:
 * twelve households, a few day/night meters and PV injection registers, one
 * reading a day late, one missing week and one meter replaced.
 */
bool addDemoChallenge(Workshop &workshop, const QList<Household> &households)
{
    QRandomGenerator random(2106);
    ChallengeStore &store = workshop.challenges();
    Challenge challenge;
    challenge.name = QCoreApplication::translate("DemoWorkshop", "June energy challenge");
    challenge.start = QDate(2026, 6, 1); // a Monday: the group reads on Mondays
    challenge.weeks = 4;
    challenge.goalPercent = 10.0;
    challenge.quota = Quota{QuotaKind::PerPerson, 20.0};
    const qint64 challengeId = store.insert(challenge);
    if (challengeId == 0)
        return false;
    const QDate firstReading = challenge.start.addDays(-14);
    for (int index = 0; index < households.size(); ++index) {
        if (index % 3 == 2)
            continue; // six households did not take part
        const Household &household = households.at(index);
        ChallengeParticipant participant{challengeId, household.id, {}};
        if (index == 3 || index == 9)
            participant.baseline = {BaselineKind::AnnualBill, 2, 0.0};
        else if (index == 13)
            participant.baseline = {BaselineKind::FirstWeek, 2, std::nullopt};
        MeterLayout layout{household.id, index % 4 == 0, index == 0 || index == 6 || index == 12};
        // The weekly rate follows the household's inventory; the bill is a little higher.
        const double weekly =
            inventoryTotals(workshop.appliances().forHousehold(household.id)).kwhPerYear / 52.0;
        if (participant.baseline.kind == BaselineKind::AnnualBill)
            participant.baseline.annualKwh = std::round(weekly * 52.0 * 1.05 / 10.0) * 10.0;
        if (!store.put(participant) || !store.put(layout))
            return false;

        QMap<MeterRegister, double> indexes{{MeterRegister::Single, 10000.0 + 1000.0 * index},
                                            {MeterRegister::Day, 6000.0 + 500.0 * index},
                                            {MeterRegister::Night, 4000.0 + 400.0 * index},
                                            {MeterRegister::Injection, 3000.0 + 200.0 * index}};
        for (int r = 0; r <= 6; ++r) {
            QDate date = firstReading.addDays(7 * r);
            if (index == 4 && r == 3)
                date = date.addDays(1); // read on Tuesday that week
            // The reading of 15 June never came: a gap over two weeks.
            const bool missing = index == 7 && r == 4;
            // The group used a little less each challenge week.
            const double effort =
                r <= 2 ? 1.0 : 1.0 - 0.03 * (r - 2) - 0.04 * random.generateDouble();
            const double week = weekly * effort * (0.92 + 0.16 * random.generateDouble());
            for (const MeterRegister reg : registersOf(layout)) {
                StoredIndexReading stored;
                stored.householdId = household.id;
                stored.reading.date = date;
                stored.reading.reg = reg;
                if (r > 0) {
                    const double share = reg == MeterRegister::Day     ? 0.6
                                         : reg == MeterRegister::Night ? 0.4
                                                                       : 1.0;
                    const double added = reg == MeterRegister::Injection
                                             ? 55.0 + 40.0 * random.generateDouble()
                                             : week * share;
                    indexes[reg] += std::round(added);
                }
                stored.reading.index = indexes.value(reg);
                if (index == 10 && r == 5 && reg == MeterRegister::Single) {
                    // New meter fitted: the old one's last index was noted.
                    stored.reading.meterReplaced = true;
                    stored.reading.oldMeterFinalIndex = indexes.value(reg) - 12.0;
                    stored.reading.index = 12.0;
                    indexes[reg] = 12.0;
                }
                if (!missing && store.insert(stored) == 0)
                    return false;
            }
        }
    }
    return true;
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
    auto transaction = std::make_unique<WriteTransaction>(*workshop);
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
    ok = ok && addDemoWattmeters(*workshop, workshop->households().all());
    ok = ok && addDemoChallenge(*workshop, workshop->households().all());
    ok = ok && addDemoEnergy(*workshop);
    if (ok && transaction->commit())
        return true;
    transaction.reset(); // rolls back, before the workshop closes its connection
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
