// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace wattelier::ui {

/*!
 * At home, "When you are done": send this file back to the facilitator by
 * e-mail; where the file is, with a button that shows it in its folder; and
 * the language of Wattelier (it applies at the next start).
 */
class HouseholdDonePanel : public QWidget
{
    Q_OBJECT

public:
    explicit HouseholdDonePanel(const QString &filePath, QWidget *parent = nullptr);

    QLabel *pathLabel() const { return mPath; }
    QPushButton *showFileButton() const { return mShowFile; }
    QComboBox *languageBox() const { return mLanguage; }

private:
    QString mFilePath;
    QLabel *mPath;
    QPushButton *mShowFile;
    QComboBox *mLanguage;
    QLabel *mLanguageNote;
};

} // namespace wattelier::ui
