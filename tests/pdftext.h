// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads a PDF's text layer with poppler's pdftotext/pdfinfo/pdfimages, as a
// reader's PDF viewer would (CI installs poppler-utils). A missing tool fails
// the test rather than skipping it.

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTest>

namespace wattelier::test {

inline QString runPoppler(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        QTest::qFail(qPrintable(QStringLiteral("%1 failed (is poppler-utils installed?): %2")
                                    .arg(tool, QString::fromUtf8(process.readAllStandardError()))),
                     __FILE__, __LINE__);
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

/*! The text of \a path (one page when \a page > 0), no-break spaces made plain. */
inline QString pdfText(const QString &path, int page = 0)
{
    QStringList arguments;
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    arguments << path << QStringLiteral("-");
    QString text = runPoppler(QStringLiteral("pdftotext"), arguments);
    text.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
    // The PDF keeps the font's ligatures (ﬁ, ﬂ); a viewer's search and copy undo them too.
    text.replace(QChar(0xFB00), QStringLiteral("ff"))
        .replace(QChar(0xFB01), QStringLiteral("fi"))
        .replace(QChar(0xFB02), QStringLiteral("fl"))
        .replace(QChar(0xFB03), QStringLiteral("ffi"))
        .replace(QChar(0xFB04), QStringLiteral("ffl"));
    return text;
}

/*! The same normalisation for an expected string. */
inline QString plain(QString text)
{
    return text.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
}

inline int pdfPages(const QString &path)
{
    const QString info = runPoppler(QStringLiteral("pdfinfo"), {path});
    return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
}

inline QString pdfPageSize(const QString &path)
{
    const QString info = runPoppler(QStringLiteral("pdfinfo"), {path});
    return QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+ x [\\d.]+)"))
        .match(info)
        .captured(1);
}

/*! Raster images in the PDF (pdfimages -list prints two header lines). */
inline int pdfImageCount(const QString &path)
{
    const QStringList lines =
        runPoppler(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path})
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return int(lines.size()) - 2;
}

} // namespace wattelier::test
