// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomepage.h"

#include "appicon.h"
#include "recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace wattelier::ui {

WelcomePage::WelcomePage(RecentFiles &recentFiles, QWidget *parent)
    : QWidget(parent)
    , mRecentFiles(recentFiles)
    , mNewButton(new QPushButton(tr("&New workshop…"), this))
    , mOpenButton(new QPushButton(tr("&Open a workshop…"), this))
    , mDemoButton(new QPushButton(tr("Open the &demo workshop"), this))
    , mRecentList(new QListWidget(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QPixmap::fromImage(renderAppIcon(96)));
    //: The application's name, normally not translated.
    auto *title = new QLabel(tr("Wattelier"), this);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    auto *tagline = new QLabel(
        tr("Energy workshops for neighbours: list what each household plugs in, compare with "
           "wattmeter and meter readings, and look at solar production together — as a group, "
           "without exposing anyone."),
        this);
    tagline->setObjectName(QStringLiteral("welcomeTagline"));
    tagline->setWordWrap(true);

    for (QPushButton *button : {mNewButton, mOpenButton, mDemoButton}) {
        button->setMinimumHeight(44);
        button->setObjectName(QStringLiteral("welcomeButton"));
    }
    mDemoButton->setDefault(true);
    mNewButton->setToolTip(tr("Start an empty workshop file for your group"));
    mDemoButton->setToolTip(
        tr("A fictional cohousing of 18 households, to try Wattelier (example data)"));
    auto *demoNote = new QLabel(tr("The demo is a fictional cohousing group of 18 households. "
                                   "Its data are examples, not measurements."),
                                this);
    demoNote->setWordWrap(true);
    demoNote->setObjectName(QStringLiteral("welcomeNote"));
    auto *privacyNote = new QLabel(tr("Workshop files stay on this computer. Every change is "
                                      "saved at once; there is no Save button."),
                                   this);
    privacyNote->setWordWrap(true);
    privacyNote->setObjectName(QStringLiteral("welcomeNote"));

    auto *left = new QVBoxLayout;
    left->addWidget(icon);
    left->addWidget(title);
    left->addWidget(tagline);
    left->addSpacing(24);
    left->addWidget(mNewButton);
    left->addWidget(mOpenButton);
    left->addWidget(mDemoButton);
    left->addWidget(demoNote);
    left->addStretch();
    left->addWidget(privacyNote);

    auto *recentTitle = new QLabel(tr("&Recent workshops"), this);
    recentTitle->setObjectName(QStringLiteral("panelHeading"));
    recentTitle->setBuddy(mRecentList);
    mRecentList->setObjectName(QStringLiteral("recentList"));
    mRecentList->setAccessibleName(tr("Recent workshops"));
    mRecentList->setIconSize(QSize(32, 32));
    mRecentList->setSpacing(2);
    auto *right = new QVBoxLayout;
    right->addWidget(recentTitle);
    right->addWidget(mRecentList, 1);

    auto *columns = new QHBoxLayout;
    columns->addStretch(1);
    columns->addLayout(left, 4);
    columns->addSpacing(48);
    columns->addLayout(right, 5);
    columns->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(columns, 6);
    outer->addStretch(1);

    connect(mNewButton, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(mOpenButton, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(mDemoButton, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(mRecentList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString path = item->data(Qt::UserRole).toString();
        if (!path.isEmpty())
            emit recentRequested(path);
    });
    connect(&mRecentFiles, &RecentFiles::changed, this, &WelcomePage::refreshRecent);
    refreshRecent();
}

void WelcomePage::refreshRecent()
{
    mRecentList->clear();
    const QStringList files = mRecentFiles.files();
    for (const QString &path : files) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(info.completeBaseName() + QLatin1Char('\n') +
                                         QDir::toNativeSeparators(info.absolutePath()));
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        item->setIcon(QIcon(QPixmap::fromImage(renderAppIcon(32))));
        if (!info.exists()) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(tr("This file is no longer there"));
        }
        mRecentList->addItem(item);
    }
    if (files.isEmpty()) {
        auto *item = new QListWidgetItem(tr("Workshops you open will be listed here."));
        item->setFlags(Qt::NoItemFlags);
        mRecentList->addItem(item);
    }
}

} // namespace wattelier::ui
