// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportlanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace wattelier {

std::optional<QLocale> ReportLanguage::localeFor(const QString &code)
{
    if (code == QLatin1String("fr"))
        return QLocale(QLocale::French, QLocale::Belgium);
    if (code == QLatin1String("nl"))
        return QLocale(QLocale::Dutch, QLocale::Belgium);
    if (code == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return std::nullopt;
}

ReportLanguage::ReportLanguage(const QString &code)
{
    if (code.isEmpty()) {
        mValid = true;
        return;
    }
    const std::optional<QLocale> locale = localeFor(code);
    if (!locale)
        return;
    mPrevious = QLocale();
    // Translators are searched last-installed first: these win over the interface's.
    mTranslator = std::make_unique<QTranslator>();
    mValid = mTranslator->load(*locale, QStringLiteral("wattelier"), QStringLiteral("_"),
                               QStringLiteral(":/i18n"));
    if (!mValid) {
        mTranslator.reset();
        return;
    }
    QCoreApplication::installTranslator(mTranslator.get());
    mQtTranslator = std::make_unique<QTranslator>();
    if (mQtTranslator->load(*locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(mQtTranslator.get());
    else
        mQtTranslator.reset();
    QLocale::setDefault(*locale);
}

ReportLanguage::~ReportLanguage()
{
    if (mQtTranslator)
        QCoreApplication::removeTranslator(mQtTranslator.get());
    if (mTranslator) {
        QCoreApplication::removeTranslator(mTranslator.get());
        QLocale::setDefault(mPrevious);
    }
}

} // namespace wattelier
