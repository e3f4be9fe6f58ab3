// SPDX-License-Identifier: GPL-3.0-or-later
// No text cut off, every control named (#10): the main window's pages, in
// French, Dutch and English, at 1366 × 768 (a common laptop screen, or a
// 2732 × 1536 one at 200 %): every visible label, button, check box and tab
// is at least as wide as its text needs, and assistive technology can name
// every control.

#include "applook.h"
#include "challenge/challengedialog.h"
#include "core/workshop.h"
#include "demo/demoworkshop.h"
#include "energy/energyeditor.h"
#include "energy/pvinstallationdialog.h"
#include "exchange/pindialog.h"
#include "guisupport.h"
#include "help/helpwindow.h"
#include "inventory/applianceimportdialog.h"
#include "inventory/appliancepanel.h"
#include "inventory/appliancestore.h"
#include "inventory/catalogue.h"
#include "inventory/householdpanel.h"
#include "inventory/householdstore.h"
#include "inventory/inventorypage.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "presentation/slidesequencedialog.h"
#include "report/reportdialog.h"
#include "report/reportlanguage.h"
#include "timeseries/importdialog.h"
#include "wattmeter/wattmeterreadingdialog.h"
#include "wattmeter/wattmeterreadingspanel.h"
#include "wattmeter/wattmetersdialog.h"
#include "workshopview.h"

#include "spreadsheetview.h"
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSlider>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace wattelier;
using namespace wattelier::ui;

namespace {

/*! "Page: widget (class) “text” needs N px, has M px" for each widget whose text is cut. */
QStringList cutTexts(QWidget *root, const QString &page)
{
    QStringList problems;
    const auto check = [&](QWidget *w, const QString &text, int needed, int has) {
        if (needed > has)
            problems.append(QStringLiteral("%1: %2 (%3) “%4” needs %5 px, has %6 px")
                                .arg(page, w->objectName(),
                                     QLatin1String(w->metaObject()->className()), text.left(50))
                                .arg(needed)
                                .arg(has));
    };
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(root) || label->wordWrap() || label->text().isEmpty() ||
            label->textFormat() == Qt::RichText || !label->pixmap().isNull())
            continue;
        check(label, label->text(), label->minimumSizeHint().width(), label->width());
        // A label's "&" underlines a key only with a buddy; else it shows as "&" (#20).
        if (!label->buddy() && QString(label->text()).remove(QStringLiteral("&&")).contains(u'&'))
            problems.append(
                QStringLiteral("%1: “%2” shows a literal & (no buddy)").arg(page, label->text()));
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(root) || button->text().isEmpty())
            continue;
        check(button, button->text(), button->sizeHint().width(), button->width());
    }
    for (QTabBar *bar : root->findChildren<QTabBar *>()) {
        if (!bar->isVisibleTo(root))
            continue;
        for (int i = 0; i < bar->count(); ++i) {
            const QString text = bar->tabText(i);
            const int needed =
                bar->fontMetrics().horizontalAdvance(QString(text).remove(QLatin1Char('&')));
            check(bar, text, needed, bar->tabRect(i).width());
        }
    }
    return problems;
}

/*!
 * The controls on \a root that assistive technology cannot name: no
 * accessible name, no text of their own, no label pointing at them.
 */
QStringList unnamedControls(QWidget *root, const QString &page)
{
    QStringList problems;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
                             qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w) ||
                             qobject_cast<QAbstractItemView *>(w) ||
                             qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QSlider *>(w);
        // Qt's own parts of composite widgets (a combo box's list, a spin box's editor)
        // are named through their owner.
        if (!control || !w->isVisibleTo(root) || !w->focusPolicy() ||
            qobject_cast<QComboBox *>(w->parentWidget()) ||
            qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(w);
        if (accessible && !accessible->text(QAccessible::Name).trimmed().isEmpty())
            continue;
        problems.append(
            QStringLiteral("%1: %2 %3 has no accessible name")
                .arg(page, QLatin1String(w->metaObject()->className()), w->objectName()));
    }
    return problems;
}

} // namespace

class TestTextFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        wattelier::test::prepareGuiTest(false);
        // The program's style and style sheet: its larger headings change what fits.
        applyWattelierLook(*qApp);
    }

    void everyPageInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("nl") << QStringLiteral("nl");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void everyPageInEveryLanguage()
    {
        QFETCH(QString, language);
        const ReportLanguage scope(language); // Wattelier's and Qt's texts, and the locale
        QVERIFY(scope.isValid());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.wattelier"));
        WorkshopError error;
        QVERIFY(writeDemoWorkshop(path, Catalogue::builtIn(), &error));
        MainWindow window;
        const QSize laptop(1366, 768);
        window.resize(laptop);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList problems = cutTexts(&window, QStringLiteral("welcome"));
        QVERIFY(window.openWorkshop(path));
        for (int page = 0; page < WorkshopView::PageCount; ++page) {
            window.workshopView()->showPage(WorkshopView::Page(page));
            QApplication::processEvents();
            problems += cutTexts(&window, WorkshopView::pageTitle(WorkshopView::Page(page)));
            problems += unnamedControls(&window, WorkshopView::pageTitle(WorkshopView::Page(page)));
            // Layouts never give a widget less than its minimum: text is cut when the
            // window's minimum is larger than the screen, and the screen cuts the window.
            const QSize minimum = window.minimumSizeHint();
            if (minimum.width() > laptop.width() || minimum.height() > laptop.height())
                problems.append(QStringLiteral("%1: the window needs at least %2 × %3 px")
                                    .arg(WorkshopView::pageTitle(WorkshopView::Page(page)))
                                    .arg(minimum.width())
                                    .arg(minimum.height()));
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        window.closeWorkshop();
    }

    void everyWindowFitsAProjector_data() { everyPageInEveryLanguage_data(); }

    // A 1024 × 768 projector (#20): the main window's pages and every dialog fit
    // it with their texts whole, and their buttons on screen.
    void everyWindowFitsAProjector()
    {
        QFETCH(QString, language);
        const ReportLanguage scope(language);
        QVERIFY(scope.isValid());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.wattelier"));
        WorkshopError error;
        QVERIFY(writeDemoWorkshop(path, Catalogue::builtIn(), &error));
        const QSize projector(1024, 768);
        // What a window may take on it: the title bar and frame take the rest.
        const QSize room(projector.width() - 16, projector.height() - 40);
        MainWindow window;
        window.resize(room);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkshop(path));
        // The inventory at its widest: an appliance chosen shows its readings'
        // heading and buttons (1074 px in French before #20's fix).
        window.workshopView()->inventory()->households()->selectHousehold(1);
        QTableView *appliances = window.workshopView()->inventory()->appliances()->tableView();
        appliances->setFocus();
        appliances->selectRow(0);
        const auto *readingsHeading = window.workshopView()
                                          ->inventory()
                                          ->findChild<WattmeterReadingsPanel *>()
                                          ->findChild<QLabel *>(QStringLiteral("panelHeading"));
        QVERIFY(readingsHeading);
        QVERIFY2(readingsHeading->text() != WattmeterReadingsPanel::tr("Wattmeter readings"),
                 qPrintable(readingsHeading->text())); // an appliance's readings are shown
        QStringList problems;
        for (int page = 0; page < WorkshopView::PageCount; ++page) {
            const QString title = WorkshopView::pageTitle(WorkshopView::Page(page));
            window.workshopView()->showPage(WorkshopView::Page(page));
            QApplication::processEvents();
            problems += cutTexts(&window, title);
            const QSize minimum = window.minimumSizeHint();
            if (minimum.width() > room.width() || minimum.height() > room.height())
                problems.append(QStringLiteral("%1: the window needs at least %2 × %3 px")
                                    .arg(title)
                                    .arg(minimum.width())
                                    .arg(minimum.height()));
        }
        Workshop &workshop = *window.workshop();
        const Household household = workshop.households().all().first();
        const Appliance appliance = workshop.appliances().forHousehold(household.id).first();
        const QList<QDialog *> dialogs = {
            new ImportDialog(workshop, &window),
            new ApplianceImportDialog(workshop, household.id, &window),
            new ReportDialog(workshop, ReportKind::Summary, &window),
            new ReportDialog(workshop, ReportKind::BlankForms, &window),
            new ChallengeDialog(workshop, Challenge{}, false, &window),
            new PvInstallationDialog(pvInstallationOf(workshop), &window),
            new WattmeterReadingDialog(workshop, appliance, WattmeterReading{}, &window),
            new WattmetersDialog(workshop, false, &window),
            new SlideSequenceDialog(workshop, &window),
            new PreferencesDialog(&window, &workshop),
            new PinDialog(PinDialog::Mode::Choose, &window),
        };
        for (QDialog *dialog : dialogs) {
            const QString name = QLatin1String(dialog->metaObject()->className());
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            const QSize minimum = dialog->minimumSizeHint();
            if (minimum.width() > room.width() || minimum.height() > room.height())
                problems.append(QStringLiteral("%1 needs at least %2 × %3 px")
                                    .arg(name)
                                    .arg(minimum.width())
                                    .arg(minimum.height()));
            if (dialog->width() > room.width() || dialog->height() > room.height())
                problems.append(QStringLiteral("%1 opens at %2 × %3 px")
                                    .arg(name)
                                    .arg(dialog->width())
                                    .arg(dialog->height()));
            problems += cutTexts(dialog, name);
            dialog->close();
            delete dialog;
        }
        // The guide opens at the screen's size (the test screen is not 1024 × 768): it
        // must be able to shrink to the projector's.
        auto *help = new HelpWindow(language);
        const QSize helpMinimum = help->minimumSizeHint();
        if (helpMinimum.width() > room.width() || helpMinimum.height() > room.height())
            problems.append(QStringLiteral("HelpWindow needs at least %1 × %2 px")
                                .arg(helpMinimum.width())
                                .arg(helpMinimum.height()));
        delete help;
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        window.closeWorkshop();
    }
};

QTEST_MAIN(TestTextFit)
#include "tst_textfit.moc"
