// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace wattelier::ui {

class RecentFiles;

/*! What Wattelier shows with no workshop open: start a new one, open one, or try the demo. */
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(RecentFiles &recentFiles, QWidget *parent = nullptr);

    QPushButton *demoButton() const { return mDemoButton; }
    QListWidget *recentList() const { return mRecentList; }

signals:
    void newRequested();
    void openRequested();
    void demoRequested();
    void recentRequested(const QString &path);

private:
    void refreshRecent();

    RecentFiles &mRecentFiles;
    QPushButton *mNewButton;
    QPushButton *mOpenButton;
    QPushButton *mDemoButton;
    QListWidget *mRecentList;
};

} // namespace wattelier::ui
