// SPDX-License-Identifier: GPL-3.0-or-later
// GUI tests of the "My household" mode (#9): an appliance entered with the
// keyboard only, no other household visible, undo limited to the window's own
// edits, a wattmeter reading and meter indexes. The PIN lock: tst_householdlock.

#include "challenge/challengestore.h"
#include "core/workshop.h"
#include "exchange/applianceform.h"
#include "exchange/categoryicons.h"
#include "exchange/householdappliancespage.h"
#include "exchange/householdmeterpage.h"
#include "exchange/householdwattmeterpage.h"
#include "exchange/householdwindow.h"
#include "exchange/pinlock.h"
#include "exchange/sessionundo.h"
#include "guisupport.h"
#include "householdguisupport.h"
#include "inventory/appliancestore.h"
#include "inventory/catalogue.h"
#include "inventory/householdstore.h"
#include "inventory/inventoryeditor.h"
#include "preferences.h"
#include "report/reportlanguage.h"
#include "testsupport.h"
#include "wattmeter/wattmeterreadingstore.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>
#include <vector>

using namespace wattelier;
using namespace wattelier::ui;
using wattelier::test::nameWords;
using wattelier::test::shownTexts;
using wattelier::test::typeInCell;

class TestHouseholdGui : public QObject
{
    Q_OBJECT

private:
    wattelier::test::WorkshopFiles mFiles;

private slots:
    void initTestCase() { wattelier::test::prepareGuiTest(); }

    void init() { setFacilitatorPinHash(hashPin(QStringLiteral("2468"))); }
    void cleanup() { setFacilitatorPinHash(QString()); }

    void applianceByKeyboardOnly()
    {
        auto workshop = mFiles.create(QStringLiteral("hh"));
        const qint64 household = InventoryEditor(*workshop).addHousehold(QStringLiteral("Ana"));
        HouseholdWindow window(*workshop, household, HouseholdWindow::Mode::AtWorkshop);
        QVERIFY(wattelier::test::showAndActivate(window));
        HouseholdAppliancesPage *page = window.appliancesPage();
        ApplianceForm *form = page->form();
        const int stepsBefore = workshop->undoStack()->index();

        // Alt+A: "Add an appliance"; the form opens with the cursor in "What is it?".
        QTest::keyClick(&window, Qt::Key_A, Qt::AltModifier);
        QTRY_VERIFY(page->isEditing());
        QCOMPARE(QApplication::focusWidget(), form->searchField());
        QTest::keyClicks(form->searchField(), QStringLiteral("fridge"));
        const CatalogueEntry *expected =
            Catalogue::builtIn().search(QStringLiteral("fridge")).value(0);
        QVERIFY(expected);
        QCOMPARE(form->catalogueList()->count(),
                 Catalogue::builtIn().search(QStringLiteral("fridge")).size());
        // Down into the list, Enter chooses (and does not save): "How many?" is next.
        QTest::keyClick(form->searchField(), Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), form->catalogueList());
        QTest::keyClick(form->catalogueList(), Qt::Key_Return);
        QVERIFY(page->isEditing());
        QCOMPARE(form->searchField()->text(), expected->name(currentLanguageCode()));
        QCOMPARE(QApplication::focusWidget(), form->quantityField());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("2"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), form->powerField());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("85"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), form->hoursField());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("10"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // days a week: keep 7
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        // "Could you do without it for a day?": the catalogue's answer is checked;
        // the arrow moves to the next answer, "With some difficulty".
        QCOMPARE(QApplication::focusWidget(), form->priorityGroup()->checkedButton());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QCOMPARE(form->priorityGroup()->checkedId(), int(Priority::Useful));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        // "Could it run at another time?": "Yes, later the same day".
        QCOMPARE(QApplication::focusWidget(), form->flexibilityGroup()->checkedButton());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QCOMPARE(form->flexibilityGroup()->checkedId(), int(Flexibility::WithinDay));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

        QVERIFY(!page->isEditing());
        const QList<Appliance> stored = workshop->appliances().forHousehold(household);
        QCOMPARE(stored.size(), 1);
        const Appliance &a = stored.first();
        QCOMPARE(a.catalogueKey, expected->key);
        QCOMPARE(a.name, expected->name(currentLanguageCode()));
        QCOMPARE(a.category, expected->typical.category);
        QCOMPARE(a.quantity, 2);
        QCOMPARE(a.powerW, 85.0);
        QCOMPARE(a.hoursPerDay, 10.0);
        QCOMPARE(a.daysPerWeek, 7.0);
        QCOMPARE(a.priority, Priority::Useful);
        QCOMPARE(a.flexibility, Flexibility::WithinDay);
        QCOMPARE(page->list()->rowCount(), 1);
        QCOMPARE(page->list()->item(0, 0)->text(), a.name);
        QVERIFY(page->totalLabel()->text().contains(QLatin1String("kWh")));
        // One step, undone by one Ctrl+Z.
        QCOMPARE(workshop->undoStack()->index(), stepsBefore + 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(workshop->appliances().forHousehold(household).isEmpty());
        QCOMPARE(workshop->undoStack()->index(), stepsBefore);
    }

    void escapeCancelsAndChangeIsOneStep()
    {
        auto workshop = mFiles.create(QStringLiteral("hh"));
        const qint64 household = InventoryEditor(*workshop).addHousehold(QStringLiteral("Ana"));
        Appliance fridge = wattelier::test::sampleAppliance(household);
        fridge.priority = Priority::Indispensable;
        const qint64 id = InventoryEditor(*workshop).addAppliance(fridge);
        HouseholdWindow window(*workshop, household, HouseholdWindow::Mode::AtHome);
        QVERIFY(wattelier::test::showAndActivate(window));
        HouseholdAppliancesPage *page = window.appliancesPage();
        const int steps = workshop->undoStack()->index();

        page->addAppliance();
        QTest::keyClicks(page->form()->searchField(), QStringLiteral("kettle"));
        QTest::keyClick(page->form()->searchField(), Qt::Key_Escape);
        QVERIFY(!page->isEditing());
        QCOMPARE(workshop->appliances().forHousehold(household).size(), 1);

        // A free name with no answers is refused in plain words, nothing written.
        page->addAppliance();
        QTest::keyClicks(page->form()->searchField(), QStringLiteral("Old radio"));
        QTest::keyClick(page->form()->searchField(), Qt::Key_Return);
        QVERIFY(page->isEditing());
        QVERIFY(page->form()->findChild<QLabel *>(QStringLiteral("householdProblem"))->isVisible());
        QCOMPARE(workshop->undoStack()->index(), steps);
        QTest::keyClick(page->form()->searchField(), Qt::Key_Escape);

        // Changing three answers is one undoable step.
        page->list()->setFocus();
        page->list()->selectRow(0);
        QTest::keyClick(page->list(), Qt::Key_Return);
        QVERIFY(page->isEditing());
        ApplianceForm *form = page->form();
        form->quantityField()->setValue(3);
        form->priorityGroup()->button(int(Priority::Comfort))->click();
        form->flexibilityGroup()->button(int(Flexibility::AcrossDays))->click();
        form->saveButton()->click();
        QVERIFY(!page->isEditing());
        const Appliance changed = *workshop->appliances().get(id);
        QCOMPARE(changed.quantity, 3);
        QCOMPARE(changed.priority, Priority::Comfort);
        QCOMPARE(changed.flexibility, Flexibility::AcrossDays);
        QCOMPARE(changed.name, fridge.name);
        QCOMPARE(workshop->undoStack()->index(), steps + 1);
        window.sessionUndo()->undo();
        QCOMPARE(workshop->appliances().get(id)->quantity, 1);
        QCOMPARE(workshop->appliances().get(id)->priority, Priority::Indispensable);

        // Remove asks first; "No" keeps it.
        wattelier::test::answerNextMessageBox(QMessageBox::No);
        page->removeButton()->click();
        QCOMPARE(workshop->appliances().forHousehold(household).size(), 1);
        wattelier::test::answerNextMessageBox(QMessageBox::Yes);
        page->removeButton()->click();
        QVERIFY(workshop->appliances().forHousehold(household).isEmpty());
    }

    void showsNoOtherHousehold_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("mode");
        // A: PV, day/night meter, wattmeter reading; C: no challenge;
        // I: notes that name another household.
        for (const int index : {0, 2, 8}) {
            QTest::addRow("%d at the workshop", index)
                << index << int(HouseholdWindow::Mode::AtWorkshop);
            QTest::addRow("%d at home", index) << index << int(HouseholdWindow::Mode::AtHome);
        }
    }

    void showsNoOtherHousehold()
    {
        QFETCH(int, index);
        QFETCH(int, mode);
        auto workshop = mFiles.demo();
        QVERIFY(workshop);
        const QList<Household> households = workshop->households().all();
        const Household shown = households.at(index);
        HouseholdWindow window(*workshop, shown.id, HouseholdWindow::Mode(mode));
        window.resize(1366, 768);
        QVERIFY(wattelier::test::showAndActivate(window));
        QVERIFY(window.heading()->text().startsWith(pseudonym(shown)));

        // Every page, and the form with a catalogue entry chosen.
        QStringList texts;
        for (int tab = 0; tab < window.tabs()->count(); ++tab) {
            window.tabs()->setCurrentIndex(tab);
            texts += shownTexts(&window);
        }
        window.tabs()->setCurrentIndex(0);
        window.appliancesPage()->list()->selectRow(0);
        window.appliancesPage()->changeCurrent();
        texts += shownTexts(&window);
        QVERIFY(texts.join(QLatin1Char('\n')).contains(pseudonym(shown)));

        QStringList forbidden = nameWords(shown.name); // not even its own real name
        forbidden.append(shown.name);
        for (const Household &other : households) {
            if (other.id == shown.id)
                continue;
            forbidden << other.name << pseudonym(other) << nameWords(other.name);
        }
        for (const QString &word : std::as_const(forbidden)) {
            const QRegularExpression pattern(
                QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(word)));
            for (const QString &text : std::as_const(texts))
                QVERIFY2(!pattern.match(text).hasMatch(),
                         qPrintable(QStringLiteral("“%1” shows “%2”").arg(text, word)));
        }
    }

    void undoStopsAtSessionStart()
    {
        auto workshop = mFiles.create(QStringLiteral("hh"));
        InventoryEditor editor(*workshop);
        const qint64 ana = editor.addHousehold(QStringLiteral("Ana"));
        const qint64 wim = editor.addHousehold(QStringLiteral("Wim"));
        const qint64 wimsFridge = editor.addAppliance(wattelier::test::sampleAppliance(wim));
        const qint64 wimsLamp =
            editor.addAppliance(wattelier::test::sampleAppliance(wim, QStringLiteral("Lamp")));
        // The facilitator undid the lamp: redo would bring it back, but not from Ana's window.
        workshop->undoStack()->undo();
        QVERIFY(!workshop->appliances().get(wimsLamp));
        const int start = workshop->undoStack()->index();

        HouseholdWindow window(*workshop, ana, HouseholdWindow::Mode::AtWorkshop);
        QVERIFY(wattelier::test::showAndActivate(window));
        SessionUndo *undo = window.sessionUndo();
        QCOMPARE(undo->startIndex(), start);
        QVERIFY(!undo->undoAction()->isEnabled());
        QVERIFY(!undo->redoAction()->isEnabled());
        window.appliancesPage()->list()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(workshop->undoStack()->index(), start);
        QVERIFY(workshop->appliances().get(wimsFridge));
        QVERIFY(!workshop->appliances().get(wimsLamp));

        // Ana adds one appliance: undo takes it back, and stops there.
        HouseholdAppliancesPage *page = window.appliancesPage();
        page->addAppliance();
        QTest::keyClicks(page->form()->searchField(), QStringLiteral("kettle"));
        QTest::keyClick(page->form()->searchField(), Qt::Key_Down);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(workshop->appliances().forHousehold(ana).size(), 1);
        QVERIFY(undo->undoAction()->isEnabled());
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(workshop->appliances().forHousehold(ana).isEmpty());
        QCOMPARE(workshop->undoStack()->index(), start);
        QVERIFY(workshop->appliances().get(wimsFridge));
        QVERIFY(!undo->undoAction()->isEnabled());
        // Redo brings Ana's appliance back, and no further.
        for (int i = 0; i < 2; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z,
                            Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(workshop->appliances().forHousehold(ana).size(), 1);
        QCOMPARE(workshop->undoStack()->index(), start + 1);
        QVERIFY(!undo->redoAction()->isEnabled());
    }

    void wattmeterReadingAndMeterIndexes()
    {
        auto workshop = mFiles.demo();
        QVERIFY(workshop);
        // Household H (index 7): one register, and its reading of 15 June never came.
        const Household household = workshop->households().all().at(7);
        HouseholdWindow window(*workshop, household.id, HouseholdWindow::Mode::AtHome);
        QVERIFY(wattelier::test::showAndActivate(window));

        window.tabs()->setCurrentWidget(window.wattmeterPage());
        HouseholdWattmeterPage *watt = window.wattmeterPage();
        const Appliance appliance = workshop->appliances().forHousehold(household.id).first();
        const auto readingsOf = [&] {
            return workshop->wattmeterReadings().forAppliance(appliance.id);
        };
        const qsizetype before = readingsOf().size();
        const int rowsBefore = watt->list()->rowCount();
        watt->applianceBox()->setCurrentIndex(watt->applianceBox()->findData(appliance.id));
        watt->kindBox()->setCurrentIndex(watt->kindBox()->findData(int(ReadingKind::Standby)));
        QTest::keyClicks(watt->valueField(), QStringLiteral("abc"));
        QTest::keyClick(watt->valueField(), Qt::Key_Return);
        QVERIFY(watt->messageLabel()->isVisible());
        QVERIFY(watt->messageLabel()->text().contains(QLatin1String("not a number")));
        QCOMPARE(readingsOf().size(), before);
        watt->valueField()->clear();
        QTest::keyClicks(watt->valueField(), QStringLiteral("3.5"));
        QTest::keyClick(watt->valueField(), Qt::Key_Return);
        QCOMPARE(readingsOf().size(), before + 1);
        const WattmeterReading added = readingsOf().last();
        QCOMPARE(added.kind, ReadingKind::Standby);
        QCOMPARE(added.value, 3.5);
        QCOMPARE(added.measuredOn, QDate::currentDate());
        QCOMPARE(watt->list()->rowCount(), rowsBefore + 1);

        window.tabs()->setCurrentWidget(window.meterPage());
        HouseholdMeterPage *meter = window.meterPage();
        QTableWidget *grid = meter->grid();
        QVERIFY(grid->isVisible());
        QCOMPARE(grid->columnCount(), 1);
        const int june15 = int(meter->dates().indexOf(QDate(2026, 6, 15)));
        QVERIFY(june15 > 0);
        QVERIFY(grid->item(june15, 0)->text().isEmpty());
        const auto indexOn = [&](const QDate &date) -> std::optional<double> {
            for (const StoredIndexReading &r : workshop->challenges().indexReadings(household.id))
                if (r.reading.date == date)
                    return r.reading.index;
            return std::nullopt;
        };
        const double june8 = *indexOn(QDate(2026, 6, 8));
        const double june22 = *indexOn(QDate(2026, 6, 22));
        const int typed = int((june8 + june22) / 2);
        grid->setFocus();
        grid->setCurrentCell(june15, 0);
        typeInCell(grid, QString::number(typed));
        QCOMPARE(indexOn(QDate(2026, 6, 15)).value_or(-1.0), double(typed));

        // A falling index is refused, explained, and nothing is written.
        const int steps = workshop->undoStack()->index();
        const qsizetype count = workshop->challenges().indexReadings(household.id).size();
        const int june29 = int(meter->dates().indexOf(QDate(2026, 6, 29)));
        const double kept = *indexOn(QDate(2026, 6, 29));
        grid->setFocus();
        grid->setCurrentCell(june29, 0);
        typeInCell(grid, QString::number(int(june22) - 50));
        QVERIFY(meter->messageLabel()->isVisible());
        QVERIFY2(meter->messageLabel()->text().contains(QLatin1String("lower")),
                 qPrintable(meter->messageLabel()->text()));
        QVERIFY(meter->messageLabel()->text().contains(QLatin1String("Nothing was saved")));
        QCOMPARE(indexOn(QDate(2026, 6, 29)).value_or(-1.0), kept);
        QCOMPARE(workshop->challenges().indexReadings(household.id).size(), count);
        QCOMPARE(workshop->undoStack()->index(), steps);
        QCOMPARE(grid->item(june29, 0)->text().remove(QLatin1Char(',')).toDouble(), kept);
    }

    void noChallengeSaidPlainly()
    {
        auto workshop = mFiles.demo();
        QVERIFY(workshop);
        const Household household = workshop->households().all().at(2); // took no part
        HouseholdWindow window(*workshop, household.id, HouseholdWindow::Mode::AtHome);
        QVERIFY(wattelier::test::showAndActivate(window));
        window.tabs()->setCurrentWidget(window.meterPage());
        QVERIFY(!window.meterPage()->grid()->isVisible());
        bool said = false;
        for (QLabel *label : window.meterPage()->findChildren<QLabel *>())
            said = said ||
                   (label->isVisible() && label->text().contains(QLatin1String("not taking part")));
        QVERIFY(said);
        // At home: where the file is, and nothing about a PIN.
        QVERIFY(window.donePanel());
        QVERIFY(window.leaveButton()->text().contains(QLatin1String("Cl")));
        QVERIFY(window.close());
    }

    void fitsAndNamedInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("nl") << QStringLiteral("nl");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void fitsAndNamedInEveryLanguage()
    {
        QFETCH(QString, language);
        const ReportLanguage scope(language); // Wattelier's and Qt's texts, and the locale
        QVERIFY(scope.isValid());
        auto workshop = mFiles.demo();
        QVERIFY(workshop);
        const QSize laptop(1366, 768);
        for (const auto mode : {HouseholdWindow::Mode::AtWorkshop, HouseholdWindow::Mode::AtHome}) {
            HouseholdWindow window(*workshop, workshop->households().all().at(0).id, mode);
            window.resize(laptop);
            QVERIFY(wattelier::test::showAndActivate(window));
            QStringList problems;
            const auto check = [&](const QString &where) {
                QApplication::processEvents();
                for (const QString &problem :
                     wattelier::test::cutTexts(&window) + wattelier::test::unnamedControls(&window))
                    problems.append(where + QStringLiteral(": ") + problem);
                const QSize minimum = window.minimumSizeHint();
                if (minimum.width() > laptop.width() || minimum.height() > laptop.height())
                    problems.append(QStringLiteral("%1: the window needs %2 × %3 px")
                                        .arg(where)
                                        .arg(minimum.width())
                                        .arg(minimum.height()));
            };
            for (int tab = 0; tab < window.tabs()->count(); ++tab) {
                window.tabs()->setCurrentIndex(tab);
                check(window.tabs()->tabText(tab));
            }
            window.tabs()->setCurrentIndex(0);
            window.appliancesPage()->addAppliance();
            QTest::keyClicks(window.appliancesPage()->form()->searchField(),
                             QStringLiteral("wash"));
            QTest::keyClick(window.appliancesPage()->form()->searchField(), Qt::Key_Down);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            check(QStringLiteral("form"));
            problems.removeDuplicates();
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        }
    }

    void categoryIconsAreDistinct()
    {
        QList<QImage> images;
        for (const Category category : allCategories()) {
            const QImage image = renderCategoryIcon(category, 48);
            QCOMPARE(image.size(), QSize(48, 48));
            int dark = 0; // pictogram strokes
            for (int y = 0; y < 48; ++y)
                for (int x = 0; x < 48; ++x)
                    dark += qGray(image.pixel(x, y)) < 90 && qAlpha(image.pixel(x, y)) > 200;
            QVERIFY2(dark > 40, qPrintable(QString::number(int(category))));
            for (const QImage &other : std::as_const(images))
                QVERIFY(other != image);
            images.append(image);
        }
    }
};

QTEST_MAIN(TestHouseholdGui)
#include "tst_householdgui.moc"
