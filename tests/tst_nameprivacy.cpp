// SPDX-License-Identifier: GPL-3.0-or-later
// Names stay hidden until the facilitator turns them on (#19). With the
// workshop's one "show household names" state off, the default, a walk
// through every page of the main window (each household chosen in turn on
// the inventory), every slide and the meeting summary finds no household's
// name in any text a person could read: labels, buttons, fields, lists,
// tables and their headers, charts, tooltips, window titles. With names on,
// the same walk finds them (so the walk can fail).

#include "core/workshop.h"
#include "guisupport.h"
#include "inventory/householdpanel.h"
#include "inventory/householdstore.h"
#include "inventory/inventorypage.h"
#include "mainwindow.h"
#include "presentation/slidecontent.h"
#include "presentation/slidestore.h"
#include "report/reportdocument.h"
#include "workshopview.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <qcustomplot.h>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>

using namespace wattelier;
using namespace wattelier::ui;

namespace {

void addModelTexts(const QAbstractItemModel *model, const QModelIndex &parent, QStringList &texts)
{
    if (!model)
        return;
    for (int c = 0; c < model->columnCount(parent); ++c)
        texts << model->headerData(c, Qt::Horizontal).toString();
    for (int r = 0; r < model->rowCount(parent); ++r) {
        texts << model->headerData(r, Qt::Vertical).toString();
        for (int c = 0; c < model->columnCount(parent); ++c) {
            const QModelIndex index = model->index(r, c, parent);
            texts << model->data(index).toString()
                  << model->data(index, Qt::ToolTipRole).toString();
            if (c == 0 && model->hasChildren(index))
                addModelTexts(model, index, texts);
        }
    }
}

void addChartTexts(QChart *chart, QStringList &texts)
{
    texts << chart->title();
    for (QAbstractSeries *series : chart->series()) {
        texts << series->name();
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            for (QBarSet *set : bars->barSets())
                texts << set->label();
    }
    for (QAbstractAxis *axis : chart->axes()) {
        texts << axis->titleText();
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            texts << categories->categories();
    }
}

void addPlotTexts(QCustomPlot *plot, QStringList &texts)
{
    for (int i = 0; i < plot->plottableCount(); ++i)
        texts << plot->plottable(i)->name();
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto *text = qobject_cast<QCPItemText *>(plot->item(i)))
            texts << text->text();
    for (QCPAxis *axis : plot->axisRect()->axes()) {
        texts << axis->label();
        if (auto ticker = axis->ticker().dynamicCast<QCPAxisTickerText>())
            for (const QString &label : ticker->ticks())
                texts << label;
    }
}

/*! Every text a person could read in \a root and its children. */
QStringList readableTexts(QWidget *root)
{
    QStringList texts{root->windowTitle()};
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisibleTo(root) && w != root)
            continue;
        texts << w->toolTip() << w->accessibleName() << w->accessibleDescription();
        if (auto *label = qobject_cast<QLabel *>(w))
            texts << label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts << button->text();
        else if (auto *line = qobject_cast<QLineEdit *>(w))
            texts << line->text() << line->placeholderText();
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
            texts << plain->toPlainText();
        else if (auto *rich = qobject_cast<QTextEdit *>(w))
            texts << rich->toPlainText();
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            texts << group->title();
        else if (auto *tabs = qobject_cast<QTabWidget *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        else if (auto *view = qobject_cast<QAbstractItemView *>(w))
            addModelTexts(view->model(), {}, texts);
        else if (auto *chart = qobject_cast<QChartView *>(w))
            addChartTexts(chart->chart(), texts);
        else if (auto *plot = qobject_cast<QCustomPlot *>(w))
            addPlotTexts(plot, texts);
    }
    return texts;
}

/*! The household names found in \a texts, with where (the text) for the message. */
QStringList namesIn(const QStringList &texts, const QStringList &names)
{
    QStringList found;
    for (const QString &text : texts)
        for (const QString &name : names)
            if (!text.isEmpty() && text.contains(name))
                found << QStringLiteral("“%1” in “%2”").arg(name, text.left(80));
    found.removeDuplicates();
    return found;
}

} // namespace

class TestNamePrivacy : public QObject
{
    Q_OBJECT

private:
    /*! Every text of every page (each household chosen in turn), every slide and the summary. */
    QStringList everything(MainWindow &window)
    {
        Workshop &workshop = *window.workshop();
        QStringList texts;
        WorkshopView *view = window.workshopView();
        for (int page = 0; page < WorkshopView::PageCount; ++page) {
            view->showPage(WorkshopView::Page(page));
            QTest::qWait(20);
            texts += readableTexts(&window);
        }
        view->showPage(WorkshopView::Inventory);
        QTableView *households = view->inventory()->households()->findChild<QTableView *>();
        for (int row = 0; row < households->model()->rowCount(); ++row) {
            households->selectRow(row);
            QTest::qWait(5);
            texts += readableTexts(&window);
        }
        for (const Slide &slide : SlideEditor(workshop).sequence())
            texts += slideContent(workshop, slide, workshop.showNames()).allText();
        ReportRequest summary;
        summary.showNames = workshop.showNames();
        texts << buildReport(workshop, summary).document->toPlainText();
        return texts;
    }

private slots:
    void initTestCase() { wattelier::test::prepareGuiTest(false); }

    void noNameAnywhereUntilTurnedOn()
    {
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDemoWorkshop());
        Workshop &workshop = *window.workshop();
        QVERIFY(!workshop.showNames()); // off whenever a workshop opens
        QStringList names;
        for (const Household &h : workshop.households().all())
            names << h.name;
        QCOMPARE(names.size(), 18);

        const QStringList leaks = namesIn(everything(window), names);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));

        // The walk can fail: with names on, the same walk finds every household.
        window.workshopView()->inventory()->households()->showNamesAction()->trigger();
        QVERIFY(workshop.showNames());
        const QStringList shown = namesIn(everything(window), names);
        for (const QString &name : std::as_const(names))
            QVERIFY2(shown.join(QLatin1Char('\n')).contains(name), qPrintable(name));
    }
};

QTEST_MAIN(TestNamePrivacy)
#include "tst_nameprivacy.moc"
