// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "newworkshoptarget.h"
#include "workshopundoactions.h"

#include "appicon.h"
#include "core/workshop.h"
#include "demo/demoworkshop.h"
#include "exchange/exchangeactions.h"
#include "exchange/householdfile.h"
#include "help/helpmenu.h"
#include "inventory/appliancepanel.h"
#include "inventory/catalogue.h"
#include "inventory/householdpanel.h"
#include "inventory/inventorypage.h"
#include "preferencesdialog.h"
#include "presentation/projectionsession.h"
#include "presentation/slidesequencedialog.h"
#include "recentfiles.h"
#include "report/reportactions.h"
#include "screenfit.h"
#include "timeseries/datapage.h"
#include "wattmeter/wattmeterreadingspanel.h"
#include "wattmeter/wattmetersdialog.h"
#include "welcomepage.h"
#include "windowfiledrop.h"
#include "workshopview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoGroup>
#include <QUndoStack>

namespace wattelier::ui {
namespace {

QString fileFilter()
{
    return MainWindow::tr("Wattelier workshops (*.wattelier);;All files (*)");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , mRecentFiles(new RecentFiles(this))
    , mUndoGroup(new QUndoGroup(this))
    , mStack(new QStackedWidget(this))
    , mWelcome(new WelcomePage(*mRecentFiles, this))
    , mFileLabel(new QLabel(this))
{
    setWindowIcon(appIcon());
    setCentralWidget(mStack);
    mStack->addWidget(mWelcome);
    statusBar()->addPermanentWidget(mFileLabel);

    connect(mWelcome, &WelcomePage::newRequested, this, &MainWindow::newWorkshop);
    connect(mWelcome, &WelcomePage::openRequested, this, &MainWindow::openWithDialog);
    connect(mWelcome, &WelcomePage::demoRequested, this, &MainWindow::openDemoWorkshop);
    connect(mWelcome, &WelcomePage::recentRequested, this, &MainWindow::openWorkshop);

    createActions();
    createMenus();
    updateTitle();
    updateActions();
    fitOnScreen(this, QSize(1366, 768));
    restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray());
    keepOnScreen(this); // saved on a larger screen, or off the bottom edge (#20)
}

MainWindow::~MainWindow()
{
    // Pages hold references to the workshop: delete them before it.
    delete mView;
    mView = nullptr;
}

QString MainWindow::demoWorkshopPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/demo.wattelier");
}

void MainWindow::createActions()
{
    mNewAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New workshop…"), this);
    mNewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    mOpenAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"), this);
    mOpenAction->setShortcut(QKeySequence::Open);
    mDemoAction = new QAction(tr("Open the &demo workshop"), this);
    new WindowFileDrop(
        this, [this](const QString &path) { openWorkshop(path); },
        [this](const QString &path) {
            if (!mView) {
                statusBar()->showMessage(tr("Open a workshop first, then drop data files on it."),
                                         8000);
                return false;
            }
            mView->showPage(WorkshopView::Data);
            mView->data()->importFile(path);
            return true;
        });
    mImportDataAction = new QAction(tr("&Import data…"), this);
    mImportDataAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(mImportDataAction, &QAction::triggered, this, [this] {
        if (mView) {
            mView->showPage(WorkshopView::Data);
            mView->data()->importFile();
        }
    });
    mSaveCopyAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")),
                                  tr("Save a &copy as…"), this);
    mSaveCopyAction->setShortcut(QKeySequence::SaveAs);
    mSaveCopyAction->setToolTip(tr("Changes are saved at once; this writes a separate copy"));
    mCloseAction = new QAction(tr("&Close workshop"), this);
    mCloseAction->setShortcut(QKeySequence::Close);
    mQuitAction =
        new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    mQuitAction->setShortcut(QKeySequence::Quit);
    mQuitAction->setMenuRole(QAction::QuitRole);

    auto *undo = new WorkshopUndoActions(
        mUndoGroup, [this] { return mWorkshop.get(); }, this);
    mUndoAction = undo->undoAction();
    mRedoAction = undo->redoAction();
    mRenameWorkshopAction = new QAction(tr("Workshop &name…"), this);
    mPreferencesAction = new QAction(QIcon::fromTheme(QStringLiteral("preferences-system")),
                                     tr("&Preferences…"), this);
    mPreferencesAction->setShortcut(QKeySequence::Preferences);
    mPreferencesAction->setMenuRole(QAction::PreferencesRole);
    mWattmetersAction = new QAction(tr("The group's &wattmeters…"), this);
    for (int page = 0; page < WorkshopView::PageCount; ++page) {
        auto *show = new QAction(WorkshopView::pageTitle(WorkshopView::Page(page)), this);
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
        connect(show, &QAction::triggered, this, [this, page] {
            if (mView)
                mView->showPage(WorkshopView::Page(page));
        });
        mShowPageActions.append(show);
    }
    connect(mWattmetersAction, &QAction::triggered, this, &MainWindow::showWattmeters);
    mPresentAction = new QAction(tr("&Present to the group"), this);
    mPresentAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(mPresentAction, &QAction::triggered, this, &MainWindow::startPresentation);
    mSlidesAction = new QAction(tr("&Slides of the presentation…"), this);
    connect(mSlidesAction, &QAction::triggered, this, [this] {
        if (mWorkshop)
            SlideSequenceDialog(*mWorkshop, this).exec();
    });
    mReports = new ReportActions(this);
    // A written document stays in view, with a button to its folder (#20).
    connect(mReports, &ReportActions::written, this,
            [this](const QString &message, const QString &path) {
                if (mView)
                    mView->showDone(message, path);
                else
                    statusBar()->showMessage(message, 8000);
            });
    mExchange = new ExchangeActions(this);
    connect(mExchange, &ExchangeActions::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    mFindCatalogueAction = new QAction(tr("Add from the &catalogue…"), this);
    mFindCatalogueAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));

    connect(mNewAction, &QAction::triggered, this, &MainWindow::newWorkshop);
    connect(mOpenAction, &QAction::triggered, this, &MainWindow::openWithDialog);
    connect(mDemoAction, &QAction::triggered, this, &MainWindow::openDemoWorkshop);
    connect(mSaveCopyAction, &QAction::triggered, this, &MainWindow::saveCopyAs);
    connect(mCloseAction, &QAction::triggered, this, &MainWindow::closeWorkshop);
    connect(mQuitAction, &QAction::triggered, this, &MainWindow::close);
    connect(mRenameWorkshopAction, &QAction::triggered, this, &MainWindow::renameWorkshop);
    connect(mPreferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(mFindCatalogueAction, &QAction::triggered, this, [this] {
        if (mView)
            mView->inventory()->appliances()->catalogueField()->setFocus(Qt::ShortcutFocusReason);
    });
}

QString MainWindow::dialogFolder() const
{
    // Suggest the open workshop's folder, but never the hidden folder of the demo.
    if (mWorkshop && mWorkshop->filePath() != demoWorkshopPath())
        return QFileInfo(mWorkshop->filePath()).absolutePath();
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

void MainWindow::newWorkshop()
{
    // Replacing a file is asked about below, naming the real file (with its suffix).
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("New workshop"),
        dialogFolder() + QLatin1Char('/') + tr("My workshop") + QStringLiteral(".wattelier"),
        fileFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        newWorkshopAt(chosen);
}

bool MainWindow::newWorkshopAt(const QString &chosen)
{
    const QString path = workshopFileName(chosen);
    if (!makeRoomForNewWorkshop(this, path, mWorkshop ? mWorkshop->filePath() : QString()))
        return false;
    WorkshopError error;
    auto workshop = Workshop::create(path, QFileInfo(path).completeBaseName(), &error);
    if (!workshop) {
        showError(tr("New workshop"), error.message);
        return false;
    }
    setWorkshop(std::move(workshop));
    statusBar()->showMessage(tr("New workshop created. Add the households of your group "
                                "(Households ▸ Add household)."),
                             8000);
    return true;
}

void MainWindow::openWithDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a workshop"), dialogFolder(), fileFilter());
    if (!path.isEmpty())
        openWorkshop(path);
}

bool MainWindow::openWorkshop(const QString &path)
{
    if (mWorkshop && QFileInfo(path).absoluteFilePath() == mWorkshop->filePath())
        return true;
    WorkshopError error;
    auto workshop = Workshop::open(path, &error);
    if (!workshop) {
        if (error.kind == WorkshopError::Kind::NotFound)
            mRecentFiles->remove(path);
        showError(tr("Open a workshop"), error.message);
        return false;
    }
    if (exchange::householdFileInfo(*workshop).isHouseholdFile)
        return mExchange->openHouseholdFile(std::move(workshop));
    setWorkshop(std::move(workshop));
    return true;
}

bool MainWindow::openDemoWorkshop()
{
    const QString path = demoWorkshopPath();
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        WorkshopError error;
        if (!writeDemoWorkshop(path, Catalogue::builtIn(), &error)) {
            showError(tr("Demo workshop"), error.message);
            return false;
        }
    }
    return openWorkshop(path);
}

void MainWindow::setWorkshop(std::unique_ptr<Workshop> workshop)
{
    closeWorkshop();
    mWorkshop = std::move(workshop);
    mUndoGroup->addStack(mWorkshop->undoStack());
    mUndoGroup->setActiveStack(mWorkshop->undoStack());
    connect(mWorkshop.get(), &Workshop::writeFailed, this,
            [this](const QString &message) { showError(tr("Not saved"), message); });
    connect(mWorkshop.get(), &Workshop::infoChanged, this, &MainWindow::updateTitle);

    mView = new WorkshopView(*mWorkshop, this);
    connect(mView, &WorkshopView::statusMessage, this,
            [this](const QString &message, int timeoutMs) {
                statusBar()->showMessage(message, timeoutMs);
            });
    mStack->addWidget(mView);
    mStack->setCurrentWidget(mView);

    HouseholdPanel *households = mView->inventory()->households();
    mHouseholdMenu->addAction(households->addAction());
    mHouseholdMenu->addAction(households->importListAction());
    mHouseholdMenu->addAction(households->renameAction());
    mHouseholdMenu->addAction(households->deleteAction());
    mHouseholdMenu->addAction(households->householdModeAction());
    mHouseholdMenu->addAction(mExchange->inviteAction());
    mHouseholdMenu->addSeparator();
    mHouseholdMenu->addAction(households->showNamesAction());
    WattmeterReadingsPanel *readings = mView->inventory()->readings();
    mWattmeterMenu->addAction(readings->addAction());
    mWattmeterMenu->addAction(readings->editAction());
    mWattmeterMenu->addAction(readings->deleteAction());
    mWattmeterMenu->addSeparator();
    mWattmeterMenu->addAction(mWattmetersAction);
    mWattmeterMenu->addAction(mShowPageActions.at(WorkshopView::Comparison));
    AppliancePanel *appliances = mView->inventory()->appliances();
    mApplianceMenu->addAction(appliances->addAction());
    mApplianceMenu->addAction(mFindCatalogueAction);
    mApplianceMenu->addAction(appliances->duplicateAction());
    mApplianceMenu->addAction(appliances->importAction());
    mApplianceMenu->addAction(appliances->deleteAction());

    if (MainWindow::demoWorkshopPath() != mWorkshop->filePath())
        mRecentFiles->add(mWorkshop->filePath());
    updateTitle();
    updateActions();
}

void MainWindow::closeWorkshop()
{
    if (!mWorkshop)
        return;
    if (ProjectionSession *projection = mProjection) {
        projection->end(); // its slides read the workshop: gone before it is
        delete projection;
    }
    mHouseholdMenu->clear();
    mApplianceMenu->clear();
    mWattmeterMenu->clear();
    mStack->setCurrentWidget(mWelcome);
    delete mView;
    mView = nullptr;
    mWorkshop.reset();
    updateTitle();
    updateActions();
}

void MainWindow::saveCopyAs()
{
    if (!mWorkshop)
        return;
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Save a copy as"),
        dialogFolder() + QLatin1Char('/') + tr("%1 (copy)").arg(mWorkshop->name()) +
            QStringLiteral(".wattelier"),
        fileFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (chosen.isEmpty())
        return;
    WorkshopError error;
    if (!mWorkshop->saveCopyAs(workshopFileName(chosen), &error)) {
        showError(tr("Save a copy as"), error.message);
        return;
    }
    statusBar()->showMessage(tr("Copy written to “%1”. You keep working in the original.")
                                 .arg(QDir::toNativeSeparators(workshopFileName(chosen))),
                             8000);
}

void MainWindow::renameWorkshop()
{
    if (!mWorkshop)
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Workshop name"), tr("Name of this workshop:"),
                              QLineEdit::Normal, mWorkshop->name(), &ok);
    if (ok && !name.trimmed().isEmpty())
        mWorkshop->setName(name.trimmed());
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this, mWorkshop.get());
    dialog.exec();
}

void MainWindow::showWattmeters()
{
    if (!mWorkshop)
        return;
    WattmetersDialog dialog(*mWorkshop, mWorkshop->showNames(), this);
    dialog.exec();
}

void MainWindow::startPresentation()
{
    if (!mWorkshop || mProjection)
        return;
    mProjection = new ProjectionSession(*mWorkshop, this);
    connect(mProjection, &ProjectionSession::ended, this, [this] { mProjection = nullptr; });
    mProjection->start();
}

void MainWindow::updateTitle()
{
    if (mWorkshop) {
        setWindowTitle(tr("%1 — Wattelier").arg(mWorkshop->name()));
        // The file name only: a long path would widen the window past the screen.
        mFileLabel->setText(
            tr("Saved automatically in %1").arg(QFileInfo(mWorkshop->filePath()).fileName()));
        mFileLabel->setToolTip(QDir::toNativeSeparators(mWorkshop->filePath()));
    } else {
        //: The application's name, normally not translated.
        setWindowTitle(tr("Wattelier"));
        mFileLabel->clear();
        mFileLabel->setToolTip(QString());
    }
}

void MainWindow::updateActions()
{
    const bool open = mWorkshop != nullptr;
    for (QAction *action :
         mShowPageActions + QList<QAction *>{mSaveCopyAction, mImportDataAction, mCloseAction,
                                             mRenameWorkshopAction, mFindCatalogueAction,
                                             mPresentAction, mSlidesAction})
        action->setEnabled(open);
    for (QMenu *menu : {mHouseholdMenu, mApplianceMenu, mWattmeterMenu})
        menu->setEnabled(open);
    mReports->setWorkshop(mWorkshop.get());
    HouseholdPanel *households = mView ? mView->inventory()->households() : nullptr;
    mExchange->setWorkshop(mWorkshop.get(), [households] {
        return households ? households->currentHouseholdId() : 0;
    });
}

void MainWindow::showError(const QString &title, const QString &message)
{
    // Window-modal and non-blocking: the message stays until read, and
    // automated tests are not stopped by it.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
    emit errorShown(message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Nothing to save: every change is already in the file.
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    closeWorkshop();
    event->accept();
}

} // namespace wattelier::ui
