// SPDX-License-Identifier: GPL-3.0-or-later
#include "householdshots.h"

#include "core/workshop.h"
#include "exchange/applianceform.h"
#include "exchange/householdappliancespage.h"
#include "exchange/householdmeterpage.h"
#include "exchange/householdwattmeterpage.h"
#include "exchange/householdwindow.h"
#include "inventory/householdstore.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>

using namespace wattelier;

bool renderHouseholdScreenshots(Workshop &workshop, const QString &outFolder,
                                const QString &language, const SaveScreenshot &save)
{
    const QList<Household> households = workshop.households().all();
    if (households.size() < 3)
        return false;
    ui::HouseholdWindow window(workshop, households.at(2).id,
                               ui::HouseholdWindow::Mode::AtWorkshop);
    window.resize(1366, 768);
    window.show();
    ui::HouseholdAppliancesPage *page = window.appliancesPage();
    page->list()->setFocus();
    page->list()->selectRow(0);
    bool ok =
        save(window, outFolder + QStringLiteral("/household-appliances-%1.png").arg(language));

    // Adding a washing machine: the search typed, the list filtered, one chosen.
    page->addAppliance();
    ui::ApplianceForm *form = page->form();
    const QString query = language == QLatin1String("fr")   ? QStringLiteral("lave")
                          : language == QLatin1String("nl") ? QStringLiteral("was")
                                                            : QStringLiteral("wash");
    QTest::keyClicks(form->searchField(), query);
    QTest::keyClick(form->searchField(), Qt::Key_Down);
    QTest::keyClick(form->catalogueList(), Qt::Key_Return);
    form->catalogueList()->setCurrentRow(0);
    ok = save(window, outFolder + QStringLiteral("/household-form-%1.png").arg(language)) && ok;

    // Household A: a wattmeter reading, and a day/night meter with solar injection.
    ui::HouseholdWindow householdA(workshop, households.at(0).id,
                                   ui::HouseholdWindow::Mode::AtWorkshop);
    householdA.resize(1366, 768);
    householdA.show();
    householdA.tabs()->setCurrentWidget(householdA.wattmeterPage());
    ok =
        save(householdA, outFolder + QStringLiteral("/household-wattmeter-%1.png").arg(language)) &&
        ok;
    householdA.tabs()->setCurrentWidget(householdA.meterPage());
    ok =
        save(householdA, outFolder + QStringLiteral("/household-challenge-%1.png").arg(language)) &&
        ok;
    return ok;
}
