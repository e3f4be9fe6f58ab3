// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpmenu.h"

#include "aboutbox.h"
#include "helpwindow.h"
#include "inventory/catalogue.h"
#include "languagesetting.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QWhatsThis>

namespace wattelier::ui {
// The texts keep the main window's context: they were its own, with their translations.
void fillHelpMenu(QMenu *help, QWidget *window)
{
    QAction *guide = help->addAction(
        QApplication::translate("wattelier::ui::MainWindow", "&User guide"), window,
        [window] { (new HelpWindow(languageCodeOf(interfaceLocale()), window))->show(); });
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(QWhatsThis::createAction(window));
    help->addSeparator();
    help->addAction(QApplication::translate("wattelier::ui::MainWindow", "&About Wattelier"),
                    window, [window] { showAboutBox(window); });
    help->addAction(QApplication::translate("wattelier::ui::MainWindow", "About &Qt"), qApp,
                    &QApplication::aboutQt);
}

} // namespace wattelier::ui
