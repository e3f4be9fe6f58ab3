// SPDX-License-Identifier: GPL-3.0-or-later
// The Data page and the import dialog (#5), driven as a user would:
// choose a file, see the preview, pick the owner, import, undo, redo;
// a broken file shows its line and cannot be imported; a table no format
// knows is read with the generic reader and its choices are remembered;
// rename, reassign and delete are undoable.

#include "guisupport.h"
#include "inventory/householdstore.h"
#include "inventory/inventorypage.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "timeseries/datapage.h"
#include "timeseries/importdialog.h"
#include "timeseries/layoutform.h"
#include "timeseries/seriescommands.h"
#include "timeseries/seriesstore.h"
#include "timeseries/seriestablemodel.h"
#include "workshopview.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace wattelier;
using namespace wattelier::ui;

namespace {

const QString fluvius =
    QStringLiteral(WATTELIER_TEST_DATA "/timeseries/fluvius-nl/Verbruikshistoriek_elektriciteit_"
                                       "541448820000612348_20251025_20251027_kwartiertotalen.csv");

bool waitForReading(ImportDialog &dialog)
{
    if (!dialog.isReading())
        return true;
    QSignalSpy done(&dialog, &ImportDialog::readingFinished);
    return done.wait(20000);
}

} // namespace

class DataGuiTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { wattelier::test::prepareGuiTest(false); }

    void importShowsPreviewAndIsUndoable()
    {
        QTemporaryDir dir;
        auto workshop = test::createWorkshop(dir);
        Household h;
        h.name = QStringLiteral("Famille Peeters");
        const qint64 household = workshop->households().insert(h);

        ImportDialog dialog(*workshop);
        dialog.setFile(fluvius);
        QVERIFY(waitForReading(dialog));
        QVERIFY2(dialog.result().ok(), qPrintable(dialog.statusLabel()->text()));
        QCOMPARE(dialog.preview()->topLevelItemCount(), 2); // offtake and injection
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("Fluvius")));
        QVERIFY(dialog.importButton()->isEnabled());
        // Owners are shown by pseudonym, never by name.
        for (int i = 0; i < dialog.ownerBox()->count(); ++i)
            QVERIFY(!dialog.ownerBox()->itemText(i).contains(QStringLiteral("Peeters")));
        dialog.ownerBox()->setCurrentIndex(dialog.ownerBox()->findData(household));
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QCOMPARE(dialog.result().series.size(), 2);

        const auto series = workshop->series().all();
        QCOMPARE(series.size(), 2);
        const auto offtake = std::find_if(series.begin(), series.end(), [](const SeriesInfo &s) {
            return s.kind == SeriesKind::Offtake;
        });
        QVERIFY(offtake != series.end());
        QCOMPARE(offtake->householdId, household);
        QCOMPARE(offtake->sourceFile, QFileInfo(fluvius).fileName());
        const qint64 firstId = offtake->id;
        workshop->undoStack()->undo();
        QVERIFY(workshop->series().all().isEmpty());
        workshop->undoStack()->redo();
        QCOMPARE(workshop->series().all().size(), 2);
        QVERIFY(workshop->series().get(firstId)); // the same id again
        QCOMPARE(qRound64(workshop->series().get(firstId)->stats.totalKwh * 1000), qint64(33247));
    }

    void brokenFileShowsWhereAndCannotBeImported()
    {
        QTemporaryDir dir;
        auto workshop = test::createWorkshop(dir);
        ImportDialog dialog(*workshop);
        dialog.setFile(
            QStringLiteral(WATTELIER_TEST_DATA "/timeseries/fluvius-nl/broken-text-in-volume.csv"));
        QVERIFY(waitForReading(dialog));
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("line 98, column 9")));
        QVERIFY(!dialog.importButton()->isEnabled());
        dialog.accept(); // even forced, nothing is written
        QVERIFY(workshop->series().all().isEmpty());
    }

    void genericTableIsReadAndItsLayoutRemembered()
    {
        QTemporaryDir dir;
        auto workshop = test::createWorkshop(dir);
        const QString csv = dir.filePath(QStringLiteral("logger.csv"));
        QByteArray text("Horodatage;Compteur PV (kWh);Remarque\n");
        for (int i = 0; i <= 96; ++i)
            text += QDateTime(QDate(2026, 6, 21), QTime(0, 0), Qt::UTC)
                        .addSecs(i * 900)
                        .toString(QStringLiteral("dd/MM/yyyy HH:mm"))
                        .toLatin1() +
                    ';' + QByteArray::number(1000 + i * 0.25, 'f', 2).replace('.', ',') + ";ok\n";
        test::writeFile(csv, text);

        ImportDialog dialog(*workshop);
        dialog.setFile(csv);
        QVERIFY(waitForReading(dialog));
        QVERIFY(dialog.layoutForm()->isVisible() || !dialog.layoutForm()->isHidden());
        QVERIFY2(dialog.result().ok(), qPrintable(dialog.statusLabel()->text()));
        DelimitedLayout layout = dialog.layoutForm()->layoutChoices();
        QCOMPARE(layout.delimiter, ';');
        QCOMPARE(layout.decimal, ',');
        QCOMPARE(layout.columns.size(), 1);
        QCOMPARE(layout.columns.first().quantity, SourceQuantity::CumulativeIndex);
        // 96 quarter hours of 0.25 kWh
        QCOMPARE(qRound64(statsOf(dialog.result().series.first().data).totalKwh * 1000),
                 qint64(24000));
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QCOMPARE(workshop->series().all().size(), 1);

        // The same layout again: the remembered choices are used at once.
        ImportDialog again(*workshop);
        again.setFile(csv);
        QVERIFY(waitForReading(again));
        QVERIFY(!again.layoutForm()->isHidden());
        QCOMPARE(again.result().format, QStringLiteral("generic"));
        QVERIFY(again.result().ok());
    }

    void stopReadingLeavesNothing()
    {
        QTemporaryDir dir;
        auto workshop = test::createWorkshop(dir);
        const QString csv = dir.filePath(QStringLiteral("big.csv"));
        QByteArray text("time,power_w\n");
        for (int i = 0; i < 60000; ++i)
            text += QDateTime::fromSecsSinceEpoch(1735689600 + i * 60, Qt::UTC)
                        .toString(Qt::ISODate)
                        .toLatin1() +
                    ",500\n";
        test::writeFile(csv, text);
        ImportDialog dialog(*workshop);
        dialog.setFile(csv);
        QPushButton *stop = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            if (b->text() == ImportDialog::tr("Stop reading"))
                stop = b;
        QVERIFY2(stop, "the dialog has a Stop reading button");
        // Pressed while the worker reads: a stop asked for before the reading
        // returns is always honoured, so the result is cancelled.
        stop->click();
        QVERIFY(waitForReading(dialog));
        QVERIFY(dialog.result().cancelled);
        QVERIFY(dialog.result().series.isEmpty());
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY(workshop->series().all().isEmpty());
    }

    // A clamp on the main supply measures offtake, not consumption (#18): the
    // kind is changed after import, shown at once, and undone with Ctrl+Z.
    void kindIsChangedAfterImport()
    {
        QTemporaryDir dir;
        auto workshop = test::createWorkshop(dir);
        RegularSeries data;
        data.intervalS = 900;
        data.startUtc = 1750000500;
        data.kwh = {0.1f, 0.2f, 0.3f};
        const qint64 id =
            test::storeSeries(*workshop, QStringLiteral("Clamp"), SeriesKind::Consumption, 0, data);
        DataPage page(*workshop);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *table = page.findChild<QTableView *>();
        table->selectRow(0);
        QVERIFY(page.kindAction()->isEnabled());
        page.setCurrentKind(SeriesKind::Offtake);
        QCOMPARE(workshop->series().get(id)->kind, SeriesKind::Offtake);
        QCOMPARE(table->model()->index(0, SeriesTableModel::KindColumn).data().toString(),
                 label(SeriesKind::Offtake));
        QVERIFY(workshop->undo());
        QCOMPARE(workshop->series().get(id)->kind, SeriesKind::Consumption);
        QCOMPARE(table->model()->index(0, SeriesTableModel::KindColumn).data().toString(),
                 label(SeriesKind::Consumption));
    }

    // The layout form has a row per column of the file, each with its own kind
    // and unit (#18): a table of offtake and injection gives two series.
    void eachColumnHasItsOwnKind()
    {
        QTemporaryDir dir;
        auto workshop = test::createWorkshop(dir);
        const QString csv = dir.filePath(QStringLiteral("meter.csv"));
        test::writeFile(csv, "Tijd;Afname (kWh);Injectie (kWh)\n"
                             "2025-03-01 10:00;0,5;0\n"
                             "2025-03-01 10:15;0,25;0,5\n"
                             "2025-03-01 10:30;1;0\n");
        ImportDialog dialog(*workshop);
        dialog.setFile(csv);
        QVERIFY(waitForReading(dialog));
        QVERIFY2(dialog.result().ok(), qPrintable(dialog.statusLabel()->text()));
        QCOMPARE(dialog.layoutForm()->columnTable()->rowCount(), 3);
        const DelimitedLayout layout = dialog.layoutForm()->layoutChoices();
        QCOMPARE(layout.columns.size(), 2);
        QCOMPARE(layout.columns.at(0).kind, SeriesKind::Offtake);
        QCOMPARE(layout.columns.at(1).kind, SeriesKind::Injection);
        QCOMPARE(dialog.preview()->topLevelItemCount(), 2);
    }

    // After a file no format knows, the next file is recognised again (#20).
    void aNewFileStartsFromRecognition()
    {
        QTemporaryDir dir;
        auto workshop = test::createWorkshop(dir);
        const QString odd = dir.filePath(QStringLiteral("odd.csv"));
        test::writeFile(odd, "no dates here;at all\n1;2\n3;4\n");
        ImportDialog dialog(*workshop);
        dialog.setFile(odd);
        QVERIFY(waitForReading(dialog));
        QVERIFY(!dialog.result().ok());
        dialog.setFile(fluvius);
        QVERIFY(waitForReading(dialog));
        QVERIFY2(dialog.result().ok(), qPrintable(dialog.statusLabel()->text()));
        QCOMPARE(dialog.result().format, QStringLiteral("fluvius"));
    }

    void fileDroppedOnTheWindowIsImported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("drop.wattelier"));
        {
            WorkshopError error;
            QVERIFY(Workshop::create(path, QStringLiteral("Drop"), &error));
        }
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        QVERIFY(window.openWorkshop(path));
        window.workshopView()->showPage(WorkshopView::Inventory);

        // The import dialog is modal: answer it when it shows.
        bool answered = false;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&answered, &poll] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *dialog = qobject_cast<ImportDialog *>(w);
                if (!dialog || !dialog->isVisible() || dialog->isReading())
                    continue;
                poll.stop();
                QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
                answered = true;
            }
        });
        poll.start();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(
            QStringLiteral(WATTELIER_TEST_DATA "/timeseries/enphase/9999999_custom_report.csv"))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(answered);
        QCOMPARE(window.workshopView()->currentPage(), WorkshopView::Data);
        QCOMPARE(window.workshop()->series().all().size(), 1);
        QCOMPARE(window.workshop()->series().all().first().kind, SeriesKind::Production);
    }

    void renameReassignDeleteAreUndoable()
    {
        QTemporaryDir dir;
        auto workshop = test::createWorkshop(dir);
        Household h;
        h.name = QStringLiteral("Sophie Lambert");
        const qint64 household = workshop->households().insert(h);
        ImportDialog dialog(*workshop);
        dialog.setFile(fluvius);
        QVERIFY(waitForReading(dialog));
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);

        DataPage page(*workshop);
        page.resize(900, 400);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        SeriesTableModel *model = page.model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->data(model->index(0, SeriesTableModel::OwnerColumn)).toString(),
                 SeriesTableModel::tr("The group"));

        // Rename by typing in the table: F2, a name, Enter.
        QApplication::setActiveWindow(&page); // offscreen windows are not activated
        page.table()->setFocus();
        const qint64 renamed = model->seriesIdAt(0);
        page.table()->setCurrentIndex(model->index(0, SeriesTableModel::NameColumn));
        QTest::keyClick(page.table(), Qt::Key_F2);
        auto *editor = page.table()->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        QTest::keySequence(editor, QKeySequence::SelectAll);
        QTest::keyClicks(editor, QStringLiteral("Cabine BT"));
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits on the next turn of the event loop.
        QTRY_COMPARE(workshop->series().get(renamed)->name, QStringLiteral("Cabine BT"));
        const qint64 id = renamed;
        workshop->undoStack()->undo();
        QVERIFY(!workshop->series().find(QStringLiteral("Cabine BT")));
        workshop->undoStack()->redo();

        workshop->undoStack()->push(new SetSeriesOwnerCommand(*workshop, id, household));
        QCOMPARE(workshop->series().get(id)->householdId, household);
        QVERIFY(model->data(model->index(model->rowOf(id), SeriesTableModel::OwnerColumn))
                    .toString()
                    .contains(QLatin1String("A"))); // the pseudonym, not the name

        page.table()->setCurrentIndex(model->index(model->rowOf(id), 0));
        QVERIFY(page.deleteAction()->isEnabled());
        page.deleteAction()->trigger();
        QVERIFY(!workshop->series().get(id));
        workshop->undoStack()->undo();
        const auto back = workshop->series().get(id);
        QVERIFY(back);
        QCOMPARE(back->name, QStringLiteral("Cabine BT"));
        QCOMPARE(back->householdId, household);
    }
};

QTEST_MAIN(DataGuiTest)
#include "tst_datagui.moc"
