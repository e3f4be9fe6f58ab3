// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace wattelier {

/*!
 * While it lives, Wattelier's and Qt's texts and the default locale are those
 * of \a code ("fr", "nl" or "en"), so a document can be made in the
 * workshop's language whatever the interface's. Restores the previous
 * language when destroyed. An empty code changes nothing.
 */
class ReportLanguage
{
public:
    explicit ReportLanguage(const QString &code);
    ~ReportLanguage();
    ReportLanguage(const ReportLanguage &) = delete;
    ReportLanguage &operator=(const ReportLanguage &) = delete;

    /*! False when \a code is not one of the three, or its translation could not be loaded. */
    bool isValid() const { return mValid; }

    /*! The locale used for \a code: Belgian French and Dutch, British English. */
    static std::optional<QLocale> localeFor(const QString &code);

private:
    bool mValid = false;
    QLocale mPrevious;
    std::unique_ptr<QTranslator> mTranslator;
    std::unique_ptr<QTranslator> mQtTranslator;
};

} // namespace wattelier
