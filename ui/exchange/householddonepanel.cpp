// SPDX-License-Identifier: GPL-3.0-or-later
#include "householddonepanel.h"

#include "languagesetting.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace wattelier::ui {

HouseholdDonePanel::HouseholdDonePanel(const QString &filePath, QWidget *parent)
    : QWidget(parent)
    , mFilePath(filePath)
    , mPath(new QLabel(QDir::toNativeSeparators(filePath), this))
    , mShowFile(new QPushButton(tr("&Show the file in its folder"), this))
    , mLanguage(new QComboBox(this))
    , mLanguageNote(new QLabel(this))
{
    auto *heading = new QLabel(tr("When you are done"), this);
    heading->setObjectName(QStringLiteral("householdFormTitle"));
    auto *steps = new QLabel(this);
    steps->setWordWrap(true);
    steps->setText(tr("Everything you type is saved at once in this file: there is nothing to "
                      "save. When your list is complete, send this file to your facilitator "
                      "by e-mail, as an attachment. The file holds only your "
                      "household's data."));
    auto *fileLabel = new QLabel(tr("Your file:"), this);
    mPath->setObjectName(QStringLiteral("householdFilePath"));
    mPath->setWordWrap(true);
    mPath->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    mPath->setAccessibleName(tr("Your file"));
    mShowFile->setObjectName(QStringLiteral("householdPrimary"));
    connect(mShowFile, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(mFilePath).absolutePath()));
    });

    // Only the three languages by their own names: "As the system" would say nothing here.
    for (const LanguageChoice &choice : languageChoices()) {
        if (!choice.code.isEmpty())
            mLanguage->addItem(choice.nativeName, choice.code);
    }
    QString chosen = chosenLanguageCode();
    if (chosen.isEmpty())
        chosen = QLocale().name().left(2);
    mLanguage->setCurrentIndex(qMax(0, mLanguage->findData(chosen)));
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(mLanguage);
    mLanguageNote->setWordWrap(true);
    mLanguageNote->setText(tr("A new language applies the next time you open Wattelier."));
    mLanguageNote->hide();
    connect(mLanguage, &QComboBox::currentIndexChanged, this, [this] {
        setChosenLanguageCode(mLanguage->currentData().toString());
        mLanguageNote->show();
    });

    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(languageLabel);
    languageRow->addWidget(mLanguage);
    languageRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(14);
    layout->addWidget(heading);
    layout->addWidget(steps);
    layout->addWidget(fileLabel);
    layout->addWidget(mPath);
    layout->addWidget(mShowFile, 0, Qt::AlignLeft);
    layout->addSpacing(24);
    layout->addLayout(languageRow);
    layout->addWidget(mLanguageNote);
    layout->addStretch();
}

} // namespace wattelier::ui
