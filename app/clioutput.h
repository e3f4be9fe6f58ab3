// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTextStream>

namespace wattelier::app {

// Exit codes of every subcommand.
inline constexpr int exitOk = 0;
inline constexpr int exitFailure = 1;
inline constexpr int exitUsage = 2;

/*! The usage text, printed after a usage error (subcommands.cpp). */
QString usageText();

inline void printJson(QTextStream &out, const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out.flush();
}

inline int usageError(QTextStream &err, const QString &message)
{
    err << "wattelier: " << message << "\n\n" << usageText();
    err.flush();
    return exitUsage;
}

inline int failure(QTextStream &err, const QString &message)
{
    err << "wattelier: " << message << '\n';
    err.flush();
    return exitFailure;
}

} // namespace wattelier::app
