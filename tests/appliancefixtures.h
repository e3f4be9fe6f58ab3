// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The spreadsheet exports under tests/data/appliances, for the import tests.

#include "inventory/applianceimport/appliancecsv.h"

#include <QFile>
#include <QString>

namespace wattelier::test {

inline const QString frenchExport = QStringLiteral("inventaire-libreoffice-fr.csv");
inline const QString frenchUtf8Export = QStringLiteral("inventaire-libreoffice-fr-utf8.csv");
inline const QString englishExport = QStringLiteral("appliances-googlesheets-en.csv");
inline const QString dutchExport = QStringLiteral("toestellen-excel-nl.txt");

inline QString appliancesFixturePath(const QString &name)
{
    return QStringLiteral(WATTELIER_TEST_DATA "/appliances/") + name;
}

/*! The file's bytes as a spreadsheet wrote them. */
inline QByteArray appliancesFixture(const QString &name)
{
    QFile file(appliancesFixturePath(name));
    if (!file.open(QIODevice::ReadOnly))
        qWarning("missing fixture %s", qPrintable(name));
    return file.readAll();
}

inline DelimitedTable appliancesTable(const QString &name, bool header = true)
{
    return readDelimitedTable(appliancesFixture(name), name, header);
}

} // namespace wattelier::test
