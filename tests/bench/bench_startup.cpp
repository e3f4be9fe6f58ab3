// SPDX-License-Identifier: GPL-3.0-or-later
// Measures what a facilitator waits for: start-up to a shown window, writing
// the demo, opening it on the inventory screen, and the inventory JSON.
// Prints figures (median of N runs); it asserts nothing.
// Usage: QT_QPA_PLATFORM=offscreen bench_startup [runs]

#include "core/workshop.h"
#include "demo/demoworkshop.h"
#include "gui.h"
#include "inventory/catalogue.h"
#include "inventory/inventoryjson.h"
#include "inventory/inventorypage.h"
#include "mainwindow.h"
#include "workshopview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>

using namespace wattelier;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

void report(const char *what, const QList<double> &ms)
{
    QTextStream(stdout) << QStringLiteral("%1: median %2 ms (min %3, max %4, %5 runs)\n")
                               .arg(QLatin1String(what))
                               .arg(median(ms), 0, 'f', 1)
                               .arg(*std::min_element(ms.begin(), ms.end()), 0, 'f', 1)
                               .arg(*std::max_element(ms.begin(), ms.end()), 0, 'f', 1)
                               .arg(ms.size());
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Wattelier"));
    QCoreApplication::setApplicationName(QStringLiteral("wattelier-bench"));
    QStandardPaths::setTestModeEnabled(true);
    const int runs = qMax(1, application.arguments().value(1, QStringLiteral("7")).toInt());
    app::prepareGuiApplication(application);

    QList<double> toWindow;
    QList<double> writeDemo;
    QList<double> openDemo;
    QList<double> json;
    QTemporaryDir dir;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const double offset = run == 0 ? sinceMain.nsecsElapsed() / 1e6 : 0.0;
        {
            ui::MainWindow window;
            window.resize(1366, 768);
            window.show();
            if (!QTest::qWaitForWindowExposed(&window))
                return 1;
            // The first run includes QApplication's own start (fonts, style).
            toWindow.append(offset + timer.nsecsElapsed() / 1e6);

            const QString path = dir.filePath(QStringLiteral("demo-%1.wattelier").arg(run));
            timer.restart();
            WorkshopError error;
            if (!writeDemoWorkshop(path, Catalogue::builtIn(), &error))
                return 1;
            writeDemo.append(timer.nsecsElapsed() / 1e6);

            timer.restart();
            window.openWorkshop(path);
            window.workshopView()->inventory()->grab(); // laid out and painted once
            openDemo.append(timer.nsecsElapsed() / 1e6);

            timer.restart();
            const QByteArray bytes =
                QJsonDocument(inventoryJson(*window.workshop(), 0.35)).toJson();
            json.append(timer.nsecsElapsed() / 1e6);
            Q_UNUSED(bytes)
        }
    }
    QTextStream(stdout) << QStringLiteral("start-up to first window shown, from main(): %1 ms\n")
                               .arg(toWindow.first(), 0, 'f', 1);
    report("another main window shown", toWindow.mid(1).isEmpty() ? toWindow : toWindow.mid(1));
    report("write the demo workshop (18 households)", writeDemo);
    report("open the demo on the inventory screen, painted", openDemo);
    report("inventory JSON of the demo", json);
    return 0;
}
