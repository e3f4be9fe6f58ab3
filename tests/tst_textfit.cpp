// SPDX-License-Identifier: GPL-3.0-or-later
// No text cut off, every control named (#10): the main window's pages, in
// French, Dutch and English, at 1366 × 768 (a common laptop screen, or a
// 2732 × 1536 one at 200 %): every visible label, button, check box and tab
// is at least as wide as its text needs, and assistive technology can name
// every control.

#include "catalogue.h"
#include "demoworkshop.h"
#include "mainwindow.h"
#include "report/reportlanguage.h"
#include "workshop.h"
#include "workshopview.h"

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
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

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
};

QTEST_MAIN(TestTextFit)
#include "tst_textfit.moc"
