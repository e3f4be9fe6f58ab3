// SPDX-License-Identifier: GPL-3.0-or-later
#include "householdmode.h"

#include "core/workshop.h"
#include "householdwindow.h"
#include "inventory/householdstore.h"
#include "pindialog.h"
#include "preferences.h"

#include <QApplication>
#include <QList>
#include <QPointer>

namespace wattelier::ui {

HouseholdWindow *startHouseholdModeAtWorkshop(QWidget *mainWindow, Workshop &workshop,
                                              qint64 householdId)
{
    if (!workshop.households().get(householdId))
        return nullptr;
    if (!hasFacilitatorPin()) {
        const QString hash = PinDialog::chooseNewPin(
            mainWindow,
            PinDialog::tr("Choose a PIN first. The household's window stays locked until you "
                          "type it, so that nobody else's data can be seen. You can change it "
                          "in Preferences."));
        if (hash.isEmpty())
            return nullptr;
        setFacilitatorPinHash(hash);
    }
    // Every window of Wattelier is hidden while the household types: the main
    // window, and a help or presenter window that would show the workshop.
    QList<QPointer<QWidget>> hidden;
    if (mainWindow) {
        hidden.append(mainWindow);
        mainWindow->hide();
    }
    for (QWidget *window : QApplication::topLevelWidgets()) {
        const auto type = window->windowType();
        if (window->isVisible() && (type == Qt::Window || type == Qt::Dialog)) {
            hidden.append(window);
            window->hide();
        }
    }
    // No parent: a child window would be hidden with the main window.
    auto *window = new HouseholdWindow(workshop, householdId, HouseholdWindow::Mode::AtWorkshop);
    window->setAttribute(Qt::WA_DeleteOnClose);
    // Shown again before the household window goes, so that the application
    // never has no window left (it would quit).
    QObject::connect(window, &HouseholdWindow::unlocked, window, [hidden] {
        for (const QPointer<QWidget> &w : hidden) {
            if (w)
                w->show();
        }
        if (!hidden.isEmpty() && hidden.first()) {
            hidden.first()->raise();
            hidden.first()->activateWindow();
        }
    });
    // The main window may close the workshop only after the household window is gone.
    if (mainWindow)
        QObject::connect(mainWindow, &QObject::destroyed, window, [window] { delete window; });
    window->showMaximized();
    window->activateWindow();
    return window;
}

HouseholdWindow *openHouseholdAtHome(Workshop &workshop, qint64 householdId, QWidget *parent)
{
    if (!workshop.households().get(householdId))
        return nullptr;
    auto *window =
        new HouseholdWindow(workshop, householdId, HouseholdWindow::Mode::AtHome, parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    return window;
}

} // namespace wattelier::ui
