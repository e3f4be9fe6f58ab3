// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's menu bar: which action goes in which menu, in one place.
#include "mainwindow.h"

#include "exchange/exchangeactions.h"
#include "help/helpmenu.h"
#include "recentfiles.h"
#include "report/reportactions.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace wattelier::ui {

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(mNewAction);
    file->addAction(mOpenAction);
    mRecentMenu = file->addMenu(tr("Open &recent"));
    connect(mRecentMenu, &QMenu::aboutToShow, this, [this] {
        mRecentFiles->fillMenu(mRecentMenu, [this](const QString &path) { openWorkshop(path); });
    });
    file->addAction(mDemoAction);
    file->addSeparator();
    file->addAction(mImportDataAction);
    file->addAction(mExchange->mergeAction());
    file->addAction(mSaveCopyAction);
    file->addActions(mReports->actions());
    file->addAction(mCloseAction);
    file->addSeparator();
    file->addAction(mQuitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(mUndoAction);
    edit->addAction(mRedoAction);
    edit->addSeparator();
    edit->addAction(mRenameWorkshopAction);
    edit->addAction(mPreferencesAction);

    mHouseholdMenu = menuBar()->addMenu(tr("H&ouseholds"));
    mApplianceMenu = menuBar()->addMenu(tr("&Appliances"));
    mWattmeterMenu = menuBar()->addMenu(tr("&Wattmeter"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(mShowPageActions);
    view->addSeparator();
    view->addAction(mPresentAction);
    view->addAction(mSlidesAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    fillHelpMenu(help, this);
}

} // namespace wattelier::ui
