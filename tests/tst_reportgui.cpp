// SPDX-License-Identifier: GPL-3.0-or-later
// Print and export (#8) driven like a user: Ctrl+P opens the dialog, sections
// and notes are chosen with the keyboard and saved in the workshop at once,
// names need a confirmation, the preview paints the same pages as the PDF,
// and an export writes what was chosen.

#include "core/workshop.h"
#include "demo/demoworkshop.h"
#include "guisupport.h"
#include "inventory/catalogue.h"
#include "inventory/householdstore.h"
#include "mainwindow.h"
#include "pdftext.h"
#include "report/reportdialog.h"
#include "report/reportdocument.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace wattelier;
using namespace wattelier::ui;
using wattelier::test::answerNextMessageBox;

class TestReportGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { wattelier::test::prepareGuiTest(false); }

    void ctrlPOpensTheDialogOnTheSummary()
    {
        QTemporaryDir dir;
        auto workshop = test::openDemoWorkshop(dir);
        const QString path = workshop->filePath();
        workshop.reset();
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkshop(path));
        QApplication::setActiveWindow(&window);
        ReportDialog *dialog = nullptr;
        QTimer::singleShot(0, [&dialog] {
            QTRY_VERIFY((dialog = qobject_cast<ReportDialog *>(QApplication::activeModalWidget())));
            QCOMPARE(dialog->kind(), ReportKind::Summary);
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier);
        QVERIFY(dialog);
        window.closeWorkshop();
    }

    void choicesAreSavedAsTheyAreMade()
    {
        QTemporaryDir dir;
        auto workshop = test::openDemoWorkshop(dir);
        ReportDialog dialog(*workshop, ReportKind::Summary);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Untick the wattmeter section with the keyboard.
        QCheckBox *wattmeter = dialog.sectionBox(ReportSection::Wattmeter);
        QVERIFY(wattmeter->isChecked());
        wattmeter->setFocus();
        QTest::keyClick(wattmeter, Qt::Key_Space);
        QVERIFY(!reportSettings(*workshop).has(ReportSection::Wattmeter));
        // Notes typed are in the file shortly after typing stops, without closing.
        dialog.notesEdit()->setFocus();
        QTest::keyClicks(dialog.notesEdit(), QStringLiteral("Bring the wattmeters back"));
        QTRY_COMPARE(reportSettings(*workshop).notes, QStringLiteral("Bring the wattmeters back"));

        const QString pdf = dir.filePath(QStringLiteral("summary.pdf"));
        QSignalSpy exported(&dialog, &ReportDialog::exported);
        QVERIFY(dialog.exportTo(pdf));
        QCOMPARE(exported.size(), 1);
        const QString text = test::pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Bring the wattmeters back")));
        QVERIFY(!text.contains(QStringLiteral("Wattmeter surprises")));
        QVERIFY(text.contains(QStringLiteral("Inventory by priority")));
    }

    void namesNeedAConfirmation()
    {
        QTemporaryDir dir;
        auto workshop = test::openDemoWorkshop(dir);
        const QString someone = workshop->households().all().first().name;
        {
            ReportDialog dialog(*workshop, ReportKind::HouseholdSheet);
            dialog.show();
            answerNextMessageBox(QMessageBox::No);
            dialog.namesBox()->click();
            QVERIFY(!dialog.namesBox()->isChecked());
            QVERIFY(!dialog.request().showNames);
            answerNextMessageBox(QMessageBox::Yes);
            dialog.namesBox()->click();
            QVERIFY(dialog.namesBox()->isChecked());
            QVERIFY(dialog.request().showNames);
            // The household list now shows names beside the pseudonyms.
            QVERIFY(dialog.householdCombo()->itemText(1).contains(someone));
            // One names state for the open workshop (#19): a new dialog follows it...
            ReportDialog again(*workshop, ReportKind::Summary);
            QVERIFY(again.namesBox()->isChecked());
            QVERIFY(workshop->showNames());
        }
        // ...but it is never stored: the workshop opened again starts anonymous.
        const QString path = workshop->filePath();
        workshop.reset();
        WorkshopError error;
        workshop = Workshop::open(path, &error);
        QVERIFY(workshop);
        ReportDialog reopened(*workshop, ReportKind::Summary);
        QVERIFY(!reopened.namesBox()->isChecked());
    }

    void previewPaintsThePagesOfThePdf()
    {
        QTemporaryDir dir;
        auto workshop = test::openDemoWorkshop(dir);
        ReportDialog dialog(*workshop, ReportKind::BlankForms);
        dialog.show();
        dialog.householdCombo()->setCurrentIndex(2); // Household B
        int previewPages = -1;
        QTimer::singleShot(0, [&previewPages] {
            QPrintPreviewDialog *preview = nullptr;
            QTRY_VERIFY(
                (preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget())));
            auto *widget = preview->findChild<QPrintPreviewWidget *>();
            QTRY_VERIFY(widget->pageCount() > 0);
            previewPages = widget->pageCount();
            preview->reject();
        });
        QTest::mouseClick(dialog.previewButton(), Qt::LeftButton);
        QCOMPARE(previewPages, 3);
        const QString pdf = dir.filePath(QStringLiteral("forms.pdf"));
        QVERIFY(dialog.exportTo(pdf));
        QCOMPARE(test::pdfPages(pdf), previewPages);
        QVERIFY(test::pdfText(pdf).contains(QStringLiteral("Household B")));
    }

    void everyHouseholdGoesToAFolder()
    {
        QTemporaryDir dir;
        auto workshop = test::openDemoWorkshop(dir);
        ReportDialog dialog(*workshop, ReportKind::HouseholdSheet);
        dialog.show();
        QCOMPARE(dialog.householdCombo()->currentIndex(), 0); // every household
        QVERIFY(!dialog.previewButton()->isEnabled());
        const QString folder = dir.filePath(QStringLiteral("sheets"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(dialog.exportTo(folder));
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), workshop->households().count());
        dialog.householdCombo()->setCurrentIndex(1);
        QVERIFY(dialog.previewButton()->isEnabled());
    }
};

QTEST_MAIN(TestReportGui)
#include "tst_reportgui.moc"
