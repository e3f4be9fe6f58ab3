// SPDX-License-Identifier: GPL-3.0-or-later
// Architecture guard (#2): models/ is a library without widgets. This test
// fails if any file under models/ includes a Qt Widgets header, in any form
// (<QWidget>, <QtWidgets/QWidget>, <QtWidgets>, <qwidget.h>).

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestLayering : public QObject
{
    Q_OBJECT

private:
    /*! Names of the Qt Widgets headers, read from the installed QtWidgets include folder. */
    static QSet<QString> widgetHeaders()
    {
        QSet<QString> names{QStringLiteral("QtWidgets"), QStringLiteral("QtWidgetsDepends")};
        const QString folder = QStringLiteral(WATTELIER_QTWIDGETS_INCLUDE_DIR);
        QDirIterator it(folder, QDir::Files);
        while (it.hasNext()) {
            it.next();
            names.insert(it.fileName());
        }
        return names;
    }

    static QStringList violations(const QString &root, const QSet<QString> &forbidden)
    {
        static const QRegularExpression include(
            QStringLiteral("^\\s*#\\s*include\\s*[<\"](?:QtWidgets/)?([^>\"]+)[>\"]"),
            QRegularExpression::MultilineOption);
        QStringList found;
        QDirIterator it(root, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(file.readAll());
            auto matches = include.globalMatch(text);
            while (matches.hasNext()) {
                const auto match = matches.next();
                const QString header = match.captured(1);
                if (forbidden.contains(header) ||
                    match.captured(0).contains(QLatin1String("QtWidgets/")))
                    found.append(QDir(root).relativeFilePath(path) + QStringLiteral(": ") + header);
            }
        }
        return found;
    }

private slots:
    void knowsTheWidgetHeaders()
    {
        const QSet<QString> headers = widgetHeaders();
        QVERIFY2(headers.contains(QStringLiteral("QWidget")), WATTELIER_QTWIDGETS_INCLUDE_DIR);
        QVERIFY(headers.contains(QStringLiteral("QApplication")));
        QVERIFY(headers.contains(QStringLiteral("qmessagebox.h")));
        // QUndoStack moved to Qt Gui in Qt 6: allowed in models/.
        QVERIFY(!headers.contains(QStringLiteral("QUndoStack")));
    }

    void detectsAViolation()
    {
        // The check itself must be able to fail.
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("bad.cpp")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#include <QMessageBox>\n#include <QtWidgets/QLabel>\n#include <QString>\n");
        file.close();
        QCOMPARE(violations(dir.path(), widgetHeaders()).size(), 2);
    }

    void modelsIncludeNoWidgets()
    {
        const QStringList found =
            violations(QStringLiteral(WATTELIER_SOURCE_DIR "/models"), widgetHeaders());
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
