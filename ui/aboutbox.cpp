// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutbox.h"

#include <QApplication>
#include <QMessageBox>

namespace wattelier::ui {

void showAboutBox(QWidget *parent)
{
    QMessageBox::about(
        parent, QApplication::translate("MainWindow", "About Wattelier"),
        QApplication::translate(
            "MainWindow",
            "<h3>Wattelier %1</h3><p>Neighbourhood energy workshops: appliance inventories, "
            "wattmeter and meter readings, solar production against consumption.</p>"
            "<p>Workshop files stay on this computer. The appliance catalogue's typical values "
            "come from public sources named with each entry.</p>")
            .arg(QLatin1String(WATTELIER_VERSION)));
}

} // namespace wattelier::ui
