// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangeshots.h"

#include "core/workshop.h"
#include "exchange/householdfile.h"
#include "exchange/householdmerge.h"
#include "exchange/mergedialog.h"
#include "inventory/appliancestore.h"
#include "inventory/householdstore.h"
#include "inventory/inventoryeditor.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

using namespace wattelier;

bool renderMergeScreenshot(const QString &workshopPath, const QString &outFolder,
                           const QString &language, const SaveScreenshot &save)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("workshop.wattelier"));
    const QString invite = dir.filePath(QStringLiteral("household.wattelier"));
    if (!QFile::copy(workshopPath, copy))
        return false;
    WorkshopError error;
    auto workshop = Workshop::open(copy, &error);
    if (!workshop)
        return false;
    const auto c = findHousehold(*workshop, QStringLiteral("C"));
    if (!c || !exchange::writeInvitation(*workshop, c->id, invite))
        return false;
    {
        auto file = Workshop::open(invite, &error);
        if (!file)
            return false;
        const qint64 id = exchange::invitedHouseholdId(*file);
        const auto appliances = file->appliances().forHousehold(id);
        InventoryEditor editor(*file);
        Appliance kettle = appliances.first();
        kettle.uid.clear();
        kettle.name = language == QLatin1String("fr") ? QStringLiteral("Bouilloire")
                                                      : QStringLiteral("Kettle");
        kettle.category = Category::Cooking;
        kettle.powerW = 2200;
        kettle.hoursPerDay = 0.15;
        editor.addAppliance(kettle);
        editor.editAppliance(appliances.first().id, ApplianceField::PowerW, 85.0);
        editor.editAppliance(appliances.last().id, ApplianceField::HoursPerDay, 2.0);
    }
    const Appliance first = workshop->appliances().forHousehold(c->id).first();
    InventoryEditor(*workshop).editAppliance(first.id, ApplianceField::PowerW, 110.0);
    auto file = Workshop::open(invite, &error);
    if (!file)
        return false;
    const auto plan = exchange::planMerge(*workshop, *file);
    if (!plan)
        return false;
    ui::MergeDialog dialog(*plan);
    dialog.resize(1000, 380);
    dialog.show();
    QCoreApplication::processEvents();
    return save(dialog, outFolder + QStringLiteral("/merge-%1.png").arg(language));
}
