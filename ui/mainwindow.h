// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace wattelier {
class Workshop;
}

namespace wattelier::ui {

class RecentFiles;
class WelcomePage;
class WorkshopView;
class ProjectionSession;
class ReportActions;
class ExchangeActions;

/*!
 * The main window: menus, the welcome screen and the inventory screen. File
 * handling is here; each screen's work lives in its own page.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /*! Opens a workshop file; on failure shows why and keeps the current state. */
    bool openWorkshop(const QString &path);
    /*!
     * File ▸ New once a file name is chosen: never replaces the open workshop,
     * and an existing file only after a question naming it (it goes to the trash).
     */
    bool newWorkshopAt(const QString &chosen);
    /*! Opens the demo workshop, writing it first if it does not exist yet. */
    bool openDemoWorkshop();
    void closeWorkshop();

    Workshop *workshop() const { return mWorkshop.get(); }
    WelcomePage *welcomePage() const { return mWelcome; }
    /*! The open workshop's pages; null when no workshop is open. */
    WorkshopView *workshopView() const { return mView; }

    /*! Invitations and merging of household files. */
    ExchangeActions *exchangeActions() const { return mExchange; }

    /*! Where the demo workshop lives: in the user's data folder, never next to the program. */
    static QString demoWorkshopPath();

signals:
    /*! An error message was shown to the user (also for tests). */
    void errorShown(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void newWorkshop();
    void openWithDialog();
    void saveCopyAs();
    void renameWorkshop();
    void showPreferences();
    void showWattmeters();
    void startPresentation();
    void setWorkshop(std::unique_ptr<Workshop> workshop);
    void updateTitle();
    void updateActions();
    void showError(const QString &title, const QString &message);
    QString dialogFolder() const;

    std::unique_ptr<Workshop> mWorkshop;
    RecentFiles *mRecentFiles;
    QUndoGroup *mUndoGroup;
    QStackedWidget *mStack;
    WelcomePage *mWelcome;
    WorkshopView *mView = nullptr;
    QAction *mImportDataAction = nullptr;
    QLabel *mFileLabel;

    QMenu *mRecentMenu = nullptr;
    QMenu *mHouseholdMenu = nullptr;
    QMenu *mApplianceMenu = nullptr;
    QMenu *mWattmeterMenu = nullptr;
    QAction *mNewAction = nullptr;
    QAction *mOpenAction = nullptr;
    QAction *mDemoAction = nullptr;
    QAction *mSaveCopyAction = nullptr;
    QAction *mCloseAction = nullptr;
    QAction *mQuitAction = nullptr;
    QAction *mUndoAction = nullptr;
    QAction *mRedoAction = nullptr;
    QAction *mRenameWorkshopAction = nullptr;
    QAction *mPreferencesAction = nullptr;
    QAction *mFindCatalogueAction = nullptr;
    QAction *mPresentAction = nullptr;
    QAction *mSlidesAction = nullptr;
    ProjectionSession *mProjection = nullptr; //!< the running presentation, if any
    ReportActions *mReports = nullptr;
    ExchangeActions *mExchange = nullptr;
    QAction *mWattmetersAction = nullptr;
    QList<QAction *> mShowPageActions; //!< View ▸ one per page, in WorkshopView's order
};

} // namespace wattelier::ui
