// SPDX-License-Identifier: GPL-3.0-or-later
// The user guide (#10): F1 opens it in the interface's language; each
// language's guide has its sections, every picture it shows is found, and
// the sections list scrolls to them.

#include "guisupport.h"
#include "help/helpwindow.h"
#include "mainwindow.h"

#include <QApplication>
#include <QListWidget>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>

using namespace wattelier::ui;

class TestHelpGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { wattelier::test::prepareGuiTest(false); }

    void guideInEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("firstHeading");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Wattelier user guide");
        QTest::newRow("fr") << QStringLiteral("fr")
                            << QStringLiteral("Guide d'utilisation de Wattelier");
        QTest::newRow("nl") << QStringLiteral("nl")
                            << QStringLiteral("Gebruikershandleiding van Wattelier");
    }

    void guideInEachLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, firstHeading);
        QCOMPARE(HelpWindow::guidePath(language),
                 QStringLiteral(":/help/guide-%1.md").arg(language));
        auto *window = new HelpWindow(language);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTextDocument *document = window->browser()->document();
        QCOMPARE(document->begin().text(), firstHeading);
        // Twelve sections, from "your data stay on this laptop" to the keyboard.
        QCOMPARE(window->contents()->count(), 12);
        int images = 0;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                if (!it.fragment().charFormat().isImageFormat())
                    continue;
                const QString name = it.fragment().charFormat().toImageFormat().name();
                QVERIFY2(name.contains(language == QLatin1String("fr") ? QStringLiteral("-fr.png")
                                                                       : QStringLiteral("-en.png")),
                         qPrintable(name));
                const QVariant data =
                    window->browser()->loadResource(QTextDocument::ImageResource, QUrl(name));
                QVERIFY2(!data.toByteArray().isEmpty(), qPrintable(name));
                QCOMPARE(it.fragment().charFormat().toImageFormat().width(), 720.0);
                ++images;
            }
        QCOMPARE(images, 6);
        // The last section is far down: choosing it scrolls there.
        window->contents()->setCurrentRow(window->contents()->count() - 1);
        QVERIFY(window->browser()->verticalScrollBar()->value() > 0);
        window->close();
    }

    void f1OpensTheGuide()
    {
        MainWindow window;
        window.show();
        QApplication::setActiveWindow(&window);
        QTest::keyClick(&window, Qt::Key_F1);
        HelpWindow *help = nullptr;
        QTRY_VERIFY((help = window.findChild<HelpWindow *>()));
        QTRY_VERIFY(help->isVisible());
    }
};

QTEST_MAIN(TestHelpGui)
#include "tst_helpgui.moc"
