// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangeactions.h"

#include "core/workshop.h"
#include "exchange/householdfile.h"
#include "exchange/householdmerge.h"
#include "householdmode.h"
#include "householdwindow.h"
#include "inventory/householdstore.h"
#include "mergedialog.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>

namespace wattelier::ui {
namespace {

QString fileFilter()
{
    return ExchangeActions::tr("Household files (*.wattelier)");
}

} // namespace

ExchangeActions::ExchangeActions(QWidget *window)
    : QObject(window)
    , mWindow(window)
    , mInvite(new QAction(tr("&Invitation to fill in at home…"), this))
    , mMerge(new QAction(tr("&Merge a household's file…"), this))
{
    mInvite->setToolTip(tr("Write a file for the selected household to fill in its appliances "
                           "and readings at home; it holds no other household's data"));
    mMerge->setToolTip(tr("Show what a household's file adds or changes, and merge it"));
    mMerge->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    connect(mInvite, &QAction::triggered, this, &ExchangeActions::invite);
    connect(mMerge, &QAction::triggered, this, &ExchangeActions::chooseAndMerge);
    setWorkshop(nullptr);
}

void ExchangeActions::setWorkshop(Workshop *workshop, std::function<qint64()> currentHousehold)
{
    mWorkshop = workshop;
    mCurrentHousehold = std::move(currentHousehold);
    mInvite->setEnabled(workshop != nullptr);
    mMerge->setEnabled(workshop != nullptr);
}

QString ExchangeActions::suggestedFolder() const
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

void ExchangeActions::invite()
{
    const qint64 householdId = mCurrentHousehold ? mCurrentHousehold() : 0;
    const auto household =
        mWorkshop && householdId ? mWorkshop->households().get(householdId) : std::nullopt;
    if (!household) {
        QMessageBox::information(mWindow, tr("Invitation"),
                                 tr("Select the household to invite in the list first."));
        return;
    }
    const QString suggested = QStringLiteral("%1 - %2.wattelier")
                                  .arg(mWorkshop->name(), pseudonym(*household))
                                  .replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString chosen = QFileDialog::getSaveFileName(
        mWindow, tr("Invitation for %1").arg(pseudonym(*household)),
        suggestedFolder() + QLatin1Char('/') + suggested, fileFilter());
    if (chosen.isEmpty())
        return;
    QString path = chosen;
    if (!path.endsWith(QLatin1String(".wattelier")))
        path += QStringLiteral(".wattelier");
    // The dialog asked before replacing; an invitation is always written new.
    if (QFileInfo::exists(path) && path != mWorkshop->filePath())
        QFile::remove(path);
    if (!writeInvitationTo(household->id, path))
        return;
    QMessageBox box(QMessageBox::Information, tr("Invitation"),
                    tr("The file for %1 is ready:\n%2\n\nSend it to the household (e-mail, USB "
                       "stick). They open it with Wattelier, fill in their appliances and "
                       "readings, and send it back. Then use File ▸ Merge a household's file.")
                        .arg(pseudonym(*household), QDir::toNativeSeparators(path)),
                    QMessageBox::Ok, mWindow);
    QPushButton *show = box.addButton(tr("Show in its folder"), QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() == show)
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

bool ExchangeActions::writeInvitationTo(qint64 householdId, const QString &path)
{
    const auto summary = exchange::writeInvitation(*mWorkshop, householdId, path);
    if (!summary) {
        QMessageBox::warning(mWindow, tr("Invitation"), summary.error());
        return false;
    }
    emit statusMessage(
        tr("Invitation written for %1: %n appliance(s).", nullptr, summary->appliances)
            .arg(pseudonymOf(summary->pseudonymCode, summary->kind)));
    return true;
}

void ExchangeActions::chooseAndMerge()
{
    const QString path = QFileDialog::getOpenFileName(mWindow, tr("Merge a household's file"),
                                                      suggestedFolder(), fileFilter());
    if (!path.isEmpty())
        mergeFile(path);
}

bool ExchangeActions::mergeFile(const QString &path)
{
    if (!mWorkshop)
        return false;
    const QString title = tr("Merge a household's file");
    WorkshopError openError;
    const std::unique_ptr<Workshop> file = Workshop::open(path, &openError);
    if (!file) {
        QMessageBox::warning(mWindow, title, openError.message);
        return false;
    }
    const auto plan = exchange::planMerge(*mWorkshop, *file);
    if (!plan) {
        QMessageBox::warning(mWindow, title, plan.error());
        return false;
    }
    if (plan->changes.isEmpty()) {
        QMessageBox::information(
            mWindow, title,
            tr("The file of %1 brings nothing new: everything in it is already in the workshop.")
                .arg(pseudonymOf(plan->pseudonymCode, plan->kind)));
        return false;
    }
    MergeDialog dialog(*plan, mWindow);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QString problem = exchange::applyMerge(*mWorkshop, dialog.plan());
    if (!problem.isEmpty()) {
        QMessageBox::warning(mWindow, title, tr("Nothing was merged: %1").arg(problem));
        return false;
    }
    emit statusMessage(tr("Merged the file of %1. Edit ▸ Undo takes the whole merge back.")
                           .arg(pseudonymOf(plan->pseudonymCode, plan->kind)));
    return true;
}

bool ExchangeActions::openHouseholdFile(std::unique_ptr<Workshop> file)
{
    const exchange::HouseholdFileInfo info = exchange::householdFileInfo(*file);
    if (mWorkshop && info.workshopUid == mWorkshop->info(QStringLiteral("workshop_uid"))) {
        const QString path = file->filePath();
        file.reset(); // merging opens it again, read as it is on disk
        return mergeFile(path);
    }
    if (mWorkshop) {
        QMessageBox::warning(
            mWindow, tr("Open a household file"),
            tr("“%1” is a household's file for the workshop “%2”, not for the open workshop. "
               "Open that workshop first, then merge the file.")
                .arg(QDir::toNativeSeparators(file->filePath()), info.workshopName));
        return false;
    }
    Workshop &household = *file;
    HouseholdWindow *window =
        openHouseholdAtHome(household, exchange::invitedHouseholdId(household));
    if (!window) {
        QMessageBox::warning(mWindow, tr("Open a household file"),
                             tr("“%1” is damaged: it holds no household.")
                                 .arg(QDir::toNativeSeparators(household.filePath())));
        return false;
    }
    // The window is the household's whole application: it owns the file, and
    // closing it ends Wattelier (the main window stays hidden meanwhile).
    file.release()->setParent(window);
    mWindow->hide();
    return true;
}

} // namespace wattelier::ui
