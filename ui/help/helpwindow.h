// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListWidget;
class QTextBrowser;

namespace wattelier::ui {

/*!
 * Help ▸ User guide (F1): the guide shipped with the application, in the
 * interface's language (English when there is none for it), with its
 * sections listed beside it.
 */
class HelpWindow : public QWidget
{
    Q_OBJECT

public:
    explicit HelpWindow(const QString &languageCode, QWidget *parent = nullptr);

    /*! The guide's resource for \a languageCode, or the English one. */
    static QString guidePath(const QString &languageCode);

    QTextBrowser *browser() const { return mBrowser; }
    QListWidget *contents() const { return mContents; }

private:
    void fillContents();
    void fitImages();
    void showSection(int row);

    QListWidget *mContents;
    QTextBrowser *mBrowser;
};

} // namespace wattelier::ui
