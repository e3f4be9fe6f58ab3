// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportactions.h"

#include "report/reportsettings.h"
#include "reportdialog.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QWidget>

namespace wattelier::ui {

ReportActions::ReportActions(QWidget *window)
    : QObject(window)
    , mWindow(window)
    , mPrint(new QAction(QIcon::fromTheme(QStringLiteral("document-print")),
                         tr("&Print and export…"), this))
    , mForms(new QAction(tr("&Blank forms…"), this))
{
    mPrint->setShortcut(QKeySequence::Print);
    mPrint->setToolTip(tr("The meeting summary, household sheets and blank forms, printed or "
                          "as PDF"));
    mForms->setToolTip(tr("Forms households fill in at home: appliances, wattmeter log, "
                          "weekly meter readings"));
    connect(mPrint, &QAction::triggered, this, [this] { open(int(ReportKind::Summary)); });
    connect(mForms, &QAction::triggered, this, [this] { open(int(ReportKind::BlankForms)); });
    setWorkshop(nullptr);
}

QList<QAction *> ReportActions::actions() const
{
    return {mPrint, mForms};
}

void ReportActions::setWorkshop(Workshop *workshop)
{
    mWorkshop = workshop;
    mPrint->setEnabled(workshop != nullptr);
    mForms->setEnabled(workshop != nullptr);
}

void ReportActions::open(int kind)
{
    if (!mWorkshop)
        return;
    ReportDialog dialog(*mWorkshop, ReportKind(kind), mWindow);
    connect(&dialog, &ReportDialog::exported, this, [this](const QString &path, int count) {
        // A folder holds the household sheets, one file each; a file has pages.
        const QString where = QDir::toNativeSeparators(path);
        emit written(QFileInfo(path).isDir()
                         ? tr("%n household sheet(s) written to %1", nullptr, count).arg(where)
                         : tr("%n page(s) written to %1", nullptr, count).arg(where),
                     path);
    });
    dialog.exec();
}

} // namespace wattelier::ui
